import CCurl
import Foundation

/// How to reach the mail server. `url` is `smtp://host:port` (STARTTLS per `tls`) or
/// `smtps://host:port` (TLS from the first byte).
public struct SMTPSettings: Sendable, Equatable {
    public enum TLS: String, Sendable, CaseIterable {
        /// STARTTLS must succeed, or nothing is sent.
        case required
        /// STARTTLS when the server offers it, plain otherwise.
        case opportunistic = "try"
        /// Never upgrade (a relay on the same host).
        case none
    }

    public var url: String
    public var username: String?
    public var password: String?
    public var tls: TLS
    public var timeout: Double

    public init(url: String, username: String? = nil, password: String? = nil, tls: TLS = .required, timeout: Double = 30) {
        self.url = url
        self.username = username
        self.password = password
        self.tls = tls
        self.timeout = timeout
    }
}

/// One plain-text mail in UTF-8.
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: [String]
    public var subject: String
    public var body: String

    public init(from: String, to: [String], subject: String, body: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
    }

    /// The message as sent (RFC 5322): headers, then the body in base64, so any line
    /// length and any character survive every relay.
    public func rendered(date: Date = Date(), messageID: String = UUID().uuidString) -> Data {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let domain = from.split(separator: "@").last.map(String.init) ?? "pantau.local"
        var head = "Date: \(formatter.string(from: date))\r\n"
        head += "From: \(Self.header(from))\r\n"
        head += "To: \(to.map(Self.header).joined(separator: ", "))\r\n"
        head += "Subject: =?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?=\r\n"
        head += "Message-ID: <\(messageID)@\(domain)>\r\n"
        head += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        let encoded = Data(body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return Data((head + encoded + "\r\n").utf8)
    }

    /// An address for a header: line breaks removed, so no header can be injected.
    static func header(_ s: String) -> String {
        s.filter { $0 != "\r" && $0 != "\n" }
    }
}

/// Sends mail through libcurl's SMTP client. Blocking work runs off the caller's thread.
public enum MailSender {
    public static func send(_ message: MailMessage, via settings: SMTPSettings) async throws(FetchError) {
        let lower = settings.url.lowercased()
        guard lower.hasPrefix("smtp://") || lower.hasPrefix("smtps://") else {
            throw FetchError(kind: .invalidURL, url: settings.url, message: "alamat server surel harus smtp:// atau smtps://")
        }
        guard !message.to.isEmpty else {
            throw FetchError(kind: .invalidURL, url: settings.url, message: "tidak ada penerima surel")
        }
        let result: Result<Void, FetchError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: perform(message, settings))
            }
        }
        try result.get()
    }

    /// The upload state read by libcurl's read callback.
    private final class Upload {
        let data: Data
        var offset = 0
        init(_ data: Data) { self.data = data }
    }

    private static func perform(_ message: MailMessage, _ settings: SMTPSettings) -> Result<Void, FetchError> {
        guard let handle = curl_easy_init() else {
            return .failure(FetchError(kind: .connection, url: settings.url, message: "libcurl tidak bisa dimulai"))
        }
        defer { curl_easy_cleanup(handle) }
        let upload = Upload(message.rendered())
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var recipients: UnsafeMutablePointer<curl_slist>?
        for address in message.to { recipients = curl_slist_append(recipients, "<\(MailMessage.header(address))>") }
        defer { curl_slist_free_all(recipients) }

        _ = pantau_easy_setopt_string(handle, CURLOPT_URL, settings.url)
        _ = pantau_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        _ = pantau_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = pantau_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(settings.timeout * 1000))
        _ = pantau_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(min(settings.timeout, 15) * 1000))
        let useSSL: Int = switch settings.tls {
        case .required: Int(CURLUSESSL_ALL.rawValue)
        case .opportunistic: Int(CURLUSESSL_TRY.rawValue)
        case .none: Int(CURLUSESSL_NONE.rawValue)
        }
        _ = pantau_easy_setopt_long(handle, CURLOPT_USE_SSL, useSSL)
        if let user = settings.username { _ = pantau_easy_setopt_string(handle, CURLOPT_USERNAME, user) }
        if let password = settings.password { _ = pantau_easy_setopt_string(handle, CURLOPT_PASSWORD, password) }
        _ = pantau_easy_setopt_string(handle, CURLOPT_MAIL_FROM, "<\(MailMessage.header(message.from))>")
        _ = pantau_easy_setopt_slist(handle, CURLOPT_MAIL_RCPT, recipients)
        _ = pantau_easy_setopt_long(handle, CURLOPT_UPLOAD, 1)
        _ = pantau_easy_setopt_read_function(handle) { buffer, size, count, user in
            guard let buffer, let user else { return 0 }
            let upload = Unmanaged<Upload>.fromOpaque(user).takeUnretainedValue()
            let n = min(size * count, upload.data.count - upload.offset)
            guard n > 0 else { return 0 }
            upload.data.withUnsafeBytes { raw in
                _ = memcpy(buffer, raw.baseAddress!.advanced(by: upload.offset), n)
            }
            upload.offset += n
            return n
        }
        let context = Unmanaged.passRetained(upload)
        defer { context.release() }
        _ = pantau_easy_setopt_pointer(handle, CURLOPT_READDATA, context.toOpaque())
        let code = errorBuffer.withUnsafeMutableBufferPointer { buffer -> CURLcode in
            _ = pantau_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            return curl_easy_perform(handle)
        }
        guard code == CURLE_OK else {
            let bytes = errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            let detail = String(decoding: bytes, as: UTF8.self)
            let text = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            return .failure(FetchError(kind: .connection, url: settings.url, message: "surel gagal dikirim: \(text)"))
        }
        return .success(())
    }
}
