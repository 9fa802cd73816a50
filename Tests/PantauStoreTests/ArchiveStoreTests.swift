import Foundation
import PantauCore
import Testing
@testable import PantauStore

@Suite struct ArchiveStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID().uuidString)/pantau.sqlite").path
    }

    static func article(_ url: String, title: String, text: String, source: Int64, label: ToneLabel = .negative) -> NewArticle {
        NewArticle(url: url, sourceID: source, guid: nil,
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
        var options = SearchOptions()
        options.tone = .positive
        #expect(try store.search(try SearchQuery.parse("napi OR warga"), options: options).map(\.article.url) == ["https://contoh.id/2"])
        // FTS5 syntax typed inside a term is plain text.
        #expect(try store.search(try SearchQuery.parse("\"kabur* NEAR(\"")).isEmpty)
    }

    @Test func readOnlyOpenNeverCreates() {
        let path = Self.temporaryPath()
        #expect(throws: ArchiveError.self) { try ArchiveStore(path: path, create: false) }
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
    @Test(arguments: ["\"lapas serang", "(kabur AND", "AND OR", "kabur)", "", "NOT kabur", "NEAR(", "kabur NEAR/0 lapas", "source:"])
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

@Suite struct IndonesianSearchTests {
    static func store() throws -> ArchiveStore {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Kabar Contoh"))
        let other = try store.register(Source(feedURL: "https://lain.id/rss", title: "Warta Lain"))
        try store.insert([
            ArchiveStoreTests.article("https://contoh.id/1", title: "Kerusuhan di Rutan Pandeglang",
                                      text: "Kerusuhan pecah setelah napi membakar kasur di blok hunian.", source: source.id),
            ArchiveStoreTests.article("https://contoh.id/2", title: "Napi kabur dari Lapas Serang",
                                      text: "Dua napi kabur melalui jendela kamar mandi, kata kepala lapas Serang.", source: source.id),
            ArchiveStoreTests.article("https://lain.id/3", title: "Pelatihan las warga binaan",
                                      text: "Warga binaan Lapas Serang mengikuti pelatihan las selama sebulan.", source: other.id, label: .positive),
        ], seenAt: Date())
        return store
    }

    func urls(_ store: ArchiveStore, _ query: String) throws -> [String] {
        try store.search(try SearchQuery.parse(query)).map(\.article.url).sorted()
    }

    @Test func rootsMatchDerivedForms() throws {
        let store = try Self.store()
        #expect(try urls(store, "rusuh") == ["https://contoh.id/1"])
        #expect(try urls(store, "ricuh").isEmpty)
        #expect(try urls(store, "latih") == ["https://lain.id/3"])
        #expect(Stemmer.root("kerusuhan") == "rusuh" && Stemmer.root("dikendalikan") == "kendali" && Stemmer.root("menyuap") == "suap")
        #expect(try !store.indexNeedsRebuild())
        #expect(try store.rebuildIndex() == 3)
        #expect(try urls(store, "rusuh") == ["https://contoh.id/1"])
    }

    @Test func operatorsAndFilters() throws {
        let store = try Self.store()
        #expect(try urls(store, "napi NEAR/3 kabur") == ["https://contoh.id/2"])
        #expect(try urls(store, "title:serang") == ["https://contoh.id/2"])
        #expect(try urls(store, "serang source:lain") == ["https://lain.id/3"])
        #expect(try urls(store, "serang tone:negative") == ["https://contoh.id/2"])
        #expect(try urls(store, "lapas -kabur") == ["https://lain.id/3"])
        #expect(try urls(store, "napi*").count == 2)
        // A prefix of a derived form finds it through its root, also in a column and in
        // both sort orders; inside NEAR the prefix stays as typed.
        #expect(try urls(store, "kerusuh*") == ["https://contoh.id/1"])
        #expect(try urls(store, "pelatih*") == ["https://lain.id/3"])
        #expect(try urls(store, "title:kerusuh*") == ["https://contoh.id/1"])
        var byDate = SearchOptions()
        byDate.sortByDate = true
        #expect(try store.search(try SearchQuery.parse("kerusuh*"), options: byDate).map(\.article.url) == ["https://contoh.id/1"])
        #expect(try urls(store, "napi* NEAR/3 kabur") == ["https://contoh.id/2"])
        #expect(throws: ArchiveError.self) { try store.search(try SearchQuery.parse("kabur OR source:lain")) }
    }
}

@Suite struct CurationTests {
    @Test func labelsWinAndSurviveRescoringResponsesKeepHistory() throws {
        let store = try IndonesianSearchTests.store()
        let day = DateInterval(start: .distantPast, end: .distantFuture)
        let napi = try #require(try store.articles(firstSeenIn: day).first { $0.url.hasSuffix("/2") })
        #expect(napi.tone.label == .negative)
        try store.addLabel("neutral", to: .article(napi.id), note: "berita rutin")
        // The archive keeps the scorer's tone and hands the officer's label beside it (the
        // pipeline's ResponsePolicy applies it).
        var again = try #require(try store.articles(firstSeenIn: day).first { $0.id == napi.id })
        #expect(again.tone.label == .negative && again.correction == "neutral")
        // Rescoring replaces the scorer's tone, not the officer's label.
        try store.updateTone([(napi.id, ToneResult(label: .positive, score: 0.4, relevant: true))], lexiconVersion: "baru")
        again = try #require(try store.articles(firstSeenIn: day).first { $0.id == napi.id })
        #expect(again.tone.label == .positive && again.correction == "neutral")
        // A cluster label applies to every copy; an article's own label wins over it.
        let cluster = try #require(again.clusterID)
        try store.addLabel("irrelevant", to: .cluster(cluster), note: nil)
        #expect(try store.articles(firstSeenIn: day).first { $0.id == napi.id }?.correction == "neutral")
        try store.addResponse("ditangani", to: .cluster(cluster), note: "rilis disiapkan", link: nil)
        try store.addResponse("dijawab", to: .cluster(cluster), note: nil, link: "https://lapas.contoh.id/rilis/1")
        #expect(try store.responseHistory(.cluster(cluster)).map(\.value) == ["ditangani", "dijawab"])
        #expect(try store.articles(firstSeenIn: day).first { $0.id == napi.id }?.responseStatus == "dijawab")
        #expect(try store.labelHistory().count == 2)
        #expect(throws: ArchiveError.self) { try store.addLabel("neutral", to: .article(9999), note: nil) }
        // Retention.
        #expect(try store.prune(before: Date().addingTimeInterval(3600)) == 3)
        #expect(try store.articleCount() == 0)
        #expect(try store.status().clusters == 0)
    }
}
