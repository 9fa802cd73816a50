import CCurl
import Foundation

/// HTTP(S) GET over one libcurl multi handle, driven by a dedicated thread.
///
/// `fetch` is `async` and never blocks the cooperative pool: requests are queued, the
/// thread adds them to the multi handle within the total and per-host limits, and each
/// completion resumes its continuation. Thread-safe; call `shutdown()` when done (the
/// thread keeps the client alive until then).
public final class HTTPClient: @unchecked Sendable {
    public let configuration: HTTPClientConfiguration

    private let lock = NSLock()
    /// Requests waiting for a slot, in arrival order. Guarded by `lock`.
    private var pending: [Transfer] = []
    /// Set by `shutdown()`. Guarded by `lock`.
    private var stopping = false
    /// Transfers whose task was cancelled. Guarded by `lock`.
    private var cancelled: Set<ObjectIdentifier> = []
    /// Only touched by the curl thread.
    private var running: [UnsafeMutableRawPointer: Transfer] = [:]
    private var perHost: [String: Int] = [:]
    /// Earliest start of the next request per host key (politeness). Curl thread only.
    private var nextAllowed: [String: Double] = [:]
    private let multi: UnsafeMutableRawPointer
    private var thread: Thread?

    public init(configuration: HTTPClientConfiguration = HTTPClientConfiguration()) {
        CurlGlobal.initializeOnce()
        self.configuration = configuration
        self.multi = curl_multi_init()!
        // Connection reuse is capped per host as well, matching the transfer limits.
        _ = pantau_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, configuration.maxPerHost)
        _ = pantau_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, configuration.maxConcurrent)
        let thread = Thread { [self] in self.loop() }
        thread.name = "pantau-curl"
        self.thread = thread
        thread.start()
    }

    /// Fetches `request`. Non-2xx statuses are responses, not errors; transport failures,
    /// timeouts, oversized bodies and refused schemes throw `FetchError`.
    public func fetch(_ request: HTTPRequest) async throws(FetchError) -> HTTPResponse {
        try Self.validate(request.url)
        let transfer = Transfer(request: request, maxBody: configuration.maxBodyBytes)
        let result: Result<HTTPResponse, FetchError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.continuation = continuation
                lock.lock()
                if stopping {
                    lock.unlock()
                    continuation.resume(returning: .failure(FetchError(kind: .cancelled, url: request.url, message: "klien HTTP sudah dihentikan")))
                    return
                }
                pending.append(transfer)
                lock.unlock()
                curl_multi_wakeup(multi)
            }
        } onCancel: {
            lock.lock()
            cancelled.insert(ObjectIdentifier(transfer))
            lock.unlock()
            curl_multi_wakeup(multi)
        }
        return try result.get()
    }

    /// Convenience for a plain GET.
    public func get(_ url: String) async throws(FetchError) -> HTTPResponse {
        try await fetch(HTTPRequest(url: url))
    }

    /// Stops the thread; transfers still queued or running fail with `.cancelled`.
    public func shutdown() {
        lock.lock()
        stopping = true
        lock.unlock()
        curl_multi_wakeup(multi)
        while thread?.isFinished == false { usleep(1000) }
    }

    static func validate(_ url: String) throws(FetchError) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            throw FetchError(kind: .invalidURL, url: url, message: "URL tidak valid")
        }
        guard scheme == "http" || scheme == "https" else {
            throw FetchError(kind: .unsupportedScheme, url: url, message: "skema \(scheme):// ditolak; hanya http dan https")
        }
        guard let host = components.host, !host.isEmpty else {
            throw FetchError(kind: .invalidURL, url: url, message: "URL tanpa nama host")
        }
    }

    // MARK: The curl thread

    private func loop() {
        while true {
            lock.lock()
            let stop = stopping
            let cancelledNow = cancelled
            cancelled.removeAll()
            lock.unlock()
            if stop { break }
            for (handle, transfer) in running where cancelledNow.contains(ObjectIdentifier(transfer)) {
                finish(handle: handle, transfer: transfer,
                       result: .failure(FetchError(kind: .cancelled, url: transfer.request.url, message: "dibatalkan")))
            }
            if !cancelledNow.isEmpty { dropCancelledPending(cancelledNow) }
            let wait = startPending()
            var stillRunning: Int32 = 0
            curl_multi_perform(multi, &stillRunning)
            readCompletions()
            curl_multi_poll(multi, nil, 0, Int32(min(wait ?? 1000, 1000)), nil)
        }
        // Shutdown: fail everything still here.
        for (handle, transfer) in running {
            finish(handle: handle, transfer: transfer,
                   result: .failure(FetchError(kind: .cancelled, url: transfer.request.url, message: "klien HTTP dihentikan")))
        }
        lock.lock()
        let leftover = pending
        pending.removeAll()
        lock.unlock()
        for transfer in leftover {
            transfer.continuation?.resume(returning: .failure(FetchError(kind: .cancelled, url: transfer.request.url, message: "klien HTTP dihentikan")))
        }
        curl_multi_cleanup(multi)
    }

    private func dropCancelledPending(_ ids: Set<ObjectIdentifier>) {
        lock.lock()
        let dropped = pending.filter { ids.contains(ObjectIdentifier($0)) }
        pending.removeAll { ids.contains(ObjectIdentifier($0)) }
        lock.unlock()
        for transfer in dropped {
            transfer.continuation?.resume(returning: .failure(FetchError(kind: .cancelled, url: transfer.request.url, message: "dibatalkan")))
        }
    }

    /// Moves queued requests onto the multi handle while the limits and the per-host
    /// politeness delay allow. Returns the milliseconds until a delayed host may start.
    @discardableResult
    private func startPending() -> Int? {
        let now = Self.monotonicSeconds()
        lock.lock()
        var started: [Transfer] = []
        var index = 0
        var soonest: Double?
        while running.count + started.count < configuration.maxConcurrent, index < pending.count {
            let candidate = pending[index]
            let allowedAt = nextAllowed[candidate.hostKey] ?? 0
            if perHost[candidate.hostKey, default: 0] < configuration.maxPerHost, allowedAt <= now {
                perHost[candidate.hostKey, default: 0] += 1
                let delay = candidate.isLoopback ? configuration.loopbackPolitenessDelay : configuration.politenessDelay
                if delay > 0 { nextAllowed[candidate.hostKey] = now + delay }
                started.append(pending.remove(at: index))
            } else {
                if allowedAt > now { soonest = min(soonest ?? allowedAt, allowedAt) }
                index += 1
            }
        }
        lock.unlock()
        for transfer in started {
            guard let handle = makeEasy(transfer) else {
                perHost[transfer.hostKey, default: 1] -= 1
                transfer.continuation?.resume(returning: .failure(FetchError(kind: .other, url: transfer.request.url, message: "curl_easy_init gagal")))
                continue
            }
            running[handle] = transfer
            curl_multi_add_handle(multi, handle)
        }
        return soonest.map { max(1, Int(($0 - now) * 1000)) }
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func readCompletions() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                  let transfer = running[UnsafeMutableRawPointer(handle)] else { continue }
            let code = message.pointee.data.result
            finish(handle: UnsafeMutableRawPointer(handle), transfer: transfer, result: result(of: code, handle: handle, transfer: transfer))
        }
    }

    private func result(of code: CURLcode, handle: UnsafeMutableRawPointer, transfer: Transfer) -> Result<HTTPResponse, FetchError> {
        let url = transfer.request.url
        if code == CURLE_OK {
            var status = 0
            _ = pantau_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
            var effective: UnsafeMutablePointer<CChar>?
            _ = pantau_easy_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
            let finalURL = effective.map { String(cString: $0) } ?? url
            return .success(HTTPResponse(status: status, url: finalURL, headers: transfer.headers, body: transfer.body,
                                         redirects: transfer.redirectStatuses))
        }
        let reason = String(cString: curl_easy_strerror(code))
        let kind: FetchError.Kind
        var message: String
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timeout
            message = "batas waktu habis (\(reason))"
        case CURLE_FILESIZE_EXCEEDED:
            kind = .tooLarge
            message = "isi lebih besar dari batas \(configuration.maxBodyBytes) bita"
        case CURLE_WRITE_ERROR where transfer.exceeded:
            kind = .tooLarge
            message = "isi lebih besar dari batas \(configuration.maxBodyBytes) bita"
        case CURLE_TOO_MANY_REDIRECTS:
            kind = .tooManyRedirects
            message = "terlalu banyak pengalihan (lebih dari \(configuration.maxRedirects))"
        case CURLE_UNSUPPORTED_PROTOCOL:
            kind = .unsupportedScheme
            message = "protokol ditolak (\(reason))"
        case CURLE_ABORTED_BY_CALLBACK where transfer.refusedAddress != nil:
            kind = .forbiddenAddress
            message = "alamat \(transfer.refusedAddress ?? "") adalah alamat privat/lokal dan ditolak oleh konfigurasi"
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_RECV_ERROR, CURLE_SEND_ERROR,
             CURLE_GOT_NOTHING, CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_PARTIAL_FILE:
            kind = .connection
            message = "koneksi gagal (\(reason))"
        default:
            kind = .other
            message = reason
        }
        if kind == .other || kind == .connection, !transfer.errorBuffer.isEmpty {
            message += ": \(transfer.errorBuffer)"
        }
        return .failure(FetchError(kind: kind, url: url, message: message))
    }

    private func finish(handle: UnsafeMutableRawPointer, transfer: Transfer, result: Result<HTTPResponse, FetchError>) {
        curl_multi_remove_handle(multi, handle)
        curl_easy_cleanup(handle)
        running[handle] = nil
        perHost[transfer.hostKey, default: 1] -= 1
        transfer.release()
        transfer.continuation?.resume(returning: result)
        transfer.continuation = nil
    }

    private func makeEasy(_ transfer: Transfer) -> UnsafeMutableRawPointer? {
        guard let handle = curl_easy_init() else { return nil }
        let c = configuration
        _ = pantau_easy_setopt_string(handle, CURLOPT_URL, transfer.request.url)
        _ = pantau_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        // Only http and https, also after redirects: libcurl would otherwise open file://, gopher://…
        _ = pantau_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = pantau_easy_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = pantau_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = pantau_easy_setopt_long(handle, CURLOPT_MAXREDIRS, c.maxRedirects)
        _ = pantau_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(c.connectTimeout * 1000))
        _ = pantau_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(c.totalTimeout * 1000))
        _ = pantau_easy_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, c.lowSpeedBytes)
        _ = pantau_easy_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, c.lowSpeedSeconds)
        // "" = every encoding this libcurl can decode; the write callback sees decoded bytes,
        // so the body cap also bounds a compression bomb.
        _ = pantau_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        _ = pantau_easy_setopt_string(handle, CURLOPT_USERAGENT, c.userAgent)
        _ = pantau_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(c.maxBodyBytes))
        _ = pantau_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, transfer.errorBufferPointer)

        if let body = transfer.request.body {
            // COPYPOSTFIELDS copies the bytes now, so the body need not outlive this call;
            // the size goes first so the copy is binary-safe.
            _ = pantau_easy_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            if body.isEmpty {
                _ = pantau_easy_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, "")
            } else {
                body.withUnsafeBytes { raw in
                    _ = pantau_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress!))
                }
            }
        }
        var list: UnsafeMutablePointer<curl_slist>?
        if let etag = transfer.request.etag { list = curl_slist_append(list, "If-None-Match: \(etag)") }
        if let modified = transfer.request.lastModified { list = curl_slist_append(list, "If-Modified-Since: \(modified)") }
        for (name, value) in transfer.request.headers { list = curl_slist_append(list, "\(name): \(value)") }
        transfer.headerList = list
        if let list { _ = pantau_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, list) }

        let context = Unmanaged.passUnretained(transfer).toOpaque()
        _ = pantau_easy_setopt_write_function(handle, CURLOPT_WRITEFUNCTION) { data, size, count, user in
            guard let data, let user else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
            let n = size * count
            if transfer.body.count + n > transfer.maxBody {
                transfer.exceeded = true
                return 0 // aborts the transfer with CURLE_WRITE_ERROR
            }
            data.withMemoryRebound(to: UInt8.self, capacity: n) { transfer.body.append($0, count: n) }
            return n
        }
        _ = pantau_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = pantau_easy_setopt_write_function(handle, CURLOPT_HEADERFUNCTION) { data, size, count, user in
            guard let data, let user else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
            let n = size * count
            let line = data.withMemoryRebound(to: UInt8.self, capacity: n) {
                String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
            }
            transfer.addHeaderLine(line)
            return n
        }
        _ = pantau_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        if c.refusePrivateAddresses {
            _ = pantau_easy_setopt_prereq_function(handle) { user, primaryIP, _, _, _ in
                guard let user, let primaryIP else { return 0 }
                let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
                let ip = String(cString: primaryIP)
                if AddressPolicy.isPrivate(ip) {
                    transfer.refusedAddress = ip
                    return 1 // CURL_PREREQFUNC_ABORT
                }
                return 0
            }
            _ = pantau_easy_setopt_pointer(handle, CURLOPT_PREREQDATA, context)
        }
        return handle
    }
}

