import Foundation
import Testing
@testable import PantauFeeds

/// Documents written for these tests: each pins one leniency rule of the parser.
@Suite struct FeedDocumentParserTests {
    let parser = FeedDocumentParser()

    func parse(_ xml: String, url: String? = nil, headers: [String: String] = [:]) throws -> ParsedFeed {
        try parser.parse(Data(xml.utf8), url: url, headers: headers)
    }

    @Test func undeclaredEntityIsBozoButRecovered() throws {
        let feed = try parse("<rss><channel><title>Caf&eacute; &amp; Kopi&hellip;</title><item><title>A &amp; B</title></item></channel></rss>")
        #expect(feed.bozo)
        #expect(feed.feed.title == "Café & Kopi…")
        #expect(feed.entries.count == 1)
    }

    @Test func bareAmpersandAndUnknownEntitySurvive() throws {
        let feed = try parse("<rss><channel><link>http://contoh.id/?a=1&b=2</link><title>uji &tidakada; entitas</title></channel></rss>")
        #expect(feed.bozo)
        #expect(feed.feed.link == "http://contoh.id/?a=1&b=2")
        #expect(feed.feed.title?.contains("&tidakada;") == true)
    }

    @Test func windows1252FromHTTPCharset() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><description>".utf8)
        bytes += [0x93, 0x4B, 0x61, 0x62, 0x75, 0x72, 0x94] // “Kabur” in windows-1252
        bytes += Array("</description></item></channel></rss>".utf8)
        let feed = try parser.parse(Data(bytes), headers: ["content-type": "application/xml; charset=windows-1252"])
        #expect(!feed.bozo)
        #expect(feed.entries.first?.summary == "“Kabur”")
    }

    @Test func utf16WithBOM() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>Lapas Kelas IIA</title></channel></rss>"
        var data = Data([0xFF, 0xFE])
        data.append(xml.data(using: .utf16LittleEndian)!)
        let feed = try parser.parse(data)
        #expect(!feed.bozo)
        #expect(feed.feed.title == "Lapas Kelas IIA")
    }

    @Test func undeclaredNonUTF8IsDetected() throws {
        // ISO-8859-1 "é" with no declaration: not UTF-8, so bozo, and read as Latin.
        var bytes = Array("<rss><channel><title>Caf".utf8)
        bytes += [0xE9]
        bytes += Array(" Serang</title></channel></rss>".utf8)
        let feed = try parser.parse(Data(bytes))
        #expect(feed.bozo)
        #expect(feed.feed.title == "Café Serang")
    }

    @Test func sanitizerDropsDangerousMarkupAndResolvesLinks() throws {
        let xml = """
        <rss xml:base="http://contoh.id/berita/"><channel><item><description>&lt;p onclick="x()"&gt;Aman&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href="2"&gt;lanjut&lt;/a&gt;&lt;iframe src="http://jahat.id"&gt;&lt;/iframe&gt;&lt;br&gt;&lt;/p&gt;</description></item></channel></rss>
        """
        let summary = try #require(try parse(xml).entries.first?.summary)
        #expect(summary == "<p>Aman <a href=\"http://contoh.id/berita/2\">lanjut</a><br /></p>")
    }

    @Test func atomTextConstructs() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry>
        <title type="html">&lt;b&gt;Remisi&lt;/b&gt; &amp;amp; pembinaan</title>
        <summary type="text">1 &lt; 2</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Isi <em>xhtml</em></p></div></content>
        <author><name>Humas</name><email>humas@contoh.id</email></author>
        <published>2026-04-22T10:15:00+07:00</published>
        <category term="pemasyarakatan"/>
        <link rel="enclosure" href="/foto.jpg"/>
        </entry></feed>
        """
        let e = try #require(try parse(xml, url: "http://contoh.id/feed").entries.first)
        #expect(e.title == "<b>Remisi</b> &amp; pembinaan")
        #expect(e.summary == "1 < 2")
        #expect(e.content == "<p>Isi <em>xhtml</em></p>")
        #expect(e.author == "Humas (humas@contoh.id)")
        #expect(e.updated == e.published)
        #expect(e.tags == ["pemasyarakatan"])
        #expect(e.enclosures == ["http://contoh.id/foto.jpg"])
    }

    @Test func rdfAndGuidRules() throws {
        let rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="http://contoh.id/"><title>RDF</title></channel>
        <item rdf:about="http://contoh.id/1"><title>Satu</title><link>http://contoh.id/1</link><dc:date>2026-01-02T03:04:05Z</dc:date></item>
        </rdf:RDF>
        """
        let feed = try parse(rdf)
        #expect(feed.feed.title == "RDF")
        #expect(feed.entries.first?.id == "http://contoh.id/1")
        #expect(feed.entries.first?.updated != nil)
        let rss = "<rss><channel><item><guid isPermaLink=\"false\">abc-1</guid></item><item><guid>http://contoh.id/2</guid></item></channel></rss>"
        let items = try parse(rss).entries
        #expect(items[0].link == nil)
        #expect(items[1].link == "http://contoh.id/2")
    }

    @Test func languageFromHeaderWhenTheFeedHasNone() throws {
        #expect(try parse("<rss><channel/></rss>", headers: ["content-language": "id"]).feed.language == "id")
        #expect(try parse("<rss><channel><language>id-ID</language></channel></rss>", headers: ["content-language": "en"]).feed.language == "id-ID")
    }

    @Test func textRepairUndoesMojibake() {
        #expect(TextRepair.repair("Lâ€™Oreal") == "L’Oreal")
        #expect(TextRepair.repair("don\u{92}t") == "don’t")
        #expect(TextRepair.repair("Café") == "Café")
    }

    @Test func nonXMLMediaTypeIsBozo() throws {
        #expect(try parse("<rss><channel><title>x</title></channel></rss>", headers: ["content-type": "text/plain"]).bozo)
    }
}

