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
        let html = try #require(summary.outcomes.first { $0.source.title == "Sitemap HTML" }?.error)
        #expect(html.contains("HTML"))
        #expect(!html.contains("\n"))
        await server.stop()
    }
}
