import Foundation
import GRDB
import PantauCore
import Testing
@testable import PantauStore

/// The fast ingest path: hand-written tone JSON, one keyword row per article, clustering
/// from memory that follows the tables, and a full-text index touched only by text changes.
@Suite struct IngestPathTests {
    @Test func toneJSONDecodesToTheSameResult() throws {
        let tones = [
            ToneResult(label: .neutral, score: 0, relevant: false),
            ToneResult(label: .negative, score: -0.8125, relevant: true, targets: ["Lapas Serang", "Pemasyarakatan"],
                       sentences: [.init(text: "Napi \"kabur\"\tlagi\\ dari\nblok C\u{1}.", score: -4.5,
                                         hits: [.init(surface: "kabur", term: "kabur", weight: -4, rules: ["intensified", "negated"])])],
                       incident: "keamanan", severity: 3),
            ToneResult(label: .positive, score: 1e-7, relevant: true, targets: [], sentences: [
                .init(text: "Pelatihan las — “berhasil” 😀", score: 3, hits: []),
                .init(text: "", score: 0.1 + 0.2, hits: [.init(surface: "ok", term: "ok", weight: 2.5)]),
            ], needsResponse: true, priority: 42),
        ]
        for tone in tones {
            let json = ToneJSON.encode(tone)
            let decoded = try JSONDecoder().decode(ToneResult.self, from: Data(json.utf8))
            #expect(decoded == tone, "\(json)")
            // The same object as JSONEncoder's, key for key (search matches `"targets":[`).
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let reference = try JSONSerialization.jsonObject(with: try encoder.encode(tone)) as? NSDictionary
            #expect(object == reference)
            #expect(json.contains("\"targets\":["))
        }
    }

    @Test func keywordRowsRoundTrip() {
        let keywords: [(term: String, weight: Double)] = [("rusuh", 7.25), ("serang", 1.0 / 3.0), ("ñandú", 0.01)]
        let decoded = KeywordRow.decode(KeywordRow.encode(keywords))
        #expect(decoded.map(\.term) == ["rusuh", "serang", "ñandú"])
        #expect(decoded.map(\.weight) == keywords.map(\.weight))
        #expect(KeywordRow.decode("tanpa-bobot\nrusuh\t2\n\t").map(\.term) == ["rusuh"])
    }

    @Test func wordsAreCutAsBefore() {
        var words: [String] = []
        StoryKeywords.forEachWord("Napi-napi KABUR, ke Lapas-2B; Tahanán “ricuh” di 2026 ab 12 SÉRANG x") { words.append($0) }
        #expect(words == ["napi", "napi", "kabur", "lapas", "tahanán", "ricuh", "2026", "sérang"])
    }

    /// Another process's writes (here: a second store on the same file) are seen: the
    /// memory reloads instead of clustering against stale state.
    @Test func clusteringFollowsWritesOfOtherConnections() throws {
        let path = ArchiveStoreTests.temporaryPath()
        let first = try ArchiveStore(path: path)
        let source = try first.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let seen = Date()
        let story = "Tiga narapidana Lapas Cipinang kabur dengan menjebol teralis kamar mandi blok C pada Senin dini hari."
        try first.insert([ArchiveStoreTests.article("https://a.id/1", title: "Tiga napi Cipinang kabur jebol teralis", text: story, source: source.id)], seenAt: seen)
        let second = try ArchiveStore(path: path)
        try second.insert([ArchiveStoreTests.article("https://b.id/1", title: "Tiga napi kabur dari Lapas Cipinang",
                                                     text: story + " Polisi memburu ketiganya.", source: source.id)], seenAt: seen)
        // The first store has not seen b.id/1; a third copy must still join the same story.
        try first.insert([ArchiveStoreTests.article("https://c.id/1", title: "Napi Cipinang kabur jebol teralis kamar mandi",
                                                    text: story + " Ketiganya masih diburu polisi.", source: source.id)], seenAt: seen)
        let clusters = try first.articles(firstSeenIn: DateInterval(start: seen.addingTimeInterval(-60), duration: 120)).map(\.clusterID)
        #expect(clusters.count == 3)
        #expect(Set(clusters).count == 1)
    }

    /// An article published long before it was seen still joins copies stored back then.
    @Test func oldArticleFindsCopiesOutsideTheMemoryWindow() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let then = Date().addingTimeInterval(-60 * 86400)
        let story = "Kerusuhan pecah di Rutan Bireuen setelah razia telepon genggam; dua petugas luka dan satu sel terbakar."
        var original = ArchiveStoreTests.article("https://a.id/1", title: "Rusuh di Rutan Bireuen", text: story, source: source.id)
        original.article.published = then
        try store.insert([original], seenAt: then)
        // Many other stories later, so the memory window starts long after `then`.
        try store.insert([ArchiveStoreTests.article("https://a.id/2", title: "Pelatihan las di Lapas Tangerang",
                                                    text: "Warga binaan Lapas Tangerang mengikuti pelatihan las selama sebulan.", source: source.id, label: .positive)],
                         seenAt: Date())
        var late = ArchiveStoreTests.article("https://b.id/1", title: "Rutan Bireuen rusuh usai razia",
                                             text: story + " Situasi kini terkendali.", source: source.id)
        late.article.published = then.addingTimeInterval(3600)
        try store.insert([late], seenAt: Date())
        let all = try store.articles(firstSeenIn: DateInterval(start: then.addingTimeInterval(-60), end: Date().addingTimeInterval(60)))
        let byURL = Dictionary(uniqueKeysWithValues: all.map { ($0.url, $0.clusterID) })
        #expect(byURL["https://b.id/1"] == byURL["https://a.id/1"])
        #expect(byURL["https://a.id/2"] != byURL["https://a.id/1"])
    }

    @Test func onlyTextChangesReindex() throws {
        let path = ArchiveStoreTests.temporaryPath()
        let store = try ArchiveStore(path: path)
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([ArchiveStoreTests.article("https://a.id/1", title: "Napi kabur", text: "Dua napi kabur dari lapas.", source: source.id)], seenAt: Date())
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: IndonesianTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            try db.execute(sql: "UPDATE article SET pageType = 'article', language = 'id' WHERE id = 1")
            try db.execute(sql: "UPDATE article SET text = 'Kerusuhan pecah di blok hunian.' WHERE id = 1")
        }
        try queue.close()
        #expect(try store.search(try SearchQuery.parse("rusuh")).count == 1)
        #expect(try store.search(try SearchQuery.parse("lapas")).isEmpty)
        #expect(try store.search(try SearchQuery.parse("kabur")).count == 1) // still in the title
    }
}
