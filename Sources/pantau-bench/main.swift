// pantau-bench: benchmarks that need a generated archive (release build).
//
//   pantau-bench digest [--articles 5000] [--lexicons Lexicons]
//       Fills a fresh database with a synthetic day of N articles (plus 29 days of
//       history for the trends) and times building the digest and writing all four
//       formats. Goal (issue 7): ≤ 2 s for 5,000 articles, HTML ≤ 1 MB.
//
//   pantau-bench archive --size 100000 [--queries Benchmarks/search-queries.txt]
//       Generates a synthetic archive (30 outlets, stories told in 1–5 reworded copies),
//       times ingest with FTS and clustering on, then the fixed queries sorted by date and
//       by relevance (p50/p95), and reports the database size per article. Removes the
//       archive afterwards. Goals (issue 6): ≥ 5,000 articles/s; p95 ≤ 100 ms at 1M.
//       With --archive PATH the archive is kept there, and an existing one is only
//       queried (for working on search without regenerating a million articles).
import CMalloc
import Foundation
import PantauCore
import PantauPipeline
import PantauReport
import PantauSentiment
import PantauStore

struct BenchError: Error, CustomStringConvertible { let description: String }

func option(_ name: String, _ fallback: String) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    return fallback
}

/// Synthetic Indonesian news: stories about units, each told by several outlets in
/// reworded copies, with crisis, complaint, achievement and unrelated topics mixed in.
struct SyntheticNews {
    var generator = SystemRandomNumberGenerator()
    static let units = ["Lapas Serang", "Rutan Pandeglang", "Lapas Tangerang", "Rutan Serang", "Lapas Cilegon", "LPKA Tangerang",
                        "Lapas Rangkasbitung", "Rutan Tangerang", "Bapas Serang", "Lapas Pemuda Tangerang"]
    static let negative = [
        "Dua napi %@ kabur setelah menggergaji teralis jendela sel dan memanjat tembok.",
        "Kerusuhan pecah di %@, kasur dibakar dan pintu blok rusak berat.",
        "Keluarga tahanan %@ mengeluhkan pungli uang kamar oleh oknum petugas.",
        "Jaringan sabu dikendalikan dari dalam %@, BNN menyita barang bukti.",
        "Tahanan %@ meninggal dunia, keluarga mempertanyakan luka lebam di tubuhnya.",
        "Hunian %@ kelebihan kapasitas hingga tiga kali lipat dari daya tampung.",
    ]
    static let positive = [
        "Warga binaan %@ menerima sertifikat pelatihan las, menjahit dan barista.",
        "%@ meraih predikat Wilayah Bebas dari Korupsi dari KemenPAN-RB.",
        "Petugas %@ menggagalkan penyelundupan sabu dalam kiriman makanan.",
        "Pesantren %@ mewisuda empat puluh santri warga binaan.",
        "Produk karya warga binaan %@ laris manis di pameran UMKM.",
    ]
    static let neutral = [
        "%@ mengumumkan jadwal layanan kunjungan tatap muka pekan depan.",
        "Kepala %@ menerima kunjungan mahasiswa fakultas hukum.",
    ]
    static let other = [
        "Truk tronton mogok di tol, kemacetan mengular delapan kilometer.",
        "Festival kuliner khas daerah meramaikan alun-alun kota.",
        "Sungai meluap, ratusan rumah terendam banjir setinggi satu meter.",
    ]
    static let filler = [
        "Peristiwa itu terjadi pada %d November sekitar pukul %d.00 WIB.",
        "Kepala unit mengatakan pihaknya telah berkoordinasi dengan aparat setempat.",
        "Sebanyak %d orang dimintai keterangan terkait kejadian tersebut.",
        "Warga sekitar mengaku mendengar suara gaduh dari arah gedung.",
        "Pihak kantor wilayah menyatakan akan melakukan evaluasi menyeluruh.",
    ]

