import Foundation
import PantauXML

/// Text constructs (titles, descriptions, summaries, content) by feedparser's content rules,
/// the same for every format:
///
/// - The type is the element's `type` (`text`, `html`, `xhtml` or a media type), else the
///   element's default: HTML for RSS descriptions and `content:encoded`, XHTML for
///   `xhtml:body`, plain text for titles and for every Atom construct.
/// - Base64 when `mode="base64"`, or when the type is a media type that is neither text nor
///   XML (undecodable text stays as written).
/// - Element children in a construct typed text or HTML are markup the writer did not
///   escape ("naked markup"): the construct becomes XHTML, a wrapping `<div>` dropped.
/// - HTML and XHTML are sanitised; in RSS and RDF (not Atom) plain text that looks like HTML
///   (`looksLikeHTML`) is HTML too.
extension FeedDocumentParser {
    enum ConstructType: Equatable {
        case text, html, xhtml
        case other(String)

        /// feedparser's names: `text`, `html`, `xhtml` or their media types.
        init(_ raw: String) {
            switch FeedDocumentParser.trim(raw).lowercased() {
            case "text", "text/plain", "plain": self = .text
            case "html", "text/html": self = .html
            case "xhtml", "application/xhtml+xml": self = .xhtml
            case let other: self = .other(other)
            }
        }

        /// Content of this type is carried as base64 (a media type neither text nor XML).
        var isBinary: Bool {
            guard case .other(let t) = self else { return false }
            return !(t.hasPrefix("text/") || t.hasSuffix("+xml") || t.hasSuffix("/xml"))
        }
    }

    /// The construct's value and whether it is (sanitised) markup.
    /// `guessesHTML`: RSS and RDF let plain text that looks like HTML be HTML.
    func textConstruct(_ node: XMLNode, default defaultType: ConstructType, guessesHTML: Bool) -> (text: String, isHTML: Bool) {
        var type = node.attribute("type").map(ConstructType.init) ?? defaultType
        let mode = node.attribute("mode").map { Self.trim($0).lowercased() }
        if mode == "base64" || type.isBinary {
            let raw = node.text
            let compact = raw.filter { !$0.isWhitespace }
            guard let bytes = Data(base64Encoded: compact, options: .ignoreUnknownCharacters),
                  let decoded = String(data: bytes, encoding: .utf8) else { return (raw, false) }
            switch type {
            case .html, .xhtml:
                return (Self.trim(HTMLSanitizer(base: baseURL(node)).sanitize(decoded)), true)
            case .text where guessesHTML && Self.looksLikeHTML(decoded):
                return (Self.trim(HTMLSanitizer(base: baseURL(node)).sanitize(decoded)), true)
            default:
                return (decoded, false)
            }
        }
        let hasElements = node.elements.contains { _ in true }
        if hasElements || mode == "xml" {
            // A div wrapping everything (nothing but white space beside it).
            let children = node.elementChildren
            let wrapper: XMLNode? = children.count == 1 && children[0].name.lowercased() == "div"
                && node.children.allSatisfy({ $0.isElement || ($0.kind == .text && Self.trim($0.content).isEmpty) }) ? children[0] : nil
            var naked = false
            if type == .text || type == .html {
                // A div around escaped text (as TypePad wrote it) is no markup of its own:
                // the text inside keeps the declared type.
                if let wrapper, !wrapper.elements.contains(where: { _ in true }) {
                    if type == .html || (guessesHTML && Self.looksLikeHTML(wrapper.text)) { return (sanitizedText(wrapper), true) }
                    return (wrapper.text, false)
                }
                type = .xhtml
                naked = true
            }
            switch type {
            case .xhtml:
                // Atom 1.0 wraps XHTML in a div that is not content; naked markup in a
                // div too. Atom 0.3 keeps its div.
                if node.namespaceURI == Self.atom10 || naked, let wrapper {
                    return (Self.trim(serializeChildren(wrapper)), true)
                }
                return (Self.trim(serializeChildren(node)), true)
            default:
                // Inline XML of another type (application/xml): kept as sanitised markup.
                return (Self.trim(serializeChildren(node)), true)
            }
        }
        switch type {
        case .html, .xhtml:
            return (sanitizedText(node), true)
        case .text where guessesHTML:
            // A single text or CDATA child (most fields) is tested in place.
            if node.withSingleTextChild(Self.looksLikeHTML) ?? Self.looksLikeHTML(node.text) {
                return (sanitizedText(node), true)
            }
            return (node.text, false)
        default:
            return (node.text, false)
        }
    }

    /// feedparser's test for plain text that is really HTML: it has an end tag or a
    /// character or entity reference, every tag is an allowed HTML element, and every named
    /// reference is an HTML entity.
    static func looksLikeHTML(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8(looksLikeHTML)
    }

    static func looksLikeHTML(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.contains(60) || b.contains(38) else { return false }
        @inline(__always) func isWord(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57) || c == 95 }
        var qualifies = false
        var i = 0
        while i < b.count {
            if b[i] == 60 {
                // A tag: "<name" or "</name" (a word right after), checked against the list.
                var j = i + 1
                let closing = j < b.count && b[j] == 47
                if closing { j += 1 }
                let start = j
                while j < b.count, isWord(b[j]) { j += 1 }
                if j > start {
                    let name = HTMLSanitizer.lowercasedASCII(b, start..<j)
                    guard (HTMLSanitizer.tagRoles[name] ?? []).contains(.allowed) else { return false }
                    if closing, j < b.count, b[j] == 62 { qualifies = true }
                }
                i = j
                continue
            }
            if b[i] == 38 {
                var j = i + 1
                let numeric = j < b.count && b[j] == 35
                if numeric { j += 1 }
                let start = j
                while j < b.count, isWord(b[j]) { j += 1 }
                if j > start, j < b.count, b[j] == 59 {
                    if !numeric {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self)
                        guard HTMLEntities.isKnown(name) else { return false }
                    }
                    qualifies = true
                }
                i = j
                continue
            }
            i += 1
        }
        return qualifies
    }

    /// The node's text as sanitised HTML, read in place when it is a single text node.
    func sanitizedText(_ node: XMLNode) -> String {
        let sanitizer = HTMLSanitizer(base: baseURL(node))
        return Self.trim(node.withSingleTextChild(sanitizer.sanitize(bytes:)) ?? sanitizer.sanitize(node.text))
    }

    /// Inline XML children serialised as sanitised markup.
    func serializeChildren(_ node: XMLNode) -> String {
        XHTMLSerializer(base: baseURL(node)).serialize(childrenOf: node)
    }
}
