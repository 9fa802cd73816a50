import Foundation
import PantauCore
import Testing
@testable import PantauExtract

/// Golden-text tests over Indonesian article pages written for the project in the shape of
/// national outlets' templates (see Fixtures/README.md).
@Suite struct ArticleExtractorTests {
    static let names = ["detik-napi-kabur", "kompas-pelatihan-las", "antara-remisi-natal", "tribun-pungli-rutan",
                        "liputan6-sabu-lapas", "okezone-overkapasitas"]

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
        _ = try ArticleExtractor().extract(Data(html.utf8))
    }
}
