import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal SMTP receiver on 127.0.0.1 for tests: speaks enough of RFC 5321 (EHLO,
/// MAIL, RCPT, DATA, RSET, NOOP, QUIT) for libcurl to deliver, and keeps what arrives.
/// No TLS and no authentication; `rejectFirst` answers the first N messages with a 451.
public final class LocalSMTPServer: @unchecked Sendable {
    /// One delivered message.
    public struct Message: Sendable, Equatable {
        public var from: String
        public var recipients: [String]
        /// The raw message (headers and body) as received, CRLF line ends.
        public var data: String
    }

    public let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Message] = []
    private var rejectionsLeft: Int
    private var stopped = false

    public var messages: [Message] { lock.withLock { received } }

    private init(listener: Int32, port: UInt16, rejectFirst: Int) {
        self.listener = listener
        self.port = port
        self.rejectionsLeft = rejectFirst
    }

    /// `smtp://127.0.0.1:PORT`.
    public var url: String { "smtp://127.0.0.1:\(port)" }

    public static func start(rejectFirst: Int = 0) throws -> LocalSMTPServer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let server = LocalSMTPServer(listener: fd, port: UInt16(bigEndian: address.sin_port), rejectFirst: rejectFirst)
        let thread = Thread { server.acceptLoop() }
        thread.start()
        return server
    }

    public func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            if lock.withLock({ stopped }) { close(client); return }
            Thread { self.serve(client) }.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var buffer = Data()
        func send(_ line: String) { _ = Data((line + "\r\n").utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
        func readLine() -> String? {
            while true {
                if let range = buffer.range(of: Data("\r\n".utf8)) {
                    let line = String(decoding: buffer[buffer.startIndex..<range.lowerBound], as: UTF8.self)
                    buffer.removeSubrange(buffer.startIndex..<range.upperBound)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = read(fd, &chunk, chunk.count)
                if n <= 0 { return nil }
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
        send("220 pantau-test ESMTP")
        var from = ""
        var recipients: [String] = []
        while let line = readLine() {
            let upper = line.uppercased()
            if upper.hasPrefix("EHLO") {
                send("250-pantau-test")
                send("250 8BITMIME")
            } else if upper.hasPrefix("HELO") {
                send("250 pantau-test")
            } else if upper.hasPrefix("MAIL FROM:") {
                from = Self.address(line)
                recipients = []
                send("250 OK")
            } else if upper.hasPrefix("RCPT TO:") {
                recipients.append(Self.address(line))
                send("250 OK")
            } else if upper == "DATA" {
                send("354 end with <CRLF>.<CRLF>")
                var lines: [String] = []
                while let l = readLine(), l != "." { lines.append(l.hasPrefix("..") ? String(l.dropFirst()) : l) }
                let reject = lock.withLock { () -> Bool in
                    if rejectionsLeft > 0 { rejectionsLeft -= 1; return true }
                    received.append(Message(from: from, recipients: recipients, data: lines.joined(separator: "\r\n")))
                    return false
                }
                send(reject ? "451 coba lagi nanti" : "250 OK diterima")
            } else if upper == "QUIT" {
                send("221 sampai jumpa")
                return
            } else if upper == "RSET" || upper == "NOOP" {
                send("250 OK")
            } else {
                send("502 perintah tidak dikenal")
            }
        }
    }

    static func address(_ line: String) -> String {
        guard let open = line.firstIndex(of: "<"), let close = line.firstIndex(of: ">"), open < close else { return "" }
        return String(line[line.index(after: open)..<close])
    }
}