    /// A story: its lead sentence (with a unit and a distinguishing number) and fillers.
    mutating func story(_ n: Int) -> (title: String, sentences: [String]) {
        let unit = Self.units[n % Self.units.count]
        let pool = [Self.negative, Self.positive, Self.neutral, Self.other][[0, 0, 1, 1, 2, 3][n % 6]]
        let lead = String(format: pool[(n / 6) % pool.count], unit)
        // Names, a village and figures of its own: what tells one real story from another.
        let syllables = ["ba", "di", "ku", "ra", "se", "to", "wa", "ni", "lo", "ha", "mu", "pe", "ja", "go", "ri", "yu", "de", "sa", "ko", "ma"]
        func name(_ k: Int) -> String {
            let a = syllables[k % 20], b = syllables[(k / 20) % 20], c = syllables[(k / 400) % 20]
            return (a + b + c).capitalized
        }
        let person = name(n * 7 + 1), village = name(n * 13 + 5), other = name(n * 3 + 11)
        let title = "\(lead.prefix(60)), \(person) dari \(village) Diperiksa"
        var sentences = [lead,
                         "\(person) bin \(other), warga Desa \(village), disebut terlibat dalam peristiwa itu.",
                         "Menurut \(other), kerugian ditaksir mencapai Rp \(n % 97 + 3) juta."]
        for i in 0..<8 {
            sentences.append(String(format: Self.filler[(n + i) % Self.filler.count], Int.random(in: 1...30, using: &generator), Int.random(in: 1...23, using: &generator)))
        }
        sentences.append("Kode kejadian \(n) tercatat di buku register nomor \(n * 7 + 3).")
        return (title, sentences)
    }
}

func fill(store: ArchiveStore, analyzer: ToneAnalyzer, version: String, day: DateInterval, count: Int, storyBase: Int) throws {
    var news = SyntheticNews()
    var sources: [Int64] = []
    for i in 0..<40 {
        let s = try store.register(Source(feedURL: "http://bench.invalid/\(i)/rss", title: "Media \(i)",
                                          category: i < 4 ? "resmi" : (i < 20 ? "nasional" : "regional"), tier: 1 + i % 3))
        sources.append(s.id)
    }
    let stories = max(1, count / 3)
    var batch: [NewArticle] = []
    for i in 0..<count {
        let storyID = storyBase + (i % stories)
        let (title, sentences) = news.story(storyID)
        let text = sentences.shuffled().joined(separator: " ")
        let seen = day.start.addingTimeInterval(day.duration * Double(i) / Double(count))
        let article = ExtractedArticle(title: title, text: text, published: seen)
        let tone = analyzer.analyze(title: title, text: text)
        batch.append(.init(url: "http://bench.invalid/\(i % 40)/\(storyBase)-\(i)", sourceID: sources[i % 40], guid: nil,
                           article: article, summary: nil, tone: tone, lexiconVersion: version))
        if batch.count == 100 || i == count - 1 {
            try store.insert(batch, seenAt: seen)
            batch.removeAll()
        }
    }
}

