import Foundation
import Testing
@testable import PantauXML

/// `HTMLTree` must hold the tree libxml2's own builder makes from the same parse: the
/// extractor moved from one to the other, and its output may not change with it.
@Suite struct HTMLTreeTests {
    /// Pages with what HTML parsers have to recover from.
    static let cases: [String] = [
        "<html><head><title>Judul</title></head><body><p>Satu<p>Dua<div>Tiga</div></body></html>",
        "<!-- awal --><!DOCTYPE html><html lang=id><body><b><i>miring</b> tebal</i> <br>teks</body></html>",
        "teks tanpa elemen sama sekali",
        "<html>teks di html<head>lagi</head><body>isi</body></html>setelah html",
        "<div class=\"A b\" ID=x data-x='1'>x</div><DIV CLASS=Y>y</DIV><input checked value=\"&amp;&lt;&#233;&eacute;\">",
        "<table><tr><td>1<td>2<tr><td>3</table><ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>",
        "<script>if (a < b) { document.write('</div>') }</script><style>p { color: red }</style><p>sesudah</p>",
        "<p>a<?php echo 1; ?>b<![CDATA[c]]>d<!--e-->f</p>",
        "<body>\n  <div>\n    <span>x</span>\n    <div>y</div>\n  </div>\n</body>",
        "<p>teks dengan\u{0000}nol</p><p>&nbsp;&copy;&#x1F600;&bogus;</p>",
        "<form><input name=a><select><option>1<option>2</select><textarea>bebas <b>teks</b></textarea></form>",
        "<a href=/1>satu<a href=/2>dua</a></a><p><div>blok di p</div></p><h1>h<h2>h2</h1>",
        "<head><meta charset=utf-8><meta property=og:title content=\"Judul &quot;kutip&quot;\"></head>teks",
        "</div></span>tutup tanpa buka<frameset><frame src=x></frameset>",
        "<svg><g><path d=\"M0 0\"/></g></svg><math><mi>x</mi></math><noscript><p>tanpa js</p></noscript>",
        "<p>Word<o:p>&nbsp;</o:p></p><a:b x:y=1>1</a:b><d:>3</d:><e:f:g>4</e:f:g><xml:h>5</xml:h><i::j>6</i::j><K:L>8</K:L>",
        "<!DOCTYPE html><html><body>x</body></html><p>sesudah doctype</p>",
        "<html><body>x</body></html><p>sesudah</p><!--c-->teks",
        "<!--c--><html><body>x</body></html><div>sesudah komentar</div>",
        "",
        "   \n  ",
    ]

    @Test func sameTreeAsLibxml2ForTrickyMarkup() throws {
        for html in Self.cases {
            try Self.expectSameTree(Data(html.utf8), encoding: "UTF-8", label: html)
            // Not vacuous: markup with a tag in it has a root element (implied at least).
            if html.contains("<") { #expect(try HTMLTree.parse(Data(html.utf8)).withRoot { $0 != nil }, "\(html)") }
        }
    }

    @Test func sameTreeAsLibxml2ForArticlePages() throws {
        var pages = try FileManager.default.contentsOfDirectory(at: Self.extractFixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "html" }
        // More pages on request, e.g. PANTAU_HTML_CORPUS=../shared/eval/extraction/dev/html.
        if let extra = ProcessInfo.processInfo.environment["PANTAU_HTML_CORPUS"] {
            pages += try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: extra), includingPropertiesForKeys: nil)
        }
        #expect(pages.count >= 6)
        for page in pages {
            var data = try Data(contentsOf: page)
            if page.pathExtension == "gz" { data = try #require(Gzip.inflate(data)) }
            try Self.expectSameTree(data, encoding: "UTF-8", label: page.lastPathComponent)
            try Self.expectSameTree(data, encoding: "WINDOWS-1252", label: page.lastPathComponent + " (windows-1252)")
        }
    }

    @Test func invalidUTF8AndDeclaredCharsets() throws {
        let latin1: [UInt8] = Array("<p>caf".utf8) + [0xE9, 0xFF, 0xC3] + Array("</p>".utf8)
        try Self.expectSameTree(Data(latin1), encoding: "WINDOWS-1252", label: "latin-1")
        try Self.expectSameTree(Data(latin1), encoding: "UTF-8", label: "latin-1 as UTF-8")
        let declared = "<meta charset=\"iso-8859-1\"><p>" + "caf\u{E9}" + "</p>"
        try Self.expectSameTree(Data(declared.utf8), encoding: nil, label: "declared")
    }

