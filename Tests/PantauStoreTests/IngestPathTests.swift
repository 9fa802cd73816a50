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
                       incident: "keamanan", severity: 3,
                       frames: [.init(kind: .exposure, label: .negative, agent: "polisi \"resor\"", action: "ditangkap",
                                      object: "napi", headline: true, weight: -3),
                                .init(kind: .routine, label: .neutral, action: "remisi")]),
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
        try first.insert([ArchiveStoreTests.article("https://a.id/1", title: "Tiga napi Cipinang kabur jebol teralis",
                                                    text: "Tiga narapidana Lapas Cipinang kabur dengan menjebol teralis kamar mandi blok C pada Senin dini hari.",
                                                    source: source.id)], seenAt: seen)
        // Another story, written by the second store only.
        let training = "Empat puluh warga binaan Rutan Pandeglang menerima sertifikat pelatihan las dan menjahit dari balai latihan kerja."
        let second = try ArchiveStore(path: path)
        try second.insert([ArchiveStoreTests.article("https://b.id/1", title: "Warga binaan Pandeglang lulus pelatihan las",
                                                     text: training, source: source.id)], seenAt: seen)
        // A copy of b's story, stored by the first: only a reloaded memory knows b.
        try first.insert([ArchiveStoreTests.article("https://c.id/1", title: "Warga binaan Pandeglang lulus pelatihan las",
                                                    text: training, source: source.id)], seenAt: seen)
        let stored = try first.articles(firstSeenIn: DateInterval(start: seen.addingTimeInterval(-60), duration: 120))
        let cluster = Dictionary(uniqueKeysWithValues: stored.map { ($0.url, $0.clusterID) })
        #expect(stored.count == 3)
        #expect(cluster["https://c.id/1"] == cluster["https://b.id/1"])
        #expect(cluster["https://c.id/1"] != cluster["https://a.id/1"])
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

/// Search plans at the scale of an archive: the early stops must not change the answer.
@Suite struct SearchPlanTests {
    /// Date order read newest-first from the index equals sorting every match, with
    /// publication dates before, long before and (wrongly) after the time first seen.
    @Test func newestFirstEqualsAFullSort() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        var expected: [(url: String, date: Date, order: Int)] = []
        var rng = SystemRandomNumberGenerator()
        for batch in 0..<12 {
            let seen = start.addingTimeInterval(Double(batch) * 3600)
            var items: [NewArticle] = []
            for i in 0..<40 {
                let n = batch * 40 + i
                var item = ArchiveStoreTests.article("https://contoh.id/\(n)", title: "Berita \(n)",
                                                     text: (n % 3 == 0 ? "Napi kabur dari lapas. " : "Pelatihan warga binaan. ") + "Nomor \(n).",
                                                     source: source.id)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: item.article.published = nil
                case 1: item.article.published = seen.addingTimeInterval(-Double.random(in: 0..<7200, using: &rng))
                case 2: item.article.published = seen.addingTimeInterval(-Double.random(in: 0..<(40 * 86400), using: &rng))
                default: item.article.published = seen.addingTimeInterval(Double.random(in: 1..<86400, using: &rng)) // wrong: after seen
                }
                items.append(item)
                if n % 3 == 0 {
                    expected.append((item.url, min(item.article.published ?? seen, seen), n))
                }
            }
            try store.insert(items, seenAt: seen)
        }
        // Dates are stored to the millisecond: compare at that precision.
        func ms(_ d: Date) -> Int64 { Int64((d.timeIntervalSince1970 * 1000).rounded(.down)) }
        let sorted = expected.sorted { (ms($0.date), $0.order) > (ms($1.date), $1.order) }.map(\.url)
        for limit in [1, 5, 20, 160, 500] {
            var options = SearchOptions()
            options.sortByDate = true
            options.limit = limit
            let hits = try store.search(try SearchQuery.parse("kabur"), options: options).map(\.article.url)
            #expect(hits == Array(sorted.prefix(limit)), "limit \(limit)")
        }
        // --until starts below the articles first seen since then.
        var options = SearchOptions()
        options.sortByDate = true
        options.limit = 1000
        options.until = start.addingTimeInterval(6 * 3600)
        let early = try store.search(try SearchQuery.parse("kabur"), options: options).map(\.article.url)
        #expect(early.count == 80 && early.allSatisfy { Int($0.split(separator: "/").last!)! < 240 })
    }

    @Test func relevanceWeighsTitleAndRepetition() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let filler = Array(repeating: "Petugas memeriksa kamar hunian setiap pagi.", count: 8).joined(separator: " ")
        try store.insert([
            ArchiveStoreTests.article("https://contoh.id/sekali", title: "Kegiatan harian", text: filler + " Satu napi sempat mencoba kabur.", source: source.id),
            ArchiveStoreTests.article("https://contoh.id/judul", title: "Napi kabur dari lapas", text: filler, source: source.id),
            ArchiveStoreTests.article("https://contoh.id/sering", title: "Kegiatan harian", text: "Kabur, kabur, kabur: tiga napi kabur. " + filler, source: source.id),
            ArchiveStoreTests.article("https://contoh.id/lain", title: "Pelatihan las", text: filler, source: source.id, label: .positive),
        ], seenAt: Date())
        let hits = try store.search(try SearchQuery.parse("kabur")).map(\.article.url)
        #expect(hits.count == 3)
        #expect(hits.last == "https://contoh.id/sekali")
        // An OR query: the rarer word of the window weighs more.
        let either = try store.search(try SearchQuery.parse("kabur OR pelatihan")).map(\.article.url)
        #expect(either.first == "https://contoh.id/lain")
    }

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

@Suite struct SearchOrderTests {
    /// Sources stored concurrently take the writer in turn: a batch seen a little earlier
    /// can get the higher ids. Date order is still right.
    @Test func aBatchStoredLateStillSortsByTime() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let ten = Date(timeIntervalSince1970: 1_780_000_000)
        func batch(_ prefix: String, _ count: Int) -> [NewArticle] {
            (0..<count).map { i in
                var item = ArchiveStoreTests.article("https://contoh.id/\(prefix)/\(i)", title: "Napi kabur \(prefix) \(i)",
                                                     text: "Napi kabur dari lapas, nomor \(prefix)\(i).", source: source.id)
                item.article.published = nil
                return item
            }
        }
        // Seen at 10:00 but stored first; then two batches seen a few minutes earlier.
        try store.insert(batch("a", 300), seenAt: ten)
        try store.insert(batch("b", 150), seenAt: ten.addingTimeInterval(-300))
        try store.insert(batch("c", 150), seenAt: ten.addingTimeInterval(-180))
        var options = SearchOptions()
        options.sortByDate = true
        options.limit = 5
        let hits = try store.search(try SearchQuery.parse("kabur"), options: options).map(\.article.url)
        #expect(hits.count == 5 && hits.allSatisfy { $0.contains("/a/") }, "\(hits)")
    }

    /// A prefix whose root is not its own root ("pembelajar" → "belajar" → "lajar") still
    /// finds the derived word.
    @Test func aPrefixFindsItsDerivedWord() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([ArchiveStoreTests.article("https://contoh.id/1", title: "Kelas di lapas",
                                                    text: "Pembelajaran paket C bagi warga binaan dimulai pekan ini.", source: source.id)],
                         seenAt: Date())
        #expect(try store.search(try SearchQuery.parse("pembelajar*")).count == 1)
        #expect(try store.search(try SearchQuery.parse("pembelajaran")).count == 1)
    }
}