func benchDigest() throws {
    let count = Int(option("--articles", "5000")) ?? 5000
    let lexicons = option("--lexicons", "Lexicons")
    let lexicon = try Lexicon.load(from: URL(fileURLWithPath: lexicons))
    let analyzer = ToneAnalyzer(lexicon: lexicon)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = try ArchiveStore(path: dir.appendingPathComponent("bench.sqlite").path)
    guard let today = JakartaTime.dayInterval("2026-11-29") else { throw BenchError(description: "bad day") }
    let setup = Date()
    // 29 days of history (300 articles a day) for the trend chart and comparisons.
    for d in 1...29 {
        let day = DateInterval(start: today.start.addingTimeInterval(-Double(d) * 86_400), duration: 86_400)
        try fill(store: store, analyzer: analyzer, version: lexicon.version, day: day, count: 300, storyBase: 100_000 * d)
    }
    try fill(store: store, analyzer: analyzer, version: lexicon.version, day: today, count: count, storyBase: 0)
    print(String(format: "setup: %d + %d articles in %.1f s", count, 29 * 300, Date().timeIntervalSince(setup)))

    if CommandLine.arguments.contains("--breakdown") {
        let interval = DateInterval(start: today.start, end: today.end)
        var t = Date()
        func lap(_ what: String) { print(String(format: "  %@: %.3f s", what, Date().timeIntervalSince(t))); t = Date() }
        let articles = try store.articles(firstSeenIn: interval); lap("articles(\(articles.count))")
        _ = try store.dailyToneCounts(from: today.start.addingTimeInterval(-29 * 86_400), to: today.end); lap("dailyToneCounts")
        _ = try store.articles(firstSeenIn: DateInterval(start: today.end.addingTimeInterval(-30 * 86_400), end: today.end), label: .positive, limit: 400); lap("positives")
        _ = try store.keywords(of: articles.map(\.id)); lap("keywords")
        _ = try store.termCounts(firstSeenIn: interval); lap("termCounts")
        _ = try store.termCounts(firstSeenIn: DateInterval(start: today.start.addingTimeInterval(-7 * 86_400), end: today.start)); lap("termCounts week")
        print("  largest cluster: \(articles.map(\.clusterSize).max() ?? 0)")
    }
    let themes = try DigestWriter.themes(inLexicons: lexicons)
    let writer = DigestWriter(store: store, themes: themes)
    let period = try DigestWriter.period(date: "2026-11-29", since: nil)
    var times: [Double] = []
    var htmlBytes = 0
    var items = 0
    for _ in 0..<3 {
        let start = Date()
        let digest = try writer.digest(period: period)
        let paths = try writer.write(digest, to: dir.appendingPathComponent("Reports").path)
        times.append(Date().timeIntervalSince(start))
        htmlBytes = (try? FileManager.default.attributesOfItem(atPath: paths[0])[.size] as? Int) ?? 0
        items = digest.perluTanggapan.count
    }
    let best = times.min() ?? 0
    print(String(format: "digest: %d articles in the day, build + 4 formats in %.3f s (best of 3); budget 2 s → %.1f× under; HTML %.0f KB (limit 1 MB: %@); %d stories need a response",
                 count, best, 2 / max(best, 0.001), Double(htmlBytes) / 1024, htmlBytes <= 1_000_000 ? "met" : "NOT met", items))
    print(best <= 2 ? "goal ≤ 2 s: met" : "goal ≤ 2 s: NOT met")
}

/// Words of corrections news by rough frequency class: the generator draws often from the
/// first lists, rarely from the last, giving a Zipf-like spread of content words.
enum Vocabulary {
    static let common = ["lapas", "napi", "petugas", "warga", "binaan", "rutan", "kepala", "tahanan", "kunjungan", "narkoba",
                         "keluarga", "pemasyarakatan", "keamanan", "pembinaan", "kantor", "wilayah", "hukum", "program"]
    static let middle = ["sabu", "kabur", "razia", "pelatihan", "remisi", "pungli", "kapasitas", "hunian", "kesehatan", "sidang",
                         "penyelundupan", "sertifikat", "pesantren", "asimilasi", "integritas", "kerusuhan", "pengawasan",
                         "penghargaan", "layanan", "keterampilan", "polisi", "jaksa", "pengadilan", "korupsi", "produk"]
    static let function = ["yang", "di", "dan", "dari", "untuk", "dengan", "pada", "ini", "itu", "akan", "telah", "oleh", "dalam",
                           "juga", "tersebut", "kata", "menurut", "sebanyak", "sejumlah", "para"]
    static let verbs = ["mengatakan", "menyita", "menggagalkan", "menerima", "menggelar", "memeriksa", "menyerahkan", "mengikuti",
                        "melaporkan", "menyampaikan", "meningkatkan", "membina", "menangkap", "mengeluhkan", "meresmikan"]
    static let places = ["Serang", "Tangerang", "Cilegon", "Pandeglang", "Lebak", "Rangkasbitung", "Bandung", "Jakarta",
                         "Surabaya", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Padang"]
}

struct ArticleGenerator {
    var rng = SplitMix(seed: 42)

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    mutating func pick(_ list: [String]) -> String { list[Int(rng.next() % UInt64(list.count))] }

    mutating func name() -> String {
        let syllables = ["ba", "di", "ku", "ra", "se", "to", "wa", "ni", "lo", "ha", "mu", "pe", "ja", "go", "ri", "yu", "de", "sa", "ko", "ma", "an", "ti"]
        return (pick(syllables) + pick(syllables) + pick(syllables)).capitalized
    }