/// SVG and MathML by feedparser's sanitiser rules, in escaped HTML and in inline XML.
@Suite struct ForeignMarkupTests {
    let parser = FeedDocumentParser()

    @Test func inlineSVGKeepsItsVocabularyAndCase() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry xmlns:s="http://www.w3.org/2000/svg" xmlns:l="http://www.w3.org/1999/xlink">
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><s:svg viewBox="0 0 10 10" onload="x()"><s:linearGradient id="g"/>\
        <s:a l:href="/peta"><s:rect width="4" height="4"/></s:a><s:script>alert(1)</s:script></s:svg></div></content></entry></feed>
        """
        let feed = try parser.parse(Data(xml.utf8), url: "https://contoh.id/feed")
        #expect(feed.entries.first?.content == "<svg viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\"><linearGradient id=\"g\"></linearGradient>"
            + "<a xlink:href=\"https://contoh.id/peta\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><rect height=\"4\" width=\"4\"></rect></a></svg>")
    }

    @Test func escapedHTML5SVGGetsItsNamespace() throws {
        let xml = "<rss><channel><item><description>&lt;p&gt;Denah&lt;/p&gt;&lt;svg width=\"5\"&gt;&lt;circle r=\"2\" onclick=\"x()\"/&gt;&lt;/svg&gt;</description></item></channel></rss>"
        let feed = try parser.parse(Data(xml.utf8))
        #expect(feed.entries.first?.summary == "<p>Denah</p><svg width=\"5\" xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"2\"></svg>")
    }

    @Test func svgNamesOutsideSVGAreNotAllowed() throws {
        let xml = "<rss><channel><item><description>&lt;circle r=\"2\"&gt;x&lt;/circle&gt; &lt;mi&gt;y&lt;/mi&gt;</description></item></channel></rss>"
        let feed = try parser.parse(Data(xml.utf8))
        #expect(feed.entries.first?.summary == "x y")
    }

    @Test func mathMLWithXLink() throws {
        let xml = "<rss><channel><item><description>&lt;math xmlns='http://www.w3.org/1998/Math/MathML'&gt;&lt;mi xlink:href=\"http://a.id/\" style=\"x\"&gt;n&lt;/mi&gt;&lt;/math&gt;</description></item></channel></rss>"
        let feed = try parser.parse(Data(xml.utf8))
        #expect(feed.entries.first?.summary == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi xlink:href=\"http://a.id/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">n</mi></math>")
    }

    @Test func declarationsInHTMLText() throws {
        // Unfinished at the end: kept as text; a character no declaration has: escaped.
        let a = try parser.parse(Data("<rss><channel><item><description><![CDATA[Lihat <!DOCTYPE ]]></description></item></channel></rss>".utf8))
        #expect(a.entries.first?.summary == "Lihat <!DOCTYPE")
        let b = try parser.parse(Data("<rss><channel><item><description>&lt;!DOCTYPE ~ x</description></item></channel></rss>".utf8))
        #expect(b.entries.first?.summary == "&lt;!DOCTYPE ~ x")
        let c = try parser.parse(Data("<rss><channel><item><description>a&lt;!DOCTYPE html&gt;b &lt;b/&gt;</description></item></channel></rss>".utf8))
        #expect(c.entries.first?.summary == "ab <b></b>")
    }
}

/// Entities a feed declares in its own internal DTD subset; nothing external.
@Suite struct DoctypeEntityTests {
    let parser = FeedDocumentParser()

    @Test func safeInternalEntitiesAreReplaced() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lembaga "Ditjen Pemasyarakatan">
          <!ENTITY spasi "&#160;">
          <!ENTITY tanda '<&>'>
          <!ENTITY luar SYSTEM "file:///etc/passwd">
          <!ENTITY % modul SYSTEM "http://contoh.id/modul.dtd">
        ]>
        <rss><channel><title>&lembaga;&spasi;Banten</title><description>a&luar;b &tanda;</description></channel></rss>
        """
        let feed = try parser.parse(Data(xml.utf8))
        #expect(feed.feed.title == "Ditjen Pemasyarakatan\u{A0}Banten")
        // The external entity is never loaded, and the unsafe literal is not used.
        #expect(feed.feed.subtitle?.contains("passwd") == false)
        #expect(feed.feed.subtitle?.contains("<&>") == false)
        #expect(feed.bozo)
    }

    @Test func declaredEntitiesAloneKeepTheDocumentWellFormed() throws {
        let xml = "<!DOCTYPE rss [<!ENTITY kanwil \"Kanwil Banten\">]><rss><channel><title>&kanwil;</title></channel></rss>"
        let feed = try parser.parse(Data(xml.utf8))
        #expect(!feed.bozo)
        #expect(feed.feed.title == "Kanwil Banten")
    }

    @Test func expansionIsBounded() throws {
        // A 1 KB entity referenced 20,000 times would be 20 MB: the expansion stops at its
        // limit and the rest stay literal references.
        let value = String(repeating: "x", count: 1024)
        let refs = String(repeating: "&e;", count: 20_000)
        let xml = "<!DOCTYPE rss [<!ENTITY e \"\(value)\">]><rss><channel><title>\(refs)</title></channel></rss>"
        let feed = try parser.parse(Data(xml.utf8))
        let title = try #require(feed.feed.title)
        #expect(title.utf8.count < 6 << 20)
        #expect(title.hasSuffix("&e;"))
    }
}

