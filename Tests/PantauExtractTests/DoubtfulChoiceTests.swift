import Foundation
import PantauCore
import Testing
@testable import PantauExtract

/// The first method's choice is checked for doubts; a doubtful one is compared with the
/// second method's, and the record says which won and how sure it is.
@Suite struct DoubtfulChoiceTests {
    func fixture(_ name: String) throws -> ExtractedArticle {
        try ArticleExtractor().extract(try ArticleExtractorTests.load(name, "html"))
    }

    @Test func photoPageIsItsCaptionsNotTheTeasersAroundIt() throws {
        let article = try fixture("foto-rutan-bontoala")
        #expect(article.secondMethodRan)
        #expect(article.method == .contentMass)
        #expect(!article.isDoubtful)
        #expect(!article.text.contains("Harga Beras"))
        #expect(!article.text.contains("jam yang lalu"))
        #expect(!article.text.contains("Andi Rahmat")) // the byline and the photo credits
    }

    @Test func creditsRatingsAndRecommendationsStayOut() throws {
        let article = try fixture("kunjungan-lapas-serang")
        for furniture in ["Reaksi", "Terinspirasi", "Penulis", "Editor", "Sumber", "Rekomendasi", "Bawang Merah", "(Contohnews.id/"] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
    }

    @Test func listicleSectionsAreReadWithoutTheNewsletterBetweenThem() throws {
        let article = try fixture("fakta-petugas-lapas")
        #expect(article.method == .densestBlock)
        #expect(!article.secondMethodRan)
        #expect(article.confidence == 1)
        #expect(article.paragraphs.filter { $0.first?.isNumber == true && $0.contains(". ") }.count == 7)
        #expect(!article.text.contains("email"))
        #expect(!article.text.contains("Resep Bekal"))
    }

    @Test func aBoxOfExcerptsUnderAFurnitureHeadingStaysDoubtful() throws {
        let excerpts = [
            "Pemerintah kota meresmikan taman baru di pusat kota yang dilengkapi jalur sepeda, area bermain anak, dan perpustakaan kecil.",
            "Harga cabai di pasar tradisional turun dua ribu rupiah per kilogram setelah panen raya di sejumlah sentra produksi.",
            "Tim sepak bola daerah lolos ke babak final turnamen antarprovinsi setelah menang adu penalti dalam laga yang ketat.",
        ]
        let html = "<html><head><title>Napi Kabur dari Lapas Tanjung Rawa Saat Hujan Deras</title></head><body><div><h2>Pilihan Editor</h2>"
            + excerpts.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
        let article = try ArticleExtractor().extract(Data(html.utf8))
        #expect(article.secondMethodRan)
        #expect(article.doubts.contains("furnitureBox"))
        #expect(article.isDoubtful)
        // A plain page of the same text under a plain heading is not doubted.
        let plain = try ArticleExtractor().extract(Data(html.replacingOccurrences(of: "Pilihan Editor", with: "Taman dan pasar")
            .replacingOccurrences(of: "Napi Kabur dari Lapas Tanjung Rawa Saat Hujan Deras", with: "Taman Baru dan Harga Cabai di Pasar").utf8))
        #expect(plain.doubts.isEmpty)
        #expect(!plain.isDoubtful)
    }

    @Test func confidenceFollowsTheDoubts() {
        #expect(ExtractionDoubts([]).confidence == 1)
        #expect(ExtractionDoubts.empty.confidence == 0)
        #expect(ExtractionDoubts([.furnitureBox, .missesHeadline]).confidence < ExtractedArticle.doubtfulBelow)
        #expect(ExtractionDoubts.missesHeadline.confidence >= ExtractedArticle.doubtfulBelow)
    }
}