    /// A story: its facts (names, place, figures) and sentences; copies reword it.
    mutating func story() -> (title: String, sentences: [String]) {
        let person = name(), other = name(), place = pick(Vocabulary.places)
        let unit = ["Lapas", "Rutan", "LPKA", "Bapas"][Int(rng.next() % 4)] + " " + place
        let topic = [pick(Vocabulary.middle), pick(Vocabulary.middle)]
        let title = "\(unit): \(person) \(pick(Vocabulary.verbs)) \(topic[0]) \(topic[1])"
        var sentences: [String] = []
        for _ in 0..<12 {
            var words: [String] = []
            for _ in 0..<(10 + Int(rng.next() % 8)) {
                switch rng.next() % 10 {
                case 0...3: words.append(pick(Vocabulary.function))
                case 4...5: words.append(pick(Vocabulary.common))
                case 6: words.append(pick(Vocabulary.middle))
                case 7: words.append(pick(Vocabulary.verbs))
                case 8: words.append(topic[Int(rng.next() % 2)])
                default: words.append([person, other, unit, place, String(rng.next() % 500)][Int(rng.next() % 5)])
                }
            }
            sentences.append(words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + ".")
        }
        return (title, sentences)
    }
}

func benchArchive() throws {
    let size = Int(option("--size", "100000")) ?? 100_000
    let queriesPath = option("--queries", "Benchmarks/search-queries.txt")
    let queries = try String(contentsOfFile: queriesPath, encoding: .utf8).split(separator: "\n")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    let kept = option("--archive", "")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-bench-\(UUID().uuidString)")
    let path = kept.isEmpty ? dir.appendingPathComponent("archive.sqlite").path : kept
    if kept.isEmpty { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
    defer { if kept.isEmpty { try? FileManager.default.removeItem(at: dir) } }
    let existing = !kept.isEmpty && FileManager.default.fileExists(atPath: kept)
    let store = try ArchiveStore(path: path)
    if existing {
        let count = try store.articleCount()
        print("archive: \(count) articles already in \(kept)")
        let more = Int(option("--more", "0")) ?? 0
        if more > 0 {
            // The marginal ingest rate at this size: `more` articles after the archive's last day.
            let sources = (0..<30).map { Int64($0 + 1) }
            var generator = ArticleGenerator()
            generator.rng = .init(seed: UInt64(count))
            let span = Double(more) / 3000 * 86_400
            let start = Date(timeIntervalSince1970: 1_767_225_600 + 331 * 86_400 + Double(count))
            let (batches, _) = generate(size: more, start: start, span: span, urlPrefix: "http://bench.invalid/m\(count)/",
                                        sources: sources, tones: [ToneResult(label: .neutral, score: 0, relevant: true)],
                                        generator: &generator)
            let t = Date()
            for (i, b) in batches.enumerated() {
                try store.insert(b, seenAt: start.addingTimeInterval(span * Double(i * 500) / Double(more)))
            }
            let seconds = Date().timeIntervalSince(t)
            print(String(format: "archive: %d more articles in %.1f s = %.0f articles/s", more, seconds, Double(more) / seconds))
        }
        try runQueries(queries, store: store)
        return
    }
    var sources: [Int64] = []
    for i in 0..<30 {
        sources.append(try store.register(Source(feedURL: "http://bench.invalid/\(i)/rss", title: "Media \(i)",
                                                 category: i < 3 ? "resmi" : (i < 15 ? "nasional" : "regional"), tier: 1 + i % 3)).id)
    }
    var generator = ArticleGenerator()
    let tones: [ToneResult] = [
        ToneResult(label: .negative, score: -0.7, relevant: true, targets: ["Pemasyarakatan"], sentences: [.init(text: "Napi kabur.", score: -4, hits: [.init(surface: "kabur", term: "kabur", weight: -4)])]),
        ToneResult(label: .neutral, score: 0, relevant: true, targets: ["Pemasyarakatan"]),
        ToneResult(label: .positive, score: 0.6, relevant: true, targets: ["Pemasyarakatan"], sentences: [.init(text: "Pelatihan las.", score: 3, hits: [.init(surface: "pelatihan", term: "latih", weight: 3)])]),
    ]
    // Generate first (not timed), then ingest in batches of 500 as a run would per source.
    let span = 330.0 * 86_400
    // 2026-01-01 on, or (`--ends-now`, for the web view's "today") the 330 days up to now.
    let start = CommandLine.arguments.contains("--ends-now") ? Date().addingTimeInterval(-span)
        : Date(timeIntervalSince1970: 1_767_225_600)
    let (batches, textBytes) = generate(size: size, start: start, span: span, urlPrefix: "http://bench.invalid/a/",
                                        sources: sources, tones: tones, generator: &generator)
    let ingestStart = Date()
    for (i, b) in batches.enumerated() {
        let seen = start.addingTimeInterval(span * Double(i * 500) / Double(size))
        try store.insert(b, seenAt: seen)
    }
    let ingest = Date().timeIntervalSince(ingestStart)
    // The size of the data, not of a write-ahead log between checkpoints.
    try store.checkpoint()
    let bytes = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int }.reduce(0, +)
    print(String(format: "archive: %d articles (%.0f MB of text), ingest %.1f s = %.0f articles/s (goal ≥ 5,000: %@); database %.1f KB/article",
                 size, Double(textBytes) / 1_048_576, ingest, Double(size) / ingest, Double(size) / ingest >= 5000 ? "met" : "NOT met",
                 Double(bytes) / 1024 / Double(size)))
    try runQueries(queries, store: store)
}

/// Stories told in 1–5 reworded copies, `size` articles spread over `span` from `start`,
/// in batches of 500.
func generate(size: Int, start: Date, span: TimeInterval, urlPrefix: String, sources: [Int64], tones: [ToneResult],
              generator: inout ArticleGenerator) -> (batches: [[NewArticle]], textBytes: Int) {
    var batches: [[NewArticle]] = []
    var batch: [NewArticle] = []
    var n = 0
    var textBytes = 0
    while n < size {
        let (title, sentences) = generator.story()
        let copies = 1 + Int(generator.rng.next() % 5)
        let when = start.addingTimeInterval(span * Double(n) / Double(size))
        for c in 0..<copies where n < size {
            var reworded = sentences
            reworded.shuffle(using: &generator.rng)
            let text = reworded.prefix(9 + c % 3).joined(separator: " ")
            textBytes += text.utf8.count
            let article = ExtractedArticle(title: c == 0 ? title : title + " (\(c))", text: text, published: when.addingTimeInterval(Double(c) * 900))
            batch.append(.init(url: urlPrefix + String(n), sourceID: sources[(n * 7 + c) % 30], guid: nil, article: article,
                               summary: nil, tone: tones[n % tones.count], lexiconVersion: "bench"))
            n += 1
            if batch.count == 500 { batches.append(batch); batch.removeAll() }
        }
    }
    if !batch.isEmpty { batches.append(batch) }
    return (batches, textBytes)
}

func runQueries(_ queries: [String], store: ArchiveStore) throws {
    for sortByDate in [true, false] {
        var times: [Double] = []
        var hits = 0
        for q in queries {
            let query = try SearchQuery.parse(q)
            var options = SearchOptions()
            options.sortByDate = sortByDate
            options.limit = 20
            let t = Date()
            hits += try store.search(query, options: options).count
            times.append(Date().timeIntervalSince(t) * 1000)
            if ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil {
                print(String(format: "  %7.1f ms  %@", times.last!, q))
            }
        }
        times.sort()
        let p50 = times[times.count / 2], p95 = times[min(times.count - 1, Int(Double(times.count) * 0.95))]
        print(String(format: "search --sort %@: %d queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms (goal p95 ≤ 100 ms: %@); %d hits",
                     sortByDate ? "date" : "relevance", times.count, p50, p95, times.last ?? 0, p95 <= 100 ? "met" : "NOT met", hits))
    }
}

// The allocator settings of the `pantau` executable (Sources/CMalloc), so the figures are
// those of `pantau run`.
pantau_keep_freed_memory()
do {
    switch CommandLine.arguments.dropFirst().first {
    case "digest": try benchDigest()
    case "archive": try benchArchive()
    default:
        FileHandle.standardError.write(Data("usage: pantau-bench digest [--articles N] [--lexicons DIR] | archive [--size N] [--queries FILE]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("pantau-bench: \(error)\n".utf8))
    exit(1)
}
