import Foundation
import PantauCore
import PantauXML
import Testing
@testable import PantauFeeds

/// XML sitemaps and sitemap indexes read as feeds (fixtures written for these tests).
@Suite struct SitemapTests {
    let parser = FeedDocumentParser()

    func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/sitemaps"))
        return try Data(contentsOf: url)
    }

    @Test func newsSitemap() throws {
        let feed = try parser.parse(fixture("news-sitemap.xml"), url: "https://berita.contoh.id/sitemap-news.xml")
        #expect(feed.format == .sitemap)
        #expect(!feed.bozo)
        #expect(feed.feed.title == "Berita Contoh")
        #expect(feed.feed.language == "id")
        #expect(feed.entries.map(\.link) == ["https://berita.contoh.id/hukum/2026/11/29/napi-kabur-lapas-serang",
                                             "https://berita.contoh.id/nasional/2026/11/28/remisi-natal",
                                             "https://berita.contoh.id/tentang-kami"])
        let first = feed.entries[0]
        #expect(first.title == "Dua Napi Kabur dari Lapas Serang, Petugas Lakukan Pengejaran")
        #expect(first.published.map(DateParser.isoUTC) == "2026-11-29T02:15:00Z")
        #expect(first.updated.map(DateParser.isoUTC) == "2026-11-29T03:20:00Z")
        #expect(first.tags == ["lapas", "napi kabur", "Serang"])
        #expect(first.thumbnail == "https://berita.contoh.id/foto/lapas-serang.jpg")
        // A date without a time is midnight in the sitemap's zone (+07:00 here).
        #expect(feed.entries[1].published.map(DateParser.isoUTC) == "2026-11-27T17:00:00Z")
        #expect(feed.entries[2].updated.map(DateParser.isoUTC) == "2026-01-04T17:00:00Z")
        #expect(feed.entries[2].title == nil)
    }

    @Test func dateOnlyIsUTCMidnightWithoutAStatedZone() throws {
        let xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.id/x</loc><lastmod>2026-11-28</lastmod></url></urlset>"
        let feed = try parser.parse(Data(xml.utf8))
        #expect(feed.entries.first?.updated.map(DateParser.isoUTC) == "2026-11-28T00:00:00Z")
    }

    @Test func indexListsItsSitemapsInDocumentOrder() throws {
        let feed = try parser.parse(fixture("sitemap-index.xml"), url: "https://berita.contoh.id/sitemap.xml")
        #expect(feed.format == .sitemapIndex)
        #expect(feed.entries.map(\.link) == ["https://berita.contoh.id/sitemap-2026-10.xml", "https://berita.contoh.id/sitemap-news.xml",
                                             "https://berita.contoh.id/sitemap-halaman.xml"])
        #expect(feed.entries[1].updated.map(DateParser.isoUTC) == "2026-11-29T03:20:00Z")
        #expect(feed.jsonObject["format"] as? String == "sitemapindex")
    }

    @Test func gzippedSitemapIsInflated() throws {
        let gz = try #require(Gzip.compress(try fixture("news-sitemap.xml")))
        let feed = try parser.parse(gz, headers: ["content-type": "application/x-gzip"])
        #expect(feed.format == .sitemap)
        #expect(!feed.bozo)
        #expect(feed.entries.count == 3)
        // A damaged gzip body is an error, not an empty feed.
        #expect(throws: FeedError.self) { try parser.parse(Data(gz.prefix(gz.count / 2))) }
    }

    @Test func sitemapServedAsHTMLIsNotAFeed() throws {
        #expect(throws: FeedError(kind: .notAFeed, message: "halaman HTML, bukan feed", url: "https://a.id/sitemap.xml")) {
            try parser.parse(Data("<html><body><h1>Sitemap</h1><a href='/a'>a</a></body></html>".utf8), url: "https://a.id/sitemap.xml")
        }
    }

    @Test func oversizedSitemapIsBounded() throws {
        var xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        for i in 0..<(SitemapReader.maximumEntries + 500) { xml += "<url><loc>https://a.id/\(i)</loc></url>" }
        xml += "</urlset>"
        let feed = try parser.parse(Data(xml.utf8))
        #expect(feed.entries.count == SitemapReader.maximumEntries)
        #expect(feed.entries.last?.link == "https://a.id/\(SitemapReader.maximumEntries - 1)")
    }

    @Test func robotsSitemapLines() {
        let robots = "User-agent: *\nDisallow: /cari\nSitemap: https://a.id/sitemap.xml\nsitemap:https://a.id/sitemap_news.xml\nSitemap: ftp://a.id/x\n"
        let site = URL(string: "https://a.id/")!
        #expect(SitemapDiscovery.candidates(robots: robots, site: site)
            == ["https://a.id/sitemap_news.xml", "https://a.id/sitemap.xml", "https://a.id/sitemap-news.xml"])
        #expect(SitemapDiscovery.candidates(robots: nil, site: site) == ["https://a.id/sitemap_news.xml", "https://a.id/sitemap-news.xml"])
    }
}

@Suite struct SitemapSourceListTests {
    @Test func opmlTypeSitemapRoundTrips() throws {
        let opml = """
        <?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
        <outline type="sitemap" text="Berita Contoh" xmlUrl="https://berita.contoh.id/sitemap-news.xml" category="nasional" tier="2"/>
        <outline type="rss" text="Feed Contoh" xmlUrl="https://berita.contoh.id/rss" category="nasional" tier="2"/>
        </body></opml>
        """
        let sources = try OPMLReader().sources(in: Data(opml.utf8), file: "uji.opml")
        #expect(sources.map(\.kind) == [.sitemap, .feed])
        let written = OPMLWriter().document(title: "x", sources: sources)
        #expect(try OPMLReader().sources(in: Data(written.utf8), file: "tulis.opml").map(\.kind) == [.sitemap, .feed])
    }
}