    @Test func deepNestingIsFlattenedNotCut() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "dalam" + String(repeating: "</div>", count: depth)
            + "<p>sesudah</p></body></html>"
        let tree = try HTMLTree.parse(Data(html.utf8), encoding: "UTF-8")
        try tree.withRoot { root in try Self.expectFlattened(try #require(root)) }
    }

    static func expectFlattened(_ root: HTMLNode) throws {
        var elements = 0
        var deepest = 0
        var depthNow = 0
        root.traverse(enter: { node in
            if node.isElement { elements += 1; depthNow += 1; deepest = max(deepest, depthNow) }
            return .continue
        }, exit: { node in if node.isElement { depthNow -= 1 } })
        #expect(deepest <= HTMLTree.maximumDepth + 1)
        #expect(elements > 200)
        // libxml2's own builder stops at depth 256 and loses the rest; the tree keeps it.
        #expect(root.text.contains("dalam"))
        #expect(root.descendants(named: "p").first?.text == "sesudah")
    }

    @Test func nodeAccessors() throws {
        let html = "<div class=\"Berita UTAMA\" id=Isi><a href=\"/x?a=1&amp;b=2\">Tautan</a> dan teks <b>tebal</b></div>"
        let tree = try HTMLTree.parse(Data(html.utf8), encoding: "UTF-8")
        try tree.withRoot { root in try Self.expectAccessors(try #require(root?.descendants(named: "div").first)) }
    }

    static func expectAccessors(_ div: HTMLNode) throws {
        #expect(div.hasName("div") && !div.hasName("di") && !div.hasName("span"))
        #expect(div.attribute("CLASS") == "Berita UTAMA")
        #expect(div.withAttributeBytes("ID") { $0.map { String(decoding: $0, as: UTF8.self) } } == "Isi")
        #expect(div.withAttributeBytes("style") { $0 == nil })
        #expect(div.withAttributeBytes(nameID: div.nameID(of: "class")) { $0?.count } == 12)
        #expect(div.nameID(of: "tidak-ada") == nil)
        #expect(div.text == "Tautan dan teks tebal")
        #expect(div.shortText(maxBytes: 100) == "Tautan dan teks tebal")
        #expect(div.shortText(maxBytes: 10) == nil)
        let link = try #require(div.firstChild)
        #expect(link.attribute("href") == "/x?a=1&b=2")
        #expect(link.parent == div)
        #expect(link.nextSibling?.kind == .text)
        #expect(div.children.count == 3)
    }

    // MARK: - Comparison

    static var extractFixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PantauExtractTests/Fixtures")
    }

    static func expectSameTree(_ data: Data, encoding: String?, label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reference = try? XMLDocument.parseHTML(data, encoding: encoding)
        let tree = try? HTMLTree.parse(data, encoding: encoding)
        let expected = reference?.root.map(Self.outline) ?? []
        let actual = tree?.withRoot { $0.map(Self.outline) } ?? []
        if expected != actual {
            let at = (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] } ?? min(expected.count, actual.count)
            Issue.record("\(label.prefix(60)): trees differ at line \(at): libxml2 \(expected.dropFirst(at).first ?? "-") vs HTMLTree \(actual.dropFirst(at).first ?? "-")",
                         sourceLocation: sourceLocation)
        }
    }

    /// One line per node event: element open (name, attributes), text, comment, close.
    static func outline<Node: OutlinedNode>(_ root: Node) -> [String] {
        var lines: [String] = []
        root.traverse(enter: { node in
            lines.append(node.outlineLine)
            return .continue
        }, exit: { node in if node.isElement { lines.append(">") } })
        return lines
    }
}

/// What `HTMLTreeTests.outline` reads of a node, for both kinds of tree.
protocol OutlinedNode {
    var isElement: Bool { get }
    var outlineLine: String { get }
    func traverse(enter: (Self) -> XMLNode.WalkAction, exit: (Self) -> Void)
}

extension OutlinedNode {
    static func line(element: Bool, text: Bool, comment: Bool, name: String, attributes: [(name: String, value: String)],
                     content: String) -> String {
        if element { return "<\(name) " + attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ") }
        if text { return "T" + content }
        return comment ? "C" + content : "?"
    }
}

extension XMLNode: OutlinedNode {
    var outlineLine: String {
        Self.line(element: kind == .element, text: kind == .text, comment: kind == .comment, name: name, attributes: attributes,
                  content: content)
    }
}

extension HTMLNode: OutlinedNode {
    var outlineLine: String {
        Self.line(element: kind == .element, text: kind == .text, comment: kind == .comment, name: name, attributes: attributes,
                  content: content)
    }
}
