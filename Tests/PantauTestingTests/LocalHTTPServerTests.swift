import Foundation
import Testing
@testable import PantauTesting

@Suite struct LocalHTTPServerTests {
    @Test func servesRoutesOnLoopback() async throws {
        let server = try await LocalHTTPServer.start(routes: ["/a": .init(contentType: "text/plain", text: "isi a")])
        #expect(server.baseURL.hasPrefix("http://127.0.0.1:"))
        #expect(server.port > 0)
        // A raw socket request, so this test does not depend on the fetcher under test elsewhere.
        let reply = try Self.rawGET(port: server.port, path: "/a")
        #expect(reply.hasPrefix("HTTP/1.1 200"))
        #expect(reply.contains("isi a"))
        let missing = try Self.rawGET(port: server.port, path: "/tidak-ada")
        #expect(missing.hasPrefix("HTTP/1.1 404"))
        await server.stop()
    }

    static func rawGET(port: UInt16, path: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
