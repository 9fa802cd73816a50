import Foundation
import PantauCore
import Testing
@testable import PantauExtract

/// Bodies that today's templates and libxml2's error recovery put where the extractor used
/// to ignore them: inside a header `<button>`, an unclosed `<a>`, and page-builder blocks
/// whose class names say "widget".
@Suite struct RecoveredMarkupTests {
    static let paragraphs = [
        "Lembaga Pemasyarakatan Kelas IIA Tanjung Rawa menggelar pelatihan menjahit bagi tiga puluh warga binaan, yang akan berlangsung selama dua bulan penuh.",
        "Kepala lapas mengatakan, pelatihan ini bekerja sama dengan balai latihan kerja setempat dan diharapkan memberi bekal keterampilan setelah bebas.",
        "Para peserta dipilih dari warga binaan yang berkelakuan baik, dan sebagian hasil jahitan mereka akan dijual di galeri lapas kepada masyarakat umum.",
    ]

    static func page(_ body: String) -> Data {
        Data("<html><head><title>Pelatihan Menjahit di Lapas</title></head><body>\(body)</body></html>".utf8)
    }

    @Test func bodyInsideAnUnclosedHeaderButtonIsRead() throws {
        // The menu button is never closed: libxml2 nests <main> inside it.
        let html = """
        <header class="site-header"><div class="menu-top"><button class="menu-button"><span>Menu</span>
        <main id="main"><article><div class="article-content">
        \(Self.paragraphs.map { "<p>\($0)</p>" }.joined())
        </div></article></main>
        <footer><a href="/tentang">Tentang kami</a></footer>
        """
        let article = try ArticleExtractor().extract(Self.page(html))
        for p in Self.paragraphs { #expect(article.paragraphs.contains(p)) }
        let plain = try ArticleExtractor().extract(Self.page("<div><button>Bagikan artikel ini</button><label>Cari</label>"
                                                             + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div>"))
        #expect(plain.paragraphs == Self.paragraphs)
    }

    @Test func bodyAfterAnUnclosedLinkIsNotLinkText() throws {
        let html = """
        <div class="post"><p><a href="/kategori/lapas">Lapas</a></p><a href="/penulis/rina"><span>Rina</span>
        <div class="entry">\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div></div>
        <ul class="menu"><li><a href="/a">Beranda</a></li><li><a href="/b">Nasional</a></li></ul>
        """
        let article = try ArticleExtractor().extract(Self.page(html))
        for p in Self.paragraphs { #expect(article.paragraphs.contains(p)) }
    }

    @Test func pageBuilderWidgetsAreTextButSidebarWidgetsAreNot() throws {
        let blocks = Self.paragraphs.map {
            "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\"><p>\($0)</p></div></div>"
        }.joined()
        let sidebar = (1...8).map { "<li><a href=\"/berita/\($0)\">Berita lain nomor \($0) tentang pemasyarakatan</a></li>" }.joined()
        let html = "<div class=\"elementor elementor-12\">\(blocks)</div><aside><div class=\"widget widget_recent_entries\"><ul>\(sidebar)</ul></div></aside>"
            + "<div class=\"widget widget_links\"><ul>\(sidebar)</ul></div>"
        let article = try ArticleExtractor().extract(Self.page(html))
        #expect(article.paragraphs == Self.paragraphs)
    }
}
