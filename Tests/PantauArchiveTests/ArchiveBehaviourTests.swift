import Foundation
import PantauCore
import Testing

// The archive's behaviour, whichever backend holds it: each test runs on SQLite and on
// PostgreSQL.

@Suite struct ArchiveBasicsTests {
    @Test(arguments: Backend.allCases) func insertTwiceStoresOnce(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let a = Sample.article("https://contoh.id/1", title: "Napi kabur", text: "Dua napi kabur dari lapas.", source: source.id)
        #expect(try store.insert([a], seenAt: Date()) == 1)
        #expect(try store.insert([a], seenAt: Date()) == 0)
        #expect(try store.articleCount() == 1)
        #expect(try store.contains(url: "https://contoh.id/1"))
    }

    @Test(arguments: Backend.allCases) func fullTextSearchFindsByWord(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([
            Sample.article("https://contoh.id/1", title: "Napi kabur dari Lapas Serang", text: "Petugas memburu dua napi.", source: source.id),
            Sample.article("https://contoh.id/2", title: "Pelatihan las", text: "Warga binaan belajar mengelas.", source: source.id, label: .positive),
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

    @Test(arguments: Backend.allCases) func readOnlyOpenNeverCreates(_ backend: Backend) throws {
        let location = try backend.newLocation()
        #expect(throws: ArchiveError.self) { try backend.open(location, create: false) }
        if backend == .sqlite { #expect(!FileManager.default.fileExists(atPath: location)) }
        // Nothing was created: a second read-only open still finds no archive.
        #expect(throws: ArchiveError.self) { try backend.open(location, create: false) }
    }

    @Test(arguments: Backend.allCases) func articlesByFirstSeenDay(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let seen = try #require(DateParser.parse("2026-11-28T18:00:00Z")) // 01:00 WIB on the 29th
        try store.insert([Sample.article("https://contoh.id/1", title: "A", text: "a", source: source.id)], seenAt: seen)
        #expect(try store.articles(firstSeenIn: try #require(JakartaTime.dayInterval("2026-11-29"))).count == 1)
        #expect(try store.articles(firstSeenIn: try #require(JakartaTime.dayInterval("2026-11-28"))).isEmpty)
    }
}

@Suite struct IndonesianSearchTests {
    @Test(arguments: Backend.allCases) func rootsMatchDerivedForms(_ backend: Backend) throws {
        let store = try Sample.archive(backend)
        #expect(try Sample.urls(store, "rusuh") == ["https://contoh.id/1"])
        #expect(try Sample.urls(store, "ricuh").isEmpty)
        #expect(try Sample.urls(store, "latih") == ["https://lain.id/3"])
        #expect(Stemmer.root("kerusuhan") == "rusuh" && Stemmer.root("dikendalikan") == "kendali" && Stemmer.root("menyuap") == "suap")
        #expect(try !store.indexNeedsRebuild())
        #expect(try store.rebuildIndex() == 3)
        #expect(try Sample.urls(store, "rusuh") == ["https://contoh.id/1"])
    }

    @Test(arguments: Backend.allCases) func operatorsAndFilters(_ backend: Backend) throws {
        let store = try Sample.archive(backend)
        #expect(try Sample.urls(store, "napi NEAR/3 kabur") == ["https://contoh.id/2"])
        #expect(try Sample.urls(store, "title:serang") == ["https://contoh.id/2"])
        #expect(try Sample.urls(store, "serang source:lain") == ["https://lain.id/3"])
        #expect(try Sample.urls(store, "serang tone:negative") == ["https://contoh.id/2"])
        #expect(try Sample.urls(store, "lapas -kabur") == ["https://lain.id/3"])
        #expect(try Sample.urls(store, "napi*").count == 2)
        // A prefix of a derived form finds it through its root, also in a column and in
        // both sort orders; inside NEAR the prefix stays as typed.
        #expect(try Sample.urls(store, "kerusuh*") == ["https://contoh.id/1"])
        #expect(try Sample.urls(store, "pelatih*") == ["https://lain.id/3"])
        #expect(try Sample.urls(store, "title:kerusuh*") == ["https://contoh.id/1"])
        var byDate = SearchOptions()
        byDate.sortByDate = true
        #expect(try store.search(try SearchQuery.parse("kerusuh*"), options: byDate).map(\.article.url) == ["https://contoh.id/1"])
        #expect(try Sample.urls(store, "napi* NEAR/3 kabur") == ["https://contoh.id/2"])
        #expect(throws: ArchiveError.self) { try store.search(try SearchQuery.parse("kabur OR source:lain")) }
    }
}

@Suite struct CurationTests {
    @Test(arguments: Backend.allCases) func labelsWinAndSurviveRescoringResponsesKeepHistory(_ backend: Backend) throws {
        let store = try Sample.archive(backend)
        let day = DateInterval(start: .distantPast, end: .distantFuture)
        let napi = try #require(try store.articles(firstSeenIn: day).first { $0.url.hasSuffix("/2") })
        #expect(napi.tone.label == .negative)
        try store.addLabel("neutral", to: .article(napi.id), note: "berita rutin")
        var again = try #require(try store.articles(firstSeenIn: day).first { $0.id == napi.id })
        #expect(again.tone.label == .neutral && again.correction == "neutral")
        // Rescoring replaces the scorer's tone, not the officer's label.
        try store.updateTone([(napi.id, ToneResult(label: .negative, score: -0.9, relevant: true))], lexiconVersion: "baru")
        again = try #require(try store.articles(firstSeenIn: day).first { $0.id == napi.id })
        #expect(again.tone.label == .neutral)
        // A cluster label applies to every copy.
        let cluster = try #require(again.clusterID)
        try store.addLabel("irrelevant", to: .cluster(cluster), note: nil)
        #expect(try store.articles(firstSeenIn: day).first { $0.id == napi.id }?.tone.relevant == true) // article label still wins
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

@Suite struct ArchiveClusteringTests {
    /// Another process's writes (here: a second store on the same file) are seen: the
    /// memory reloads instead of clustering against stale state.
    @Test(arguments: Backend.allCases) func clusteringFollowsWritesOfOtherConnections(_ backend: Backend) throws {
        let location = try backend.newLocation()
        let first = try backend.open(location)
        let source = try first.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let seen = Date()
        try first.insert([Sample.article("https://a.id/1", title: "Tiga napi Cipinang kabur jebol teralis",
                                                    text: "Tiga narapidana Lapas Cipinang kabur dengan menjebol teralis kamar mandi blok C pada Senin dini hari.",
                                                    source: source.id)], seenAt: seen)
        // Another story, written by the second store only.
        let training = "Empat puluh warga binaan Rutan Pandeglang menerima sertifikat pelatihan las dan menjahit dari balai latihan kerja."
        let second = try backend.open(location)
        try second.insert([Sample.article("https://b.id/1", title: "Warga binaan Pandeglang lulus pelatihan las",
                                                     text: training, source: source.id)], seenAt: seen)
        // A copy of b's story, stored by the first: only a reloaded memory knows b.
        try first.insert([Sample.article("https://c.id/1", title: "Warga binaan Pandeglang lulus pelatihan las",
                                                    text: training, source: source.id)], seenAt: seen)
        let stored = try first.articles(firstSeenIn: DateInterval(start: seen.addingTimeInterval(-60), duration: 120))
        let cluster = Dictionary(uniqueKeysWithValues: stored.map { ($0.url, $0.clusterID) })
        #expect(stored.count == 3)
        #expect(cluster["https://c.id/1"] == cluster["https://b.id/1"])
        #expect(cluster["https://c.id/1"] != cluster["https://a.id/1"])
    }

    /// An article published long before it was seen still joins copies stored back then.
    @Test(arguments: Backend.allCases) func oldArticleFindsCopiesOutsideTheMemoryWindow(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let then = Date().addingTimeInterval(-60 * 86400)
        let story = "Kerusuhan pecah di Rutan Bireuen setelah razia telepon genggam; dua petugas luka dan satu sel terbakar."
        var original = Sample.article("https://a.id/1", title: "Rusuh di Rutan Bireuen", text: story, source: source.id)
        original.article.published = then
        try store.insert([original], seenAt: then)
        // Many other stories later, so the memory window starts long after `then`.
        try store.insert([Sample.article("https://a.id/2", title: "Pelatihan las di Lapas Tangerang",
                                                    text: "Warga binaan Lapas Tangerang mengikuti pelatihan las selama sebulan.", source: source.id, label: .positive)],
                         seenAt: Date())
        var late = Sample.article("https://b.id/1", title: "Rutan Bireuen rusuh usai razia",
                                             text: story + " Situasi kini terkendali.", source: source.id)
        late.article.published = then.addingTimeInterval(3600)
        try store.insert([late], seenAt: Date())
        let all = try store.articles(firstSeenIn: DateInterval(start: then.addingTimeInterval(-60), end: Date().addingTimeInterval(60)))
        let byURL = Dictionary(uniqueKeysWithValues: all.map { ($0.url, $0.clusterID) })
        #expect(byURL["https://b.id/1"] == byURL["https://a.id/1"])
        #expect(byURL["https://a.id/2"] != byURL["https://a.id/1"])
    }
}

/// Search plans at the scale of an archive: the early stops must not change the answer.
@Suite struct SearchPlanTests {
    /// Date order read newest-first from the index equals sorting every match, with
    /// publication dates before, long before and (wrongly) after the time first seen.
    @Test(arguments: Backend.allCases) func newestFirstEqualsAFullSort(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        var expected: [(url: String, date: Date, order: Int)] = []
        var rng = SystemRandomNumberGenerator()
        for batch in 0..<12 {
            let seen = start.addingTimeInterval(Double(batch) * 3600)
            var items: [NewArticle] = []
            for i in 0..<40 {
                let n = batch * 40 + i
                var item = Sample.article("https://contoh.id/\(n)", title: "Berita \(n)",
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

    @Test(arguments: Backend.allCases) func relevanceWeighsTitleAndRepetition(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let filler = Array(repeating: "Petugas memeriksa kamar hunian setiap pagi.", count: 8).joined(separator: " ")
        try store.insert([
            Sample.article("https://contoh.id/sekali", title: "Kegiatan harian", text: filler + " Satu napi sempat mencoba kabur.", source: source.id),
            Sample.article("https://contoh.id/judul", title: "Napi kabur dari lapas", text: filler, source: source.id),
            Sample.article("https://contoh.id/sering", title: "Kegiatan harian", text: "Kabur, kabur, kabur: tiga napi kabur. " + filler, source: source.id),
            Sample.article("https://contoh.id/lain", title: "Pelatihan las", text: filler, source: source.id, label: .positive),
        ], seenAt: Date())
        let hits = try store.search(try SearchQuery.parse("kabur")).map(\.article.url)
        #expect(hits.count == 3)
        #expect(hits.last == "https://contoh.id/sekali")
        // An OR query: the rarer word of the window weighs more.
        let either = try store.search(try SearchQuery.parse("kabur OR pelatihan")).map(\.article.url)
        #expect(either.first == "https://contoh.id/lain")
    }
}

@Suite struct SearchOrderTests {
    /// Sources stored concurrently take the writer in turn: a batch seen a little earlier
    /// can get the higher ids. Date order is still right.
    @Test(arguments: Backend.allCases) func aBatchStoredLateStillSortsByTime(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let ten = Date(timeIntervalSince1970: 1_780_000_000)
        func batch(_ prefix: String, _ count: Int) -> [NewArticle] {
            (0..<count).map { i in
                var item = Sample.article("https://contoh.id/\(prefix)/\(i)", title: "Napi kabur \(prefix) \(i)",
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
    @Test(arguments: Backend.allCases) func aPrefixFindsItsDerivedWord(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([Sample.article("https://contoh.id/1", title: "Kelas di lapas",
                                                    text: "Pembelajaran paket C bagi warga binaan dimulai pekan ini.", source: source.id)],
                         seenAt: Date())
        #expect(try store.search(try SearchQuery.parse("pembelajar*")).count == 1)
        #expect(try store.search(try SearchQuery.parse("pembelajaran")).count == 1)
    }
}
