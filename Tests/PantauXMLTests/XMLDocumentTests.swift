import Foundation
import Testing
@testable import PantauXML

@Suite struct XMLDocumentTests {
    @Test func undeclaredEntityDoesNotEatLaterAmpersands() throws {
        let xml = "<r><a>Kopi&nbsp;Banten</a><b>Tom &amp; Jerry</b><c>caf&eacute;</c></r>"
        let doc = try XMLDocument.parseXML(Data(xml.utf8))
        let root = try #require(doc.root)
        #expect(root.descendants(named: "a").first?.text == "Kopi\u{00A0}Banten")
        #expect(root.descendants(named: "b").first?.text == "Tom & Jerry")
        #expect(root.descendants(named: "c").first?.text == "café")
    }

    @Test func billionLaughsIsNotExpanded() throws {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        for i in 2...9 {
            xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">"
        }
        xml += "]><lolz>&lol9;</lolz>"
        let doc = try XMLDocument.parseXML(Data(xml.utf8))
        let text = try #require(doc.root).text
        #expect(text.utf8.count < 1000)
    }

    @Test func externalEntityIsRefused() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"
        let doc = try XMLDocument.parseXML(Data(xml.utf8))
        #expect(!(try #require(doc.root).text.contains("root:")))
    }

    @Test func deepNestingIsWalkedWithoutRecursion() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "dalam" + String(repeating: "</div>", count: depth) + "</body></html>"
        let doc = try XMLDocument.parseHTML(Data(html.utf8), encoding: "UTF-8")
        let root = try #require(doc.root)
        var elements = 0
        root.forEachDescendant { node in
            if node.isElement { elements += 1 }
            return .continue
        }
        #expect(elements > 200)
        #expect(root.text.contains("dalam") || elements > 200)
    }

    @Test func strictParseReportsLine() {
        let bad = "<opml>\n<body>\n<outline text=\"a\">\n</body>\n</opml>"
        #expect(throws: XMLError.self) { try XMLDocument.parseStrictXML(Data(bad.utf8)) }
        do {
            _ = try XMLDocument.parseStrictXML(Data(bad.utf8))
        } catch {
            #expect(error.line != nil)
        }
    }

    @Test func gzipRoundTrip() throws {
        // "halo\n" compressed with gzip -n.
        let bytes: [UInt8] = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcc, 0xc9, 0xe7,
                              0x02, 0x00, 0xc5, 0xf7, 0x87, 0xaf, 0x05, 0x00, 0x00, 0x00]
        let out = try #require(Gzip.inflate(Data(bytes)))
        #expect(String(decoding: out, as: UTF8.self) == "halo\n")
        #expect(Gzip.inflate(Data("bukan gzip".utf8)) == nil)
    }

    @Test func gzipMembersLimitsAndDamage() throws {
        let page = Data(String(repeating: "<p>Napi kabur dari Lapas.</p>\n", count: 5_000).utf8)
        let packed = try #require(Gzip.compress(page))
        #expect(Gzip.inflate(packed) == page)
        // Two members, as `cat a.gz b.gz` makes: both halves, in order.
        let second = try #require(Gzip.compress(Data("ekor".utf8)))
        #expect(Gzip.inflate(packed + second) == page + Data("ekor".utf8))
        // A wrong length in the trailer fails the member's check (and sized the buffer
        // only as a first guess).
        var lying = packed
        lying.replaceSubrange(lying.count - 4..<lying.count, with: [1, 0, 0, 0])
        #expect(Gzip.inflate(lying) == nil)
        // Past the limit, truncated, or with a damaged body: nil, never a partial page.
        #expect(Gzip.inflate(packed, limit: page.count - 1) == nil)
        #expect(Gzip.inflate(packed.prefix(packed.count / 2)) == nil)
        var damaged = packed
        damaged[damaged.count / 2] ^= 0xFF
        #expect(Gzip.inflate(damaged) == nil)
        // A damaged or cut second member fails the file, not just that member.
        #expect(Gzip.inflate(packed + second.prefix(second.count - 3)) == nil)
        #expect(Gzip.inflate(Data()) == nil)
        // Padding or junk after the last member is ignored (as gzip -d does); an almost
        // empty member with a lying trailer is refused.
        #expect(Gzip.inflate(packed + Data(repeating: 0, count: 512)) == page)
        #expect(Gzip.inflate(packed + Data("sampah".utf8)) == page)
        var tiny = Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0])
        tiny += Data([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff])
        #expect(Gzip.inflate(tiny) == nil)
    }

    @Test func plainTextFromFragment() {
        #expect(HTMLText.plainText(fromFragment: "<p>Napi <b>kabur</b></p><script>x()</script>") == "Napi kabur")
    }
}
