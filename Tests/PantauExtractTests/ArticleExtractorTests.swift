import Foundation
import PantauCore
import Testing
@testable import PantauExtract

/// Golden-text tests over Indonesian article pages written for the project in the shape of
/// national outlets' templates (see Fixtures/README.md).
@Suite struct ArticleExtractorTests {
    static let names = ["detik-napi-kabur", "kompas-pelatihan-las", "antara-remisi-natal", "tribun-pungli-rutan",
                        "liputan6-sabu-lapas", "okezone-overkapasitas", "foto-rutan-bontoala", "kunjungan-lapas-serang",
                        "fakta-petugas-lapas"]

    struct Meta: Decodable {
        var title: String
        var published: String
    }

    static func load(_ name: String, _ ext: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// Bag-of-words precision and recall of `got` against `gold`.
    static func overlap(_ got: String, _ gold: String) -> (precision: Double, recall: Double) {
        func words(_ s: String) -> [String: Int] {
            var bag: [String: Int] = [:]
            for w in s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) { bag[String(w), default: 0] += 1 }
            return bag
        }
        let g = words(gold), p = words(got)
        let tp = g.reduce(0) { $0 + min($1.value, p[$1.key] ?? 0) }
        return (Double(tp) / Double(max(1, p.values.reduce(0, +))), Double(tp) / Double(max(1, g.values.reduce(0, +))))
    }

    @Test(arguments: names)
    func mainTextMatchesGolden(_ name: String) throws {
        let article = try ArticleExtractor().extract(try Self.load(name, "html"), url: "https://contoh.id/\(name)")
        let gold = String(decoding: try Self.load(name, "txt"), as: UTF8.self)
        #expect(!article.text.isEmpty)
        let (precision, recall) = Self.overlap(article.text, gold)
        #expect(recall >= 0.97, "recall \(recall)")
        #expect(precision >= 0.85, "precision \(precision)")
        #expect(!article.text.lowercased().contains("baca juga"))
        // Paragraphs stay paragraphs.
        let goldParagraphs = gold.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(article.paragraphs.count >= goldParagraphs.count)
        #expect(article.paragraphs.contains(goldParagraphs[0]))
    }

    @Test(arguments: names)
    func titleAndPublishedDate(_ name: String) throws {
        let article = try ArticleExtractor().extract(try Self.load(name, "html"))
        let meta = try JSONDecoder().decode(Meta.self, from: try Self.load(name, "meta.json"))
        #expect(article.title == meta.title)
        let expected = try #require(DateParser.parse(meta.published))
        #expect(article.published == expected, "\(name): \(String(describing: article.published)) via \(article.publishedSource ?? "-")")
    }

    @Test func emptyAndNonHTMLInput() throws {
        #expect(throws: ExtractError.self) { try ArticleExtractor().extract(Data()) }
        // Binary junk still yields a result or a clear error, never a crash.
        let junk = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        _ = try? ArticleExtractor().extract(junk)
    }

    @Test func deeplyNestedPageDoesNotCrash() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Teks dalam sekali, cukup panjang untuk menjadi paragraf berita.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // Nesting past 256 is flattened, not cut: the paragraph at the bottom is still read.
        let article = try ArticleExtractor().extract(Data(html.utf8))
        #expect(article.text.contains("Teks dalam sekali"))
    }

    @Test func inlineFurnitureLinesOfIndonesianOutlets() {
        for line in ["Baca juga: Napi kabur dari Lapas Serang", "Pilihan Editor: Remisi Natal untuk 200 napi",
                     "Simak Video Pilihan Berikut Ini:", "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
                     "Follow Berita Okezone di Google News", "Artikel ini telah tayang di Tribunnews.com",
                     "Rep: Dessy Suciati Red: Andri", "ADVERTISEMENT", "Ikuti kami di Google News"] {
            #expect(Boilerplate.isFurnitureLine(line), "\(line)")
        }
        for line in ["Pilihan warga binaan jatuh pada pelatihan las.", "Simak, kata Kalapas, bukan sekadar mendengar.",
                     "Ikuti aturan kunjungan, kata petugas.", "Reporter kami melihat antrean panjang di pintu utama.",
                     "“Baca juga aturan kunjungan,” katanya."] {
            #expect(!Boilerplate.isFurnitureLine(line), "\(line)")
        }
    }
}

@Suite struct PageMetadataTests {
    @Test(arguments: ArticleExtractorTests.names)
    func authorsLanguageAndType(_ name: String) throws {
        struct Meta: Decodable { var author: String? }
        let article = try ArticleExtractor().extract(try ArticleExtractorTests.load(name, "html"), url: "https://contoh.id/berita/1")
        let meta = try JSONDecoder().decode(Meta.self, from: try ArticleExtractorTests.load(name, "meta.json"))
        #expect(article.author == meta.author)
        #expect(article.language == "id")
        #expect(article.pageType == .article)
        #expect(article.imageURL != nil)
    }

    static func page(_ body: String, title: String = "Judul") -> Data {
        Data("<html><head><title>\(title)</title></head><body>\(body)</body></html>".utf8)
    }

    @Test func notArticlesAreRecognised() throws {
        let extractor = ArticleExtractor()
        let notFound = try extractor.extract(Self.page("<h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak ada.</p>",
                                                       title: "404 - Halaman Tidak Ditemukan"))
        #expect(notFound.pageType == .notFound)
        let challenge = try extractor.extract(Self.page("<p>Checking your browser before accessing the site. Please wait.</p>",
                                                        title: "Just a moment..."))
        #expect(challenge.pageType == .botChallenge)
        let consent = try extractor.extract(Self.page("<div><p>Kami menggunakan cookie untuk pengalaman terbaik. Terima semua atau kelola preferensi.</p></div>"))
        #expect(consent.pageType == .consentWall)
        let links = (1...40).map { "<li><a href=\"/berita/\($0)\">Judul berita nomor \($0) tentang pemasyarakatan di daerah</a></li>" }.joined()
        let index = try extractor.extract(Self.page("<ul>\(links)</ul>", title: "Indeks Berita"))
        #expect(index.pageType == .index)
        let paywall = try extractor.extract(Self.page("<article><p>Kalapas Serang menjelaskan kebijakan baru kunjungan keluarga kepada wartawan pada Senin pagi.</p><p>Berlangganan untuk membaca artikel ini selengkapnya. Sudah berlangganan? Masuk.</p></article>"))
        #expect(paywall.pageType == .paywall)
    }

    @Test func nextPageAndLanguage() throws {
        let html = """
        <html><head><title>Berita panjang</title><link rel="canonical" href="https://contoh.id/berita/9"></head><body><article>
        <p>Petugas lapas melakukan pemeriksaan rutin di blok hunian dan tidak menemukan barang terlarang di dalam kamar.</p>
        <p>Kegiatan ini adalah bagian dari program pengamanan yang dilakukan setiap bulan oleh jajaran pemasyarakatan.</p>
        <div class="pagination"><a href="https://contoh.id/berita/9?page=2">Selanjutnya</a></div></article></body></html>
        """
        let a = try ArticleExtractor().extract(Data(html.utf8), url: "https://contoh.id/berita/9")
        #expect(a.nextPageURL == "https://contoh.id/berita/9?page=2")
        #expect(a.language == "id")
        #expect(LanguageDetector.detect("The prison said that the two inmates were caught by the police on Monday and returned to the facility.") == "en")
    }
}
