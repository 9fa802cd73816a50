import Foundation
import PantauTesting
import PantauXML
import Testing
@testable import PantauFetch

/// Counts requests per path, shared with a server handler.
final class Hits: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var times: [String: [Double]] = [:]
    func record(_ path: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        counts[path, default: 0] += 1
        times[path, default: []].append(Date().timeIntervalSince1970)
        return counts[path]!
    }
    func count(_ path: String) -> Int { lock.lock(); defer { lock.unlock() }; return counts[path] ?? 0 }
    func times(_ path: String) -> [Double] { lock.lock(); defer { lock.unlock() }; return times[path] ?? [] }
}

@Suite struct FetchPolicyTests {
    static func server(_ hits: Hits) async throws -> LocalHTTPServer {
        try await LocalHTTPServer.start { request in
            let n = hits.record(request.path)
            switch request.path {
            case "/flaky": return n < 3 ? .init(status: 503) : .init(contentType: "text/plain", text: "pulih")
            case "/busy": return n < 2 ? .init(status: 429, headers: ["Retry-After": "0"]) : .init(contentType: "text/plain", text: "ok")
            case "/gone": return .init(status: 404)
            case "/bomb":
                let bomb = Gzip.compress(Data(count: 5_000_000))!
                return .init(status: 200, headers: ["Content-Encoding": "gzip", "Content-Type": "application/xml"], body: bomb)
            case "/old": return .init(status: 301, headers: ["Location": "/new"])
            case "/new": return .init(contentType: "text/plain", text: "baru")
            default: return .init(contentType: "text/plain", text: "ok")
            }
        }
    }

    @Test func retriesServerErrorsAndRateLimits() async throws {
        let hits = Hits()
        let server = try await Self.server(hits)
        let client = HTTPClient()
        defer { client.shutdown() }
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: 0.01)
        let flaky = try await client.fetch(HTTPRequest(url: server.url("/flaky")), retrying: policy)
        #expect(flaky.status == 200)
        #expect(hits.count("/flaky") == 3)
        let busy = try await client.fetch(HTTPRequest(url: server.url("/busy")), retrying: policy)
        #expect(busy.status == 200)
        #expect(hits.count("/busy") == 2)
        let gone = try await client.fetch(HTTPRequest(url: server.url("/gone")), retrying: policy)
        #expect(gone.status == 404)
        #expect(hits.count("/gone") == 1) // 4xx is final
        await server.stop()
    }

    @Test func gzipBombStopsAtTheCap() async throws {
        let server = try await Self.server(Hits())
        var config = HTTPClientConfiguration()
        config.maxBodyBytes = 1_000_000
        let client = HTTPClient(configuration: config)
        defer { client.shutdown() }
        await #expect { try await client.get(server.url("/bomb")) } throws: { ($0 as? FetchError)?.kind == .tooLarge }
        await server.stop()
    }

    @Test func permanentRedirectIsReported() async throws {
        let server = try await Self.server(Hits())
        let client = HTTPClient()
        defer { client.shutdown() }
        let response = try await client.get(server.url("/old"))
        #expect(response.redirects == [301])
        #expect(response.movedPermanently)
        #expect(response.url == server.url("/new"))
        #expect(!(try await client.get(server.url("/new"))).movedPermanently)
        await server.stop()
    }

    @Test func politenessDelaySpacesRequestsToOneHost() async throws {
        let hits = Hits()
        let server = try await Self.server(hits)
        var config = HTTPClientConfiguration()
        config.loopbackPolitenessDelay = 0.3
        let client = HTTPClient(configuration: config)
        defer { client.shutdown() }
        let started = Date()
        async let a = client.get(server.url("/p"))
        async let b = client.get(server.url("/p"))
        async let c = client.get(server.url("/p"))
        _ = try await (a, b, c)
        let elapsed = Date().timeIntervalSince(started)
        #expect(hits.times("/p").count == 3)
        // The client starts the three 0.3 s apart, so they cannot all be done sooner than
        // 0.6 s after the first was asked for. A lower bound only: a busy machine makes it
        // later, never earlier (server-side arrival gaps shrink when the first connection is
        // slow to set up, so they are not checked).
        #expect(elapsed >= 0.6)
        await server.stop()
    }

    @Test func privateAddressesCanBeRefused() async throws {
        let server = try await Self.server(Hits())
        var config = HTTPClientConfiguration()
        config.refusePrivateAddresses = true
        let client = HTTPClient(configuration: config)
        defer { client.shutdown() }
        await #expect { try await client.get(server.url("/x")) } throws: { ($0 as? FetchError)?.kind == .forbiddenAddress }
        #expect(AddressPolicy.isPrivate("10.1.2.3") && AddressPolicy.isPrivate("192.168.0.1") && AddressPolicy.isPrivate("::1"))
        #expect(!AddressPolicy.isPrivate("203.0.113.9") && !AddressPolicy.isPrivate("172.32.0.1"))
        await server.stop()
    }
}

@Suite struct RobotsRulesTests {
    @Test func longestMatchAndAgentGroups() {
        let text = """
        User-agent: *
        Disallow: /berita/rahasia
        Allow: /berita/rahasia/boleh
        Disallow: /*.pdf$

        User-agent: Pantau
        Disallow: /khusus-pantau
        """
        let mine = RobotsRules.parse(text, agent: "pantau")
        #expect(!mine.allows(path: "/khusus-pantau/1"))
        #expect(mine.allows(path: "/berita/rahasia")) // Pantau's own group replaces the * group
        let star = RobotsRules.parse(text, agent: "lain")
        #expect(!star.allows(path: "/berita/rahasia/1"))
        #expect(star.allows(path: "/berita/rahasia/boleh/2"))
        #expect(!star.allows(path: "/file.pdf"))
        #expect(star.allows(path: "/file.pdf?x=1"))
        #expect(star.allows(path: "/"))
        #expect(RobotsRules.parse("User-agent: *\nDisallow:\n").allows(path: "/apa/saja"))
    }
}
