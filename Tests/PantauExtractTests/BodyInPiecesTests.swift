import Foundation
import PantauCore
import PantauXML
import Testing
@testable import PantauExtract

/// Article bodies split over sibling blocks of one style: page-builder sections, photo
/// slides, numbered sections. The whole body is read, not the densest piece.
@Suite struct BodyInPiecesTests {
    static let sections = [
        ("Program kemandirian", "Warga binaan Lapas Cikande mengikuti program kemandirian berupa pelatihan pertukangan kayu, yang hasilnya dipamerkan dalam bazar akhir tahun di halaman kantor wali kota."),
        ("Pembinaan kepribadian", "Selain keterampilan, lapas juga menggelar pembinaan kepribadian setiap pekan, mulai dari pengajian, kebaktian, hingga kelas literasi yang diasuh relawan dari kampus setempat."),
        ("Kerja sama dengan pemda", "Pemerintah daerah menyiapkan modal usaha bagi warga binaan yang bebas tahun depan, dan dinas tenaga kerja berjanji membuka lowongan bagi lulusan pelatihan tersebut."),
        ("Tanggapan keluarga", "Keluarga warga binaan menyambut baik program itu, karena menurut mereka keterampilan yang dipelajari di dalam lapas bisa menjadi bekal mencari nafkah setelah kembali ke rumah."),
    ]

    /// A page-builder page: each part of the body is a section five levels above its text.
    static func builderPage(sectionClass: (Int) -> String, extra: (Int) -> String = { _ in "" }) -> Data {
        let body = sections.enumerated().map { i, section in
            """
            <section class="\(sectionClass(i))"><div class="builder-container"><div class="builder-column builder-col-100">
            <div class="builder-element builder-element-\(i)a7 builder-widget-heading"><div class="builder-widget-container"><h2>\(section.0)</h2></div></div>
            <div class="builder-element builder-element-\(i)c3 builder-widget-text-editor"><div class="builder-widget-container"><div class="text-inner"><p>\(section.1)</p>\(extra(i))</div></div></div>
            </div></div></section>
            """
        }.joined()
        let related = (1...6).map { "<li><a href=\"/berita/\($0)\">Berita terkait nomor \($0) tentang lapas</a></li>" }.joined()
        let html = """
        <html><head><title>Program Kemandirian Warga Binaan</title></head><body>
        <header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav></header>
        <main><article><h1>Program Kemandirian Warga Binaan</h1><div class="builder builder-881">\(body)</div></article>
        <div class="berita-terkait"><h3>Berita Terkait</h3><ul>\(related)</ul></div></main>
        <footer><p>Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin redaksi.</p></footer></body></html>
        """
        return Data(html.utf8)
    }

    @Test func pageBuilderSectionsAreOneBody() throws {
        let page = Self.builderPage { i in "builder-section builder-top-section builder-element-\(i)f2 builder-section-boxed" }
        let article = try ArticleExtractor().extract(page)
        for (heading, text) in Self.sections {
            #expect(article.paragraphs.contains(heading))
            #expect(article.paragraphs.contains(text))
        }
        #expect(!article.text.contains("Berita terkait nomor"))
        #expect(!article.text.contains("Hak cipta"))
    }

    @Test func siblingsOfAnotherStyleAreNotPieces() throws {
        // Only the second section, the longest, has the body's style; the others are another
        // template's blocks (a quiz): not gathered.
        let more = "<p>Kepala lapas menambahkan, kegiatan ini akan dievaluasi setiap tiga bulan, dan hasilnya dilaporkan kepada kantor wilayah.</p>"
        let page = Self.builderPage(sectionClass: { i in i == 1 ? "builder-section builder-top-section" : "quiz-block quiz-v\(i)" },
                                    extra: { i in i == 1 ? more : "" })
        // The first method alone: the second one may well judge the quiz blocks text.
        let paragraphs = try HTMLTree.parse(page).withRoot { root in
            MainTextFinder(root: try #require(root), title: nil).find(allowingSecondMethod: false).paragraphs
        }
        #expect(paragraphs.contains(Self.sections[1].1))
        #expect(!paragraphs.contains(Self.sections[0].1))
        #expect(!paragraphs.contains(Self.sections[3].1))
    }

    @Test func photoSlidesAreOneBody() throws {
        let slides = Self.sections.enumerated().map { i, s in
            "<div class=\"photo-slide\" data-index=\"\(i)\"><figure><img src=\"/foto/\(i).jpg\"><figcaption>Foto \(i + 1)</figcaption></figure><div class=\"slide-desc\"><div class=\"slide-desc-inner\"><div class=\"txt\"><p>\(s.1)</p></div></div></div></div>"
        }.joined()
        let html = "<html><head><title>Foto: Kemandirian di Lapas</title></head><body><div class=\"photo-wrap\"><div class=\"photo-slides\">\(slides)</div></div></body></html>"
        let article = try ArticleExtractor().extract(Data(html.utf8))
        #expect(article.paragraphs == Self.sections.map(\.1))
    }
}
