import Foundation
import PantauCore
import Testing
@testable import PantauStore

@Suite struct ArchiveStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID().uuidString)/pantau.sqlite").path
    }

    static func article(_ url: String, title: String, text: String, source: Int64, label: ToneLabel = .negative) -> ArchiveStore.NewArticle {
        ArchiveStore.NewArticle(url: url, sourceID: source, guid: nil,
                                article: ExtractedArticle(title: title, text: text),
                                summary: nil, tone: ToneResult(label: label, score: label == .negative ? -0.8 : 0.5, relevant: true),
                                lexiconVersion: "uji")
    }

    @Test func insertTwiceStoresOnce() throws {
        let store = try ArchiveStore(path: Self.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let a = Self.article("https://contoh.id/1", title: "Napi kabur", text: "Dua napi kabur dari lapas.", source: source.id)
        #expect(try store.insert([a], seenAt: Date()) == 1)
        #expect(try store.insert([a], seenAt: Date()) == 0)
        #expect(try store.articleCount() == 1)
        #expect(try store.contains(url: "https://contoh.id/1"))
    }

    @Test func fullTextSearchFindsByWord() throws {
        let store = try ArchiveStore(path: Self.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([
            Self.article("https://contoh.id/1", title: "Napi kabur dari Lapas Serang", text: "Petugas memburu dua napi.", source: source.id),
            Self.article("https://contoh.id/2", title: "Pelatihan las", text: "Warga binaan belajar mengelas.", source: source.id, label: .positive),
        ], seenAt: Date())
        let hits = try store.search(try SearchQuery.parse("kabur"))
        #expect(hits.map(\.article.url) == ["https://contoh.id/1"])
        #expect(hits[0].snippet.contains("[kabur]") || hits[0].snippet.contains("[napi]") || !hits[0].snippet.isEmpty)
        let phrase = try store.search(try SearchQuery.parse("\"lapas serang\" OR mengelas"))
        #expect(phrase.count == 2)
        var options = ArchiveStore.SearchOptions()
        options.tone = .positive
        #expect(try store.search(try SearchQuery.parse("napi OR warga"), options: options).map(\.article.url) == ["https://contoh.id/2"])
        // FTS5 syntax typed inside a term is plain text.
        #expect(try store.search(try SearchQuery.parse("kabur* NEAR")).isEmpty)
    }

    @Test func readOnlyOpenNeverCreates() {
        let path = Self.temporaryPath()
        #expect(throws: StoreError.self) { try ArchiveStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func articlesByFirstSeenDay() throws {
        let store = try ArchiveStore(path: Self.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let seen = try #require(DateParser.parse("2026-11-28T18:00:00Z")) // 01:00 WIB on the 29th
        try store.insert([Self.article("https://contoh.id/1", title: "A", text: "a", source: source.id)], seenAt: seen)
        #expect(try store.articles(firstSeenIn: try #require(JakartaTime.dayInterval("2026-11-29"))).count == 1)
        #expect(try store.articles(firstSeenIn: try #require(JakartaTime.dayInterval("2026-11-28"))).isEmpty)
    }
}

@Suite struct SearchQueryTests {
    @Test(arguments: ["\"lapas serang", "(kabur AND", "AND OR", "kabur)", "", "NOT kabur"])
    func malformedQueriesPointAtPosition(_ query: String) {
        do {
            let q = try SearchQuery.parse(query)
            _ = try q.ftsExpression()
            Issue.record("accepted: \(query)")
        } catch {
            #expect(error.description.hasPrefix("kueri tidak valid di posisi "))
            #expect(error.position >= 1)
        }
    }

    @Test func operatorsAndQuoting() throws {
        let q = try SearchQuery.parse("\"lapas serang\" AND (kabur OR narkoba) -remisi napi*")
        let fts = try q.ftsExpression()
        #expect(fts.contains("\"lapas serang\""))
        #expect(fts.contains("\"kabur\" OR \"narkoba\""))
        #expect(fts.contains("NOT \"remisi\""))
        #expect(fts.contains("\"napi\" *"))
    }
}