/// feedparser's content-type rules for text constructs, the same in every format.
@Suite struct TextConstructTests {
    let parser = FeedDocumentParser()

    func entry(_ xml: String) throws -> ParsedFeed.Entry {
        try #require(try parser.parse(Data(xml.utf8)).entries.first)
    }

    @Test func nakedMarkupInRSSIsMarkup() throws {
        let e = try entry("<rss><channel><item><title>Napi <b>kabur</b></title><description>Lapas <i>Serang</i> <script>x()</script>aman</description></item></channel></rss>")
        #expect(e.title == "Napi <b>kabur</b>")
        #expect(e.titleIsHTML)
        #expect(e.summary == "Lapas <i>Serang</i> aman")
    }

    @Test func divAroundEscapedHTMLKeepsTheType() throws {
        let e = try entry("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary type=\"html\"><div xmlns=\"http://www.w3.org/1999/xhtml\">a &lt;b&gt;b&lt;/b&gt;</div></summary></entry></feed>")
        #expect(e.summary == "a <b>b</b>")
    }

    @Test func rssPlainTextOnlyLooksLikeHTMLWithAllowedTagsAndKnownEntities() throws {
        // An end tag of an element no sanitiser allows, or an unknown entity: plain text.
        #expect(try entry("<rss><channel><item><title>&lt;blink&gt;x&lt;/blink&gt;</title></item></channel></rss>").title == "<blink>x</blink>")
        #expect(try entry("<rss><channel><item><title>Tarif &amp;tidakada; naik</title></item></channel></rss>").title == "Tarif &tidakada; naik")
        let html = try entry("<rss><channel><item><title>&lt;b&gt;Rutan&lt;/b&gt; &amp;amp; Lapas</title></item></channel></rss>")
        #expect(html.title == "<b>Rutan</b> &amp; Lapas")
        #expect(html.titleIsHTML)
        // Atom never guesses.
        #expect(try entry("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lt;b&gt;x&lt;/b&gt;</title></entry></feed>").title == "<b>x</b>")
    }

