import Foundation
import PantauCore
import PantauFetch
import PantauSentiment
import PantauStore
import PantauTesting
import PantauXML
import Testing
@testable import PantauPipeline

/// News sitemaps and sitemap indexes as sources, and the hostile shapes they come in.
@Suite struct SitemapSourceTests {
    static func urlset(_ base: String, _ slugs: [(String, String)]) -> String {
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + slugs.map { "<url><loc>\(base)/berita/\($0.0)</loc><news:news><news:publication_date>\($0.1)</news:publication_date>"
                + "<news:title>Napi kabur \($0.0)</news:title></news:news></url>" }.joined()
            + "</urlset>"
    }

    @Test func indexIsFollowedOneLevelNewestFirstAndBounded() async throws {
        let box = BaseURL()
        let counter = Counter()
        let server = try await LocalHTTPServer.start { request in
            let b = box.value
            counter.hit(request.path)
            switch request.path {
            case "/sitemap_index.xml":
                // Itself, two real sitemaps (the gzipped one newest), a nested index, and
                // 10,000 more without a date: only the newest few may be fetched.
                var x = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                x += "<sitemap><loc>\(b)/sitemap_index.xml</loc><lastmod>2026-11-29T12:00:00Z</lastmod></sitemap>"
                x += "<sitemap><loc>\(b)/lama.xml</loc><lastmod>2026-11-20T00:00:00Z</lastmod></sitemap>"
                x += "<sitemap><loc>\(b)/baru.xml.gz</loc><lastmod>2026-11-29T06:00:00Z</lastmod></sitemap>"
                x += "<sitemap><loc>\(b)/indeks-lain.xml</loc><lastmod>2026-11-28T00:00:00Z</lastmod></sitemap>"
                for i in 0..<10_000 { x += "<sitemap><loc>\(b)/arsip/\(i).xml</loc></sitemap>" }
                return .init(contentType: "application/xml", text: x + "</sitemapindex>")
            case "/baru.xml.gz":
                let xml = Self.urlset(b, [("satu", "2026-11-29T08:00:00+07:00"), ("dua", "2026-11-29")])
                return .init(status: 200, headers: ["Content-Type": "application/x-gzip"], body: Gzip.compress(Data(xml.utf8))!)
            case "/lama.xml":
                return .init(contentType: "application/xml", text: Self.urlset(b, [("tiga", "2026-11-20T08:00:00Z")]))
            case "/indeks-lain.xml":
                return .init(contentType: "application/xml",
                             text: "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>\(b)/dalam.xml</loc></sitemap></sitemapindex>")
            case "/html-sitemap.xml":
                return .init(contentType: "text/html", text: "<html><body><h1>Peta situs</h1></body></html>")
            case let path where path.hasPrefix("/berita/"):
                return .init(contentType: "text/html", text: IngestionPolicyTests.page("Napi kabur \(path.dropFirst(8))"))
            default: return .init(status: 404)
            }
        }
        box.value = server.baseURL
        let store = try IngestionPolicyTests.store()
        let sources = [Source(feedURL: server.url("/sitemap_index.xml"), title: "Indeks", kind: .sitemap),
                       Source(feedURL: server.url("/html-sitemap.xml"), title: "Sitemap HTML", kind: .sitemap)]
        let summary = try await IngestionPolicyTests().run(server, sources: sources, store: store)
        let index = try #require(summary.outcomes.first { $0.source.title == "Indeks" })
        #expect(index.error == nil)
        #expect(index.newArticles == 3)
        for slug in ["satu", "dua", "tiga"] { #expect(try store.contains(url: server.url("/berita/\(slug)"))) }
        // One level: the nested index is read but not followed; the index is fetched once;
        // of the 10,000 undated sitemaps none (the three newest were the others).
        #expect(counter.count("/sitemap_index.xml") == 1)
        #expect(counter.count("/dalam.xml") == 0)
        #expect((0..<10_000).allSatisfy { counter.count("/arsip/\($0).xml") == 0 })
        #expect(index.warnings.contains { $0.contains("indeks-lain.xml") && $0.contains("satu tingkat") })
        // HTML where a sitemap should be: one line naming what it is.
        let html = try #require(summary.outcomes.first { $0.source.title == "Sitemap HTML" }?.error?.message)
        #expect(html.contains("HTML"))
        #expect(!html.contains("\n"))
        await server.stop()
    }
}

/// Google News items with opaque links: the outlet's own entry when this run read it,
/// else the story from Google's title and summary, marked.
@Suite struct GoogleNewsMatchingTests {
    @Test func opaqueItemsMatchTheOutletsSitemapOrStayMarked() async throws {
        let box = BaseURL()
        let server = try await LocalHTTPServer.start { request in
            let b = box.value
            switch request.path {
            case "/sitemap-news.xml":
                return .init(contentType: "application/xml", text: SitemapSourceTests.urlset(b, [("napi-kabur-serang", "2026-11-29T09:15:00+07:00")]))
            case "/google/rss":
                let item = { (title: String, id: String, date: String) in
                    "<item><title>\(title) - Berita Uji</title><link>\(b)/rss/articles/\(id)?oc=5</link><guid isPermaLink=\"false\">\(id)</guid>"
                        + "<pubDate>\(date)</pubDate><description>Ringkasan \(title)</description><source url=\"\(b)\">Berita Uji</source></item>"
                }
                return .init(contentType: "application/rss+xml", text: "<rss version=\"2.0\"><channel><title>Google Berita</title>"
                    + item("Napi kabur napi-kabur-serang", "CBMiQUFVX3lxTE5hcGkx", "Sat, 29 Nov 2026 02:30:00 GMT")
                    + item("Razia blok hunian di Rutan Pandeglang", "CBMiQUFVX3lxTFJhemlh", "Sat, 29 Nov 2026 04:00:00 GMT")
                    + "</channel></rss>")
            case let path where path.hasPrefix("/rss/articles/"):
                // Today's Google News pages resolve in a script, not by a redirect.
                return .init(contentType: "text/html", text: "<html><body><c-wiz>Google News</c-wiz></body></html>")
            case let path where path.hasPrefix("/berita/"):
                return .init(contentType: "text/html", text: IngestionPolicyTests.page("Napi kabur \(path.dropFirst(8))"))
            default: return .init(status: 404)
            }
        }
        box.value = server.baseURL
        let store = try IngestionPolicyTests.store()
        // The search feed is listed first: the outlets still run before it.
        let sources = [Source(feedURL: server.url("/google/rss"), title: "Google News", category: "pencarian"),
                       Source(feedURL: server.url("/sitemap-news.xml"), title: "Berita Uji", kind: .sitemap)]
        let summary = try await IngestionPolicyTests().run(server, sources: sources, store: store, googleHosts: ["127.0.0.1"])
        #expect(summary.outcomes.map(\.source.title) == ["Google News", "Berita Uji"])
        #expect(summary.outcomes.allSatisfy { $0.error == nil })
        let google = summary.outcomes[0]
        // The matched story is the outlet's article, stored once (by the outlet's source).
        #expect(try store.contains(url: server.url("/berita/napi-kabur-serang")))
        #expect(summary.outcomes[1].newArticles == 1)
        // The other is kept from Google's feed, marked by a warning, without " - Berita Uji".
        #expect(google.newArticles == 1)
        #expect(google.warnings.count == 1)
        #expect(google.warnings.first?.contains("Google News") == true)
        let day = try #require(JakartaTime.dayInterval(JakartaTime.dayString(Date())))
        let titles = try store.articles(firstSeenIn: day).map(\.title)
        #expect(titles.contains("Razia blok hunian di Rutan Pandeglang"))
        #expect(try store.articleCount() == 2)
        await server.stop()
    }
}
