// pantau-bench: benchmarks that need a generated archive (release build).
//
//   pantau-bench digest [--articles 5000] [--lexicons Lexicons]
//       Fills a fresh database with a synthetic day of N articles (plus 29 days of
//       history for the trends) and times building the digest and writing all four
//       formats. Goal (issue 7): ≤ 2 s for 5,000 articles, HTML ≤ 1 MB.
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
    var batch: [ArchiveStore.NewArticle] = []
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

do {
    switch CommandLine.arguments.dropFirst().first {
    case "digest": try benchDigest()
    default:
        FileHandle.standardError.write(Data("usage: pantau-bench digest [--articles N] [--lexicons DIR]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("pantau-bench: \(error)\n".utf8))
    exit(1)
}
