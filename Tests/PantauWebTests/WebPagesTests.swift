import Foundation
import Hummingbird
import HummingbirdTesting
import PantauCore
import PantauPipeline
import Testing
@testable import PantauWeb

/// Every page's status and structure, escaping, errors and headers, before any account
/// exists (read-only pages for this machine).
@Suite struct WebPagesTests {
    @Test func healthzAnswersOkWithSecurityHeaders() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == "ok")
            let csp = response.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("default-src 'none'"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(!csp.contains("script-src"), "no script source is allowed at all")
            #expect(!csp.contains("http"), "no remote source")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer")
        }
    }

    @Test func digestPageHasTheDigestSectionsInOrderAndLinksToArticles() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            let sections = ["ringkasan", "perlu-tanggapan", "isu-utama", "tren", "kontra-narasi", "sebaran-media"]
            let positions = sections.compactMap { html.range(of: "<section id=\"\($0)\"")?.lowerBound }
            #expect(positions.count == sections.count)
            #expect(positions == positions.sorted())
            #expect(html.contains("<nav class=\"top\">"))
            #expect(html.contains("@media print"), "the digest's print CSS is kept")
            #expect(html.contains("href=\"/artikel/\(fixture.escape)\"") || html.contains("href=\"/artikel/\(fixture.escapeCopy)\""))
            #expect(!html.contains("<script"), "no script on a page that works without JavaScript")
        }
    }

    @Test func reportViewsAcceptDaysAndSpansAndRefuseOthers() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            #expect(try await client.execute(uri: "/laporan/2026-11-29", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/laporan?since=7d", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/laporan?since=30d", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/laporan/2026-13-45", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/laporan?since=2y", method: .get).status == .badRequest)
            let english = String(buffer: try await client.execute(uri: "/?lang=en", method: .get).body)
            #expect(english.contains("<html lang=\"en\""))
            #expect(english.contains(">Search</a>"))
        }
    }

    @Test func searchShowsOneHitPerStoryWithMarkedMatches() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/cari?q=teralis", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            // Both escape copies match; the story is listed once, with its copy counted.
            #expect(occurrences(of: "<li data-id=", in: html) == 1)
            #expect(html.contains("1 salinan"))
            #expect(html.contains("<mark>"))
            let hits = try fixture.monitor.search("teralis", options: SearchOptions())
            #expect(html.contains("data-id=\"\(hits[0].article.id)\""), "the same first hit as pantau search")
        }
    }

    @Test func searchFiltersByToneAndSourceAndPages() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let positive = String(buffer: try await client.execute(uri: "/cari?q=binaan+OR+napi&tone=positive", method: .get).body)
            #expect(positive.contains("data-id=\"\(fixture.positive)\""))
            #expect(!positive.contains("data-id=\"\(fixture.escape)\""))
            let regional = String(buffer: try await client.execute(uri: "/cari?q=lapas&source=Warta", method: .get).body)
            #expect(regional.contains("data-id=\"\(fixture.complaint)\""))
            #expect(!regional.contains("data-id=\"\(fixture.positive)\""))
            let second = try await client.execute(uri: "/cari?q=lapas&page=2", method: .get)
            #expect(second.status == .ok)
            #expect(String(buffer: second.body).contains("Tidak ada hasil"), "five articles fill less than one page")
        }
    }

    @Test func malformedQueryIsA400WithTheParserMessageAndPosition() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/cari?q=kabur+AND+%28napi", method: .get)
            #expect(response.status == .badRequest)
            let html = String(buffer: response.body)
            let expected: String
            do throws(SearchQuery.ParseError) { _ = try SearchQuery.parse("kabur AND (napi"); expected = "" } catch { expected = error.description }
            #expect(!expected.isEmpty)
            #expect(html.contains(HTML.escape(expected)))
            #expect(html.contains("value=\"kabur AND (napi\""), "the query is shown back in the form")
        }
    }

    @Test func hostileTitleAndTextAreEscapedEverywhere() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            for uri in ["/", "/cari?q=rutan", "/artikel/\(fixture.hostile)", "/tanggapan", "/artikel/\(fixture.escape)", "/sumber"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let html = String(buffer: response.body)
                #expect(!html.contains("<script"), "\(uri)")
                #expect(!html.contains("<img"), "\(uri)")
                #expect(!html.contains("href=\"javascript:"), "\(uri)")
                #expect(!html.contains("<b>Daerah</b>"), "\(uri): outlet names are text")
            }
            let article = String(buffer: try await client.execute(uri: "/artikel/\(fixture.hostile)", method: .get).body)
            #expect(article.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(article.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test func articlePageExplainsTheToneAndShowsTheStory() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "sari")
            let response = try await browser.get(client, "/artikel/\(fixture.escape)")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("Dua Napi Lapas Serang Kabur Gergaji Teralis"))
            #expect(html.contains("Kabar Nasional"))
            #expect(html.contains("<mark>kabur</mark>"), "the deciding term is marked in its sentence")
            #expect(html.contains("intensified"), "the rule that changed the term's weight")
            #expect(html.contains("keamanan"), "the incident")
            #expect(html.contains("href=\"/artikel/\(fixture.escapeCopy)\""), "the story's other copy")
            #expect(html.contains("menggergaji teralis jendela sel"), "the text")
            #expect(html.contains("action=\"/artikel/\(fixture.escape)/tanggapan\""))
            #expect(html.contains("action=\"/artikel/\(fixture.escape)/label\""))
        }
    }

    @Test func missingArticlesAndPagesAre404Pages() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            for uri in ["/artikel/999999", "/artikel/abc", "/artikel/-1", "/tidak-ada"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy] != nil, "\(uri)")
                #expect(String(buffer: response.body).contains("<h1>Galat 404</h1>"), "\(uri)")
            }
        }
    }

    @Test func queueAndSourcesPages() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let queue = String(buffer: try await client.execute(uri: "/tanggapan", method: .get).body)
            // The escape story once (its most urgent copy), before the complaint; not the positive story.
            let escapeRow = queue.range(of: "<tr data-id=\"\(fixture.escape)\"") ?? queue.range(of: "<tr data-id=\"\(fixture.escapeCopy)\"")
            let complaintRow = queue.range(of: "<tr data-id=\"\(fixture.complaint)\"")
            #expect(escapeRow != nil && complaintRow != nil)
            if let escapeRow, let complaintRow { #expect(escapeRow.lowerBound < complaintRow.lowerBound) }
            #expect(occurrences(of: "<tr data-id=\"\(fixture.escape)\"", in: queue) + occurrences(of: "<tr data-id=\"\(fixture.escapeCopy)\"", in: queue) == 1)
            #expect(!queue.contains("data-id=\"\(fixture.positive)\""))
            let sources = String(buffer: try await client.execute(uri: "/sumber", method: .get).body)
            #expect(sources.contains("Kabar Nasional"))
            #expect(sources.contains("https://warta.example/rss"))
        }
    }

    @Test func monitorFailuresMapToStatuses() {
        #expect(PageGuardMiddleware.status(of: .busy) == .serviceUnavailable, "a write during a run: coba lagi")
        #expect(PageGuardMiddleware.status(of: .usage) == .badRequest)
        #expect(PageGuardMiddleware.status(of: .notFound) == .notFound)
        #expect(PageGuardMiddleware.status(of: .conflict) == .conflict)
        #expect(PageGuardMiddleware.status(of: .failure) == .internalServerError)
    }

    @Test func withoutUsersEveryPostIsRefusedWithHowToAddOne() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            for uri in ["/artikel/\(fixture.escape)/label", "/artikel/\(fixture.escape)/tanggapan", "/masuk", "/keluar"] {
                var headers = HTTPFields()
                headers[.contentType] = "application/x-www-form-urlencoded"
                let response = try await client.execute(uri: uri, method: .post, headers: headers,
                                                        body: ByteBuffer(string: "label=positive&status=selesai"))
                #expect(response.status == .forbidden, "\(uri)")
                #expect(String(buffer: response.body).contains("pantau users add"), "\(uri)")
            }
            #expect(try fixture.monitor.labelHistory().isEmpty)
        }
    }
}

