import Foundation
import PantauTesting
import Testing
@testable import PantauFetch

/// Every request goes to a server this suite starts on 127.0.0.1.
@Suite struct HTTPClientTests {
    static func server() async throws -> LocalHTTPServer {
        try await LocalHTTPServer.start { request in
            switch request.path {
            case "/ok":
                return .init(contentType: "text/plain", text: "halo \(request.headers["user-agent"] ?? "")")
            case "/etag":
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                return .init(status: 200, headers: ["ETag": "\"v1\"", "Content-Type": "text/plain"], body: Data("isi".utf8))
            case "/r1": return .init(status: 302, headers: ["Location": "/r2"])
            case "/r2": return .init(status: 301, headers: ["Location": "/ok"])
            case "/loop": return .init(status: 302, headers: ["Location": "/loop"])
            case "/to-file": return .init(status: 302, headers: ["Location": "file:///etc/passwd"])
            case "/slow": return .init(status: 200, body: Data("lambat".utf8), delay: 3)
            case "/big": return .init(status: 200, body: Data(repeating: 65, count: 300_000))
            default: return .init(status: 404, contentType: "text/plain", text: "tidak ada")
            }
        }
    }

    func client(timeout: Double = 10) -> HTTPClient {
        var c = HTTPClientConfiguration()
        c.totalTimeout = timeout
        c.maxBodyBytes = 100_000
        c.maxRedirects = 3
        return HTTPClient(configuration: c)
    }

    @Test func okWithUserAgent() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        let response = try await client.get(server.url("/ok"))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self).contains("Pantau/"))
        await server.stop()
    }

    @Test func conditionalGetAnswers304() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        let first = try await client.get(server.url("/etag"))
        #expect(first.status == 200)
        let etag = try #require(first.header("etag"))
        let second = try await client.fetch(HTTPRequest(url: server.url("/etag"), etag: etag))
        #expect(second.isNotModified)
        #expect(second.body.isEmpty)
        await server.stop()
    }

    @Test func notFoundIsAResponse() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        #expect(try await client.get(server.url("/nope")).status == 404)
        await server.stop()
    }

    @Test func followsRedirectChain() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        let response = try await client.get(server.url("/r1"))
        #expect(response.status == 200)
        #expect(response.url.hasSuffix("/ok"))
        await server.stop()
    }

    @Test func redirectLoopFails() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        await #expect { try await client.get(server.url("/loop")) } throws: { ($0 as? FetchError)?.kind == .tooManyRedirects }
        await server.stop()
    }

    @Test func timeoutFails() async throws {
        let server = try await Self.server()
        let client = client(timeout: 1)
        defer { client.shutdown() }
        await #expect { try await client.get(server.url("/slow")) } throws: { ($0 as? FetchError)?.kind == .timeout }
        await server.stop()
    }

    @Test func oversizedBodyFails() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        await #expect { try await client.get(server.url("/big")) } throws: { ($0 as? FetchError)?.kind == .tooLarge }
        await server.stop()
    }

    @Test func fileSchemeRefused() async throws {
        let client = client()
        defer { client.shutdown() }
        await #expect { try await client.get("file:///etc/passwd") } throws: { ($0 as? FetchError)?.kind == .unsupportedScheme }
        let server = try await Self.server()
        await #expect { try await client.get(server.url("/to-file")) } throws: {
            let kind = ($0 as? FetchError)?.kind
            return kind == .unsupportedScheme || kind == .tooManyRedirects || kind == .other
        }
        await server.stop()
    }

    @Test func manyConcurrentFetches() async throws {
        let server = try await Self.server()
        let client = client()
        defer { client.shutdown() }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<40 { group.addTask { try await client.get(server.url("/ok")).status } }
            var all: [Int] = []
            for try await s in group { all.append(s) }
            return all
        }
        #expect(statuses.count == 40 && statuses.allSatisfy { $0 == 200 })
        await server.stop()
    }
}
