import Foundation
import PantauCore
import Testing
@testable import PantauFeeds

/// Google News items whose links are opaque, matched to the outlet's own entries
/// (fixtures shaped like today's Google News RSS and an outlet's news sitemap).
@Suite struct GoogleNewsTests {
    func fixture(_ path: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: path, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    func items() throws -> (google: [FeedItem], outlet: [FeedItem]) {
        let google = try FeedParser().parse(fixture("google-news.xml"), url: "https://news.google.com/rss/search?q=lapas")
        let outlet = try FeedParser().parse(fixture("sitemaps/news-sitemap.xml"), url: "https://berita.contoh.id/sitemap-news.xml")
        return (google.items, outlet.items)
    }

    @Test func todaysLinksNoLongerCarryThePublisher() throws {
        let (google, _) = try items()
        #expect(google.count == 3)
        #expect(google.allSatisfy { GoogleNewsLink.isRedirect($0.link ?? "") })
        #expect(google.map { GoogleNewsLink.decodedPublisherURL($0.link!) }
            == [nil, nil, "https://berita.contoh.id/nasional/2026/11/28/remisi-natal"])
        #expect(google[0].sourceURL == "https://berita.contoh.id")
        #expect(google[0].sourceTitle == "Berita Contoh")
    }

    @Test func matchedBySourceTitleAndTime() throws {
        let (google, outlet) = try items()
        #expect(GoogleNewsMatcher.match(google[0], among: outlet)?.link == "https://berita.contoh.id/hukum/2026/11/29/napi-kabur-lapas-serang")
        // Another outlet's story has no entry of its own here.
        #expect(GoogleNewsMatcher.match(google[1], among: outlet) == nil)
    }

    @Test func whatDoesNotMatch() throws {
        let (google, outlet) = try items()
        let story = try #require(outlet.first)
        var elsewhere = story
        elsewhere.link = "https://lain.example/hukum/napi-kabur"
        var later = story
        later.published = story.published.map { $0.addingTimeInterval(3 * 86400) }
        var other = story
        other.title = "Petugas Lapas Serang Raih Penghargaan"
        for candidate in [elsewhere, later, other] { #expect(GoogleNewsMatcher.match(google[0], among: [candidate]) == nil) }
        // A subdomain of the source's site, and a title Google cut short, still match.
        var sub = story
        sub.link = "https://news.berita.contoh.id/hukum/napi-kabur"
        #expect(GoogleNewsMatcher.match(google[0], among: [sub]) != nil)
        var cut = google[0]
        cut.title = "Dua Napi Kabur dari Lapas Serang, Petugas…"
        #expect(GoogleNewsMatcher.match(cut, among: [story]) != nil)
        // Without a <source url> nothing is guessed.
        var anonymous = google[0]
        anonymous.sourceURL = nil
        #expect(GoogleNewsMatcher.match(anonymous, among: outlet) == nil)
    }

    @Test func publisherTitle() {
        #expect(GoogleNewsMatcher.publisherTitle("Razia Blok Hunian - Kabar Banten", source: "Kabar Banten") == "Razia Blok Hunian")
        #expect(GoogleNewsMatcher.publisherTitle("Tanya - Jawab Remisi", source: "Kabar Banten") == "Tanya - Jawab Remisi")
    }
}