/// The digest page cache: reused while fresh, rebuilt after its lifetime or a clear,
/// and one build for requests that arrive together.
@Suite struct DigestCacheTests {
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var builds = 0
        func next() -> Int { lock.withLock { builds += 1; return builds } }
    }

    @Test func reusesFreshPagesAndRebuildsStaleOnes() async throws {
        let cache = DigestCache(lifetime: 30)
        let counter = Counter()
        let start = Date(timeIntervalSince1970: 1_000_000)
        let build: @Sendable () async throws -> String = { "page \(counter.next())" }
        #expect(try await cache.page("k", now: start, build: build) == "page 1")
        #expect(try await cache.page("k", now: start.addingTimeInterval(29), build: build) == "page 1")
        #expect(try await cache.page("other", now: start, build: build) == "page 2")
        #expect(try await cache.page("k", now: start.addingTimeInterval(31), build: build) == "page 3")
        cache.clear()
        #expect(try await cache.page("k", now: start.addingTimeInterval(31), build: build) == "page 4")
    }

    @Test func concurrentRequestsShareOneBuild() async throws {
        let cache = DigestCache(lifetime: 30)
        let counter = Counter()
        let now = Date()
        let pages = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await cache.page("k", now: now) {
                        try await Task.sleep(for: .milliseconds(50))
                        return "page \(counter.next())"
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(pages) == ["page 1"])
        #expect(counter.builds == 1)
    }

    struct Failure: Error {}

    @Test func aFailedBuildIsNotKept() async throws {
        let cache = DigestCache(lifetime: 30)
        let now = Date()
        await #expect(throws: Failure.self) { try await cache.page("k", now: now) { throw Failure() } }
        #expect(try await cache.page("k", now: now) { "page" } == "page")
    }
}
