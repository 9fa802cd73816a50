import Foundation
import GRDB
import PantauCore
import Testing
@testable import PantauClustering
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

    @Test func onlyTextChangesReindex() throws {
        let path = ArchiveStoreTests.temporaryPath()
        let store = try ArchiveStore(path: path)
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([ArchiveStoreTests.article("https://a.id/1", title: "Napi kabur", text: "Dua napi kabur dari lapas.", source: source.id)], seenAt: Date())
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: IndonesianTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            // Changing other columns writes the article row only (the old any-column
            // trigger also deleted and reinserted the index entry: three changes).
            let before = db.totalChangesCount
            try db.execute(sql: "UPDATE article SET pageType = 'article', language = 'id' WHERE id = 1")
            #expect(db.totalChangesCount - before == 1)
            // The measure sees the index: a title update is the row and the index entry.
            let beforeTitle = db.totalChangesCount
            try db.execute(sql: "UPDATE article SET title = title WHERE id = 1")
            #expect(db.totalChangesCount - beforeTitle > 1)
            try db.execute(sql: "UPDATE article SET text = 'Kerusuhan pecah di blok hunian.' WHERE id = 1")
        }
        try queue.close()
        #expect(try store.search(try SearchQuery.parse("rusuh")).count == 1)
        #expect(try store.search(try SearchQuery.parse("lapas")).isEmpty)
        #expect(try store.search(try SearchQuery.parse("kabur")).count == 1) // still in the title
    }
}

@Suite struct RankingTests {
    @Test func rankingFormula() {
        func match(_ sizes: [Int32], _ hits: [[Int32]]) -> MatchStatistics.Match {
            var values: [Int32] = [Int32(hits.count), Int32(sizes.count)] + sizes
            for h in hits { values += h }
            return MatchStatistics.Match(values.withUnsafeBytes { Data($0) })!
        }
        // Same counts: the shorter document first; equal documents: the newer (first) one.
        let order = RelevanceRanking.order([match([5, 100], [[0, 1]]), match([5, 20], [[0, 1]]), match([5, 20], [[0, 1]])],
                                           columnWeights: [3, 1])
        #expect(order == [1, 2, 0])
        #expect(MatchStatistics.Match(Data([1, 2, 3])) == nil)
        #expect(MatchStatistics.Match([Int32](arrayLiteral: 1, 2, 5).withUnsafeBytes { Data($0) }) == nil)
    }
}

@Suite struct KeywordPathTests {
    /// The writer's byte-level path finds the same terms, as often, as the general one
    /// (the weights and their order are one shared definition: `StoryKeywords.weight`).
    @Test func fastPathEqualsGeneralPath() {
        let texts = [
            ("Napi Kabur dari LAPAS Serang", "Dua narapidana kabur melalui jendela kamar mandi, kata Kepala Lapas Serang. Polisi memburu keduanya; “ricuh” — tidak."),
            ("Tahanán 2026: ŞİŞLİ", "Pelatihan las bagi warga binaan Rutan Tangerang berjalan lancar. Sertifikat diberikan. 12 ab x naïve café-ñandú rusuh-rusuh"),
            ("", ""),
            ("a b c", "1 22 333 4444 dan yang di ke dari"),
        ]
        let roots = StoryKeywords.KeywordRoots()
        for _ in 0..<2 { // the second round reads the caches
            for (title, text) in texts {
                let fast = roots.termIndexFrequencies(title: title, text: text)
                let fastByTerm = Dictionary(uniqueKeysWithValues: fast.map { (roots.terms[Int($0.index)], $0.f) })
                #expect(fastByTerm == StoryKeywords.termFrequencies(title: title, text: text), "\(title)")
            }
        }
        let keywords = StoryKeywords.keywords(title: "Napi kabur", text: "napi kabur lagi", documentFrequency: { _ in 0 }, total: 10)
        #expect(keywords.map(\.term) == ["kabur", "lagi"])
    }
}

/// A full disk, simulated with SQLite's page limit on the writer connection: the batch that
/// does not fit fails with the one-line message, and nothing stored before is lost.
@Suite struct FullDiskTests {
    @Test func aFullDiskLosesNothingStored() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([ArchiveStoreTests.article("https://contoh.id/awal", title: "Napi kabur dari Lapas Serang",
                                                    text: "Dua napi kabur melalui jendela kamar mandi.", source: source.id)], seenAt: Date())
        let pages = try store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        // The file may grow by a few pages only: a batch of long articles cannot fit.
        try store.pool.write { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 4)") }
        let filler = String(repeating: "Petugas memeriksa setiap kamar hunian warga binaan dengan teliti. ", count: 300)
        let big = (0..<20).map { i in
            ArchiveStoreTests.article("https://contoh.id/besar/\(i)", title: "Berita panjang \(i)", text: filler + "Nomor \(i).", source: source.id)
        }
        do {
            try store.insert(big, seenAt: Date())
            Issue.record("the batch fitted")
        } catch {
            #expect(error.message.contains("disk penuh"), "\(error.message)")
            #expect(!error.message.contains("\n"))
        }
        #expect(try store.articleCount() == 1)
        #expect(try store.search(try SearchQuery.parse("kabur")).map(\.article.url) == ["https://contoh.id/awal"])
        // Space again: the next run stores the batch (the clustering memory was reloaded).
        try store.pool.write { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        #expect(try store.insert(big, seenAt: Date()) == 20)
        #expect(try store.articleCount() == 21)
    }
}

@Suite struct ForeignFileTests {
    /// A file that is not SQLite, even one byte long, is refused and left as it was.
    @Test(arguments: [Data("x".utf8), Data("Laporan harian Lapas Serang\n".utf8), Data(repeating: 0x25, count: 4096)])
    func aForeignFileIsNeverOverwritten(_ content: Data) throws {
        let path = ArchiveStoreTests.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(to: URL(fileURLWithPath: path))
        do {
            _ = try ArchiveStore(path: path)
            Issue.record("opened a foreign file")
        } catch {
            #expect(error.message.contains("bukan basis data Pantau"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        // An empty file is a new database, as SQLite has it.
        let empty = path + ".kosong"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try ArchiveStore(path: empty).articleCount() == 0)
    }
}