    @Test func base64ByModeOrBinaryType() throws {
        let b64 = Data("<b>Berita</b>".utf8).base64EncodedString()
        #expect(try entry("<rss><channel><item><description mode=\"base64\">\(b64)</description></item></channel></rss>").summary == "<b>Berita</b>")
        // Not base64 after all: the text stays as written.
        #expect(try entry("<rss><channel><item><description mode=\"base64\">bukan base64!</description></item></channel></rss>").summary == "bukan base64!")
    }

    @Test func charactersReferencesAsFeedparserWritesThem() throws {
        #expect(try entry("<rss><channel><item><description>a&amp;#150;b&amp;#X41;c&amp;#8217;</description></item></channel></rss>").summary
            == "a&#x2013;b&#x41;c&#8217;")
    }

    @Test func unsafeURISchemesAreEmptied() throws {
        let e = try entry("<rss><channel><item><description>&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;&lt;a href=\" JavaScript :x\"&gt;y&lt;/a&gt;&lt;img src=\"/f.jpg\"&gt;</description></item></channel></rss>")
        #expect(e.summary == "<a href=\"\">x</a><a href=\"\">y</a><img src=\"/f.jpg\" />")
    }
}

/// Media RSS, iTunes and GeoRSS.
@Suite struct EntryExtensionTests {
    let parser = FeedDocumentParser()

    @Test func mediaGroupFillsWhatTheItemLacks() throws {
        let xml = """
        <rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss"><channel><item>
        <media:group><media:title>Video razia</media:title><media:description>Petugas merazia blok hunian.</media:description>
        <media:content url="/v/razia.mp4" type="video/mp4"><media:thumbnail url="/v/razia.jpg"/></media:content>
        <media:keywords>razia, lapas ,</media:keywords></media:group><georss:point>-6.12 106.15</georss:point>
        </item></channel></rss>
        """
        let e = try #require(try parser.parse(Data(xml.utf8), url: "https://contoh.id/rss").entries.first)
        #expect(e.title == "Video razia")
        #expect(e.summary == "Petugas merazia blok hunian.")
        #expect(e.media == ["https://contoh.id/v/razia.mp4"])
        #expect(e.thumbnail == "https://contoh.id/v/razia.jpg")
        #expect(e.tags == ["razia", "lapas"])
        #expect(e.point == ParsedFeed.GeoPoint(latitude: -6.12, longitude: 106.15))
    }

    @Test func theItemsOwnElementsWin() throws {
        let xml = """
        <rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><item>
        <media:title>judul media</media:title><title>Judul</title><media:description>media</media:description><description>Isi</description>
        <itunes:author>Humas</itunes:author><author>Redaksi</author></item></channel></rss>
        """
        let e = try #require(try parser.parse(Data(xml.utf8)).entries.first)
        #expect(e.title == "Judul")
        #expect(e.summary == "Isi")
        #expect(e.author == "Redaksi")
    }

    @Test func iTunesAndW3CGeoInAtom() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">
        <entry><title>Siniar</title><itunes:summary>Ringkasan siniar</itunes:summary><itunes:image href="http://a.id/s.png"/>
        <itunes:category text="News"/><geo:lat>-7.5</geo:lat><geo:long>110.2</geo:long></entry></feed>
        """
        let e = try #require(try parser.parse(Data(xml.utf8)).entries.first)
        #expect(e.summary == "Ringkasan siniar")
        #expect(e.thumbnail == "http://a.id/s.png")
        #expect(e.tags == ["News"])
        #expect(e.point == ParsedFeed.GeoPoint(latitude: -7.5, longitude: 110.2))
    }
}

/// The feed's language: the root's xml:lang or lang, else Content-Language, normalised.
@Suite struct FeedLanguageTests {
    let parser = FeedDocumentParser()

    @Test func languageSources() throws {
        #expect(try parser.parse(Data("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id_ID\"/>".utf8)).feed.language == "id-ID")
        #expect(try parser.parse(Data("<rss lang=\"id\"><channel/></rss>".utf8)).feed.language == "id")
        #expect(try parser.parse(Data("<rss><channel><title>x</title></channel></rss>".utf8), headers: ["content-language": "en_GB"]).feed.language == "en-GB")
        // An empty xml:lang says the language is unknown, over the header too.
        #expect(try parser.parse(Data("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\"/>".utf8), headers: ["content-language": "id"]).feed.language == nil)
        // The channel's own <language> wins, as written.
        #expect(try parser.parse(Data("<rss xml:lang=\"en\"><channel><language>id</language></channel></rss>".utf8)).feed.language == "id")
    }
}