/// State of one transfer; touched only by the curl thread once queued.
final class Transfer: @unchecked Sendable {
    let request: HTTPRequest
    let maxBody: Int
    let hostKey: String
    var continuation: CheckedContinuation<Result<HTTPResponse, FetchError>, Never>?
    var body = Data()
    var headers: [(name: String, value: String)] = []
    var exceeded = false
    /// Statuses of redirect responses seen (from their status lines).
    var redirectStatuses: [Int] = []
    var lastStatus = 0
    var refusedAddress: String?
    let isLoopback: Bool
    var headerList: UnsafeMutablePointer<curl_slist>?
    let errorBufferPointer: UnsafeMutablePointer<CChar>

    init(request: HTTPRequest, maxBody: Int) {
        self.request = request
        self.maxBody = maxBody
        let components = URLComponents(string: request.url)
        let scheme = components?.scheme?.lowercased() ?? "http"
        let port = components?.port ?? (scheme == "https" ? 443 : 80)
        let host = components?.host?.lowercased() ?? ""
        self.hostKey = "\(host):\(port)"
        self.isLoopback = host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
        errorBufferPointer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBufferPointer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit { errorBufferPointer.deallocate() }

    var errorBuffer: String { String(cString: errorBufferPointer) }

    /// A status line starts a new response (after a redirect or a 100-continue).
    func addHeaderLine(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") {
            // A new response: the previous one was a redirect (or a 100 Continue).
            if (300..<400).contains(lastStatus) { redirectStatuses.append(lastStatus) }
            let parts = trimmed.split(separator: " ")
            lastStatus = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers.removeAll()
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        headers.append((name, value))
    }

    func release() {
        if let headerList { curl_slist_free_all(headerList) }
        headerList = nil
    }
}

/// `curl_global_init` must run once per process, before any other curl call.
enum CurlGlobal {
    private static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        return true
    }()

    static func initializeOnce() { _ = initialized }
}
