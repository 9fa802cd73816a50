import Foundation
import PantauCore
import Testing
@testable import PantauFeeds

@Suite struct FeedParserTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    @Test func rss2WithLeadingBlankLineAndEntities() throws {
        let feed = try FeedParser().parse(try Self.fixture("rss2.xml"), url: "https://contoh.id/rss")
        #expect(feed.format == .rss)
        #expect(feed.title == "Kabar Contoh & Sekitarnya")
        #expect(feed.items.count == 3)
        let first = feed.items[0]
        #expect(first.title == "Napi Kabur dari Lapas Serang")
        #expect(first.link == "https://contoh.id/berita/napi-kabur")
        #expect(first.id == "contoh-1")
        #expect(first.summary == "Dua napi kabur malam hari.")
        #expect(first.published == DateParser.parse("2026-04-22T10:15:00+07:00"))
        #expect(feed.items[1].title == "Pelatihan Las & Menjahit")
        #expect(feed.items[1].summary == "Warga binaan terampil.")
        #expect(feed.items[2].published == nil)
    }

    @Test func atomLinksDatesAndHTMLTitles() throws {
        let feed = try FeedParser().parse(try Self.fixture("atom.xml"), url: "https://warta.id/feed.xml")
        #expect(feed.format == .atom)
        #expect(feed.link == "https://warta.id/")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].title == "Kerusuhan di Rutan")
        #expect(feed.items[0].link == "https://warta.id/berita/kerusuhan")
        #expect(feed.items[0].published == DateParser.parse("2026-04-22T02:30:00Z"))
        #expect(feed.items[0].summary == "Kasur dibakar.")
        #expect(feed.items[1].published == DateParser.parse("2026-04-21T09:30:00Z"))
        #expect(feed.items[1].summary == "Isi lengkap.")
    }

    @Test func notXMLAndHTMLPagesAreErrors() {
        #expect(throws: FeedError.self) { try FeedParser().parse(Data("ini bukan xml".utf8)) }
        do {
            _ = try FeedParser().parse(Data("<html><body><p>Error 500</p></body></html>".utf8), url: "https://x.id/rss")
            Issue.record("HTML accepted as a feed")
        } catch {
            #expect(error.kind == .notAFeed || error.kind == .notXML)
        }
    }
}

@Suite struct OPMLReaderTests {
    @Test func readsCategoriesAndTiers() throws {
        let opml = """
        <?xml version="1.0"?>
        <opml version="2.0"><head><title>t</title></head><body>
        <outline text="nasional">
          <outline type="rss" text="Satu" xmlUrl="https://satu.id/rss" tier="1"/>
        </outline>
        <outline type="rss" text="Dua" xmlUrl="https://dua.id/rss" category="regional" tier="3"/>
        </body></opml>
        """
        let sources = try OPMLReader().sources(in: Data(opml.utf8), file: "uji.opml")
        #expect(sources.count == 2)
        #expect(sources[0].category == "nasional" && sources[0].tier == 1)
        #expect(sources[1].category == "regional" && sources[1].tier == 3)
    }

    @Test func malformedOPMLNamesFileAndLine() {
        let bad = "<?xml version=\"1.0\"?>\n<opml><body>\n<outline text=\"x\" xmlUrl=\"https://a.id/rss\">\n</body></opml>"
        do {
            _ = try OPMLReader().sources(in: Data(bad.utf8), file: "Feeds/rusak.opml")
            Issue.record("malformed OPML accepted")
        } catch {
            #expect(error.description.hasPrefix("Feeds/rusak.opml:"))
            #expect(error.line != nil)
        }
    }

    @Test func badTierAndSchemeAreRejected() {
        let tier = "<opml><body><outline text=\"a\" xmlUrl=\"https://a.id/rss\" tier=\"9\"/></body></opml>"
        #expect(throws: OPMLReader.Failure.self) { try OPMLReader().sources(in: Data(tier.utf8), file: "a.opml") }
        let scheme = "<opml><body><outline text=\"a\" xmlUrl=\"file:///etc/passwd\"/></body></opml>"
        #expect(throws: OPMLReader.Failure.self) { try OPMLReader().sources(in: Data(scheme.utf8), file: "a.opml") }
    }
}
