import Foundation
import PantauCore

/// Cleans HTML from feeds the way feed readers must: a single pass over the markup that
/// keeps text and character references exactly as written, re-emits allowed tags with
/// double-quoted, sorted attributes (void elements as `<br />`), drops comments, dangerous
/// elements (`script`, `style`, `applet` with their content; `iframe`, `object`, `embed`,
/// `meta`, `link`, `frame`… without), event-handler and unknown attributes, and makes
/// relative URIs absolute.
///
/// Linear in the input, no tree, no recursion: hostile markup cannot blow the stack.
struct HTMLSanitizer {
    /// Base for relative URIs in `href`, `src` and similar attributes, worked out (from
    /// `xml:base` and the document's address) only when a relative URI needs it.
    var base: URL? { baseSource.value }
    private let baseSource: BaseSource

    init(base: @escaping @autoclosure () -> URL?) {
        baseSource = BaseSource(base)
    }

    private final class BaseSource {
        let make: () -> URL?
        lazy var value: URL? = make()
        init(_ make: @escaping () -> URL?) { self.make = make }
    }

    static let allowedElements: Set<String> = [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu", "meter",
        "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre", "progress", "q",
        "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span", "strike", "strong", "sub",
        "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var",
        "video",
    ]

    /// Dropped together with everything inside them.
    static let droppedWithContent: Set<String> = ["script", "style", "applet"]

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr", "frame", "spacer",
    ]

    static let allowedAttributes: Set<String> = [
        "abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "autocomplete", "autofocus",
        "axis", "background", "balance", "bgcolor", "bgproperties", "border", "bordercolor", "bordercolordark",
        "bordercolorlight", "bottompadding", "cellpadding", "cellspacing", "ch", "challenge", "char", "charoff",
        "charset", "checked", "choff", "cite", "class", "clear", "color", "cols", "colspan", "compact",
        "contenteditable", "controls", "coords", "data", "datafld", "datapagesize", "datasrc", "datetime",
        "default", "delay", "dir", "disabled", "draggable", "dynsrc", "enctype", "end", "face", "for", "form",
        "frame", "galleryimg", "gutter", "headers", "height", "hidden", "hidefocus", "high", "href", "hreflang",
        "hspace", "icon", "id", "inputmode", "ismap", "keytype", "label", "lang", "leftspacing", "list", "longdesc",
        "loop", "loopcount", "loopend", "loopstart", "low", "lowsrc", "max", "maxlength", "media", "method", "min",
        "multiple", "name", "nohref", "noshade", "nowrap", "open", "optimum", "pattern", "ping", "point-size",
        "poster", "pqg", "preload", "prompt", "radiogroup", "readonly", "rel", "repeat-max", "repeat-min",
        "replace", "required", "rev", "rightspacing", "rows", "rowspan", "rules", "scope", "selected", "shape",
        "size", "span", "src", "start", "step", "summary", "suppress", "tabindex", "target", "template", "title",
        "toppadding", "type", "unselectable", "urn", "usemap", "valign", "value", "variable", "volume", "vrml",
        "vspace", "width", "wrap", "xml:lang",
    ]

    /// What the sanitizer does with a tag name: one lookup instead of one per set.
    struct TagRole: OptionSet {
        let rawValue: UInt8
        static let allowed = TagRole(rawValue: 1)
        static let void = TagRole(rawValue: 2)
        static let droppedWithContent = TagRole(rawValue: 4)
    }

    static let tagRoles: [String: TagRole] = {
        var roles: [String: TagRole] = [:]
        for name in allowedElements { roles[name, default: []].insert(.allowed) }
        for name in voidElements { roles[name, default: []].insert(.void) }
        for name in droppedWithContent { roles[name, default: []].insert(.droppedWithContent) }
        return roles
    }()

    /// Allowed attributes, and whether each holds a URI.
    static let attributeRoles: [String: Bool] = {
        var roles: [String: Bool] = [:]
        for name in allowedAttributes { roles[name] = uriAttributes.contains(name) }
        return roles
    }()

    static let uriAttributes: Set<String> = [
        "action", "background", "cite", "data", "dynsrc", "href", "longdesc", "lowsrc", "poster", "src", "usemap",
    ]

    func sanitize(_ html: String) -> String {
        // Markup is ASCII: work on UTF-8 bytes and copy text runs whole.
        var input = html
        return input.withUTF8 { sanitize(bytes: $0) }
    }

    /// `sanitize` of UTF-8 bytes (a text node's content, read in place).
    func sanitize(bytes s: UnsafeBufferPointer<UInt8>) -> String {
        // Plain text passes as it is.
        guard s.contains(where: { $0 == 60 || $0 == 38 || $0 == 62 }) else { return String(decoding: s, as: UTF8.self) }
        let n = s.count
        var out: [UInt8] = []
        out.reserveCapacity(n + 16)
        var i = 0
        var skipDepth = 0 // inside script/style/applet
        var skipName = ""
        var foreign = ForeignMarkup()
        func append(_ text: String) {
            // Through the contiguous bytes: appending a UTF8View went element by element.
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
        }
        /// Attributes sorted by name, double-quoted; `filtered` says they are already the
        /// allowed ones (foreign vocabularies), else HTML's list decides.
        func writeAttributes(_ attributes: [(String, String)], filtered: Bool) {
            for (key, value) in attributes.count > 1 ? attributes.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) : attributes {
                var v = value
                if filtered {
                    if key == "href" || key == "xlink:href" { v = resolve(v) }
                } else {
                    guard let isURI = Self.attributeRoles[key] else { continue }
                    if isURI { v = resolve(v) }
                    // feedparser lower-cases the values of rel and type.
                    if key == "rel" || key == "type" { v = v.lowercased() }
                }
                out.append(32)
                append(key)
                out.append(61); out.append(34)
                if v.utf8.contains(34) {
                    for b in v.utf8 { if b == 34 { append("&quot;") } else { out.append(b) } }
                } else {
                    append(v)
                }
                out.append(34)
            }
        }
        @inline(__always) func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        @inline(__always) func isAlnum(_ c: UInt8) -> Bool { isAlpha(c) || (c >= 48 && c <= 57) }
        while i < n {
            let c = s[i]
            if c == 60 { // <
                // Comment: dropped; it ends at "-->", or at the first ">" when there is none.
                if i + 3 < n, s[i + 1] == 33, s[i + 2] == 45, s[i + 3] == 45 {
                    var j = i + 4
                    while j + 2 < n, !(s[j] == 45 && s[j + 1] == 45 && s[j + 2] == 62) { j += 1 }
                    if j + 2 < n {
                        i = j + 3
                    } else {
                        var k = i + 4
                        while k < n, s[k] != 62 { k += 1 }
                        i = min(n, k + 1)
                    }
                    continue
                }
                // Processing instructions: dropped when closed.
                if i + 1 < n, s[i + 1] == 63 {
                    var j = i + 2
                    while j < n, s[j] != 62 { j += 1 }
                    if j < n {
                        i = j + 1
                        continue
                    }
                    if skipDepth == 0 { append("&lt;") }
                    i += 1
                    continue
                }
                // "<!": a DOCTYPE declaration is dropped when closed, kept as text when the
                // text ends inside it, escaped at a character no declaration has; anything
                // else after "<!" (not a comment) is text.
                if i + 1 < n, s[i + 1] == 33 {
                    if skipDepth == 0 {
                        switch Self.declarationEnd(s, from: i) {
                        case .closed(let end): i = end
                        case .unfinished: out.append(contentsOf: s[i..<n]); i = n
                        case .invalid: append("&lt;"); i += 1
                        }
                    } else {
                        i += 1
                    }
                    continue
                }
                let closing = i + 1 < n && s[i + 1] == 47
                let nameStart = closing ? i + 2 : i + 1
                guard nameStart < n, isAlpha(s[nameStart]) else {
                    if skipDepth == 0 { append("&lt;") }
                    i += 1
                    continue
                }
                // Read the tag to its closing '>', honouring quoted attribute values.
                var j = nameStart
                var quote: UInt8 = 0
                while j < n {
                    let d = s[j]
                    if quote != 0 {
                        if d == quote { quote = 0 }
                    } else if d == 34 || d == 39 {
                        quote = d
                    } else if d == 62 {
                        break
                    }
                    j += 1
                }
                // The tag name alone decides most tags: read it before the attributes.
                var nameEnd = nameStart
                while nameEnd < min(j, n), isAlnum(s[nameEnd]) || s[nameEnd] == 45 || s[nameEnd] == 58 { nameEnd += 1 }
                let name = Self.lowercasedASCII(s, nameStart..<nameEnd)
                let tagEnd = min(j, n)
                i = min(n, j + 1)
                let selfClosing = tagEnd > nameStart && s[tagEnd - 1] == 47
                if skipDepth > 0 {
                    if name == skipName { skipDepth += closing ? -1 : (selfClosing ? 0 : 1) }
                    continue
                }
                let role = Self.tagRoles[name] ?? []
                if role.contains(.droppedWithContent) {
                    if !closing && !selfClosing {
                        skipDepth = 1
                        skipName = name
                    }
                    continue
                }
                if closing {
                    if role.contains(.allowed) {
                        if !role.contains(.void) { out.append(60); out.append(47); append(name); out.append(62) }
                    } else if let written = foreign.close(name, allowedInHTML: false) {
                        out.append(60); out.append(47); append(written); out.append(62)
                    }
                    continue
                }
                // Attributes begin where the name as written ends (space or "/").
                var attributeStart = nameStart
                while attributeStart < tagEnd, !Self.isSpace(s[attributeStart]), s[attributeStart] != 47 { attributeStart += 1 }
                var attributes = nameEnd < tagEnd ? Self.attributes(UnsafeBufferPointer(rebasing: s[attributeStart..<tagEnd])) : []
                var written = name
                if !role.contains(.allowed) || foreign.isActive {
                    // SVG, MathML, or a tag to drop.
                    guard let (foreignName, vocabulary) = foreign.open(name, attributes: &attributes, htmlTyped: true,
                                                                        selfClosing: selfClosing, allowedInHTML: role.contains(.allowed)) else { continue }
                    written = foreignName
                    attributes = ForeignMarkup.allowedAttributes(attributes, vocabulary)
                    out.append(60)
                    append(written)
                    writeAttributes(attributes, filtered: true)
                    if role.contains(.void) { append(" />") } else if selfClosing && attributes.isEmpty { append("></\(written)>") } else { out.append(62) }
                    continue
                }
                out.append(60)
                append(written)
                writeAttributes(attributes, filtered: false)
                if role.contains(.void) {
                    append(" />")
                } else if selfClosing && attributes.isEmpty {
                    // "<b/>" is an empty element: feedparser writes it "<b></b>".
                    append("></\(written)>")
                } else {
                    out.append(62)
                }
            } else if skipDepth > 0 {
                i += 1
            } else if c == 38 { // &
                // A reference stays as written; a bare ampersand is escaped.
                var j = i + 1
                if j < n, s[j] == 35 { j += 1 }
                let start = j
                while j < n, j - start < 32, isAlnum(s[j]) { j += 1 }
                if j > start, j < n, s[j] == 59 {
                    if s[i + 1] == 35, let written = Self.characterReference(UnsafeBufferPointer(rebasing: s[(i + 2)..<j])) {
                        append(written)
                    } else {
                        out.append(contentsOf: s[i...j])
                    }
                    i = j + 1
                } else {
                    append("&amp;")
                    i += 1
                }
            } else if c == 62 { // >
                append("&gt;")
                i += 1
            } else {
                // A run of plain text, copied whole.
                var j = i + 1
                while j < n, s[j] != 60, s[j] != 38, s[j] != 62 { j += 1 }
                out.append(contentsOf: s[i..<j])
                i = j
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// How feedparser writes a character reference back (the part after "&#"), when not as
    /// written: windows-1252's 128–159 as the characters they stand for (`&#150;` →
    /// `&#x2013;`), hexadecimal with a lower-case x.
    static func characterReference(_ digits: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = digits.first else { return nil }
        let hex = first == 120 || first == 88
        let body = hex ? UnsafeBufferPointer(rebasing: digits[1...]) : digits
        guard !body.isEmpty, body.count <= 8 else { return nil }
        var value: UInt32 = 0
        for c in body {
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 97...102 where hex: d = UInt32(c - 87)
            case 65...70 where hex: d = UInt32(c - 55)
            default: return nil
            }
            value = value * (hex ? 16 : 10) + d
        }
        if (128...159).contains(value), let mapped = TextRepair.cp1252[value] {
            return "&#x" + String(mapped.value, radix: 16) + ";"
        }
        if first == 88 { return "&#x" + String(decoding: body, as: UTF8.self) + ";" }
        return nil
    }

    enum DeclarationEnd { case closed(Int), unfinished, invalid }

    /// How the "<!" at `start` ends, as an SGML parser reads it: a DOCTYPE declaration
    /// (names, quoted strings, an internal subset in brackets) closed by ">", or the text
    /// ending inside it, or a character no declaration holds; anything but DOCTYPE after
    /// "<!" is invalid.
    static func declarationEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> DeclarationEnd {
        let n = s.count
        let keyword = Array("doctype".utf8)
        guard start + 2 + keyword.count <= n else {
            // Cut inside the keyword itself ("<!DOC" at the end) is unfinished too.
            let rest = s[(start + 2)..<n].map(\.asciiLowercased)
            return !rest.isEmpty && keyword.starts(with: rest) ? .unfinished : .invalid
        }
        for k in 0..<keyword.count where s[start + 2 + k].asciiLowercased != keyword[k] { return .invalid }
        var i = start + 2 + keyword.count
        var depth = 0
        while i < n {
            let c = s[i]
            switch c {
            case 62 where depth == 0: return .closed(i + 1)
            case 34, 39:
                guard let close = s[(i + 1)...].firstIndex(of: c) else { return .unfinished }
                i = close
            case 91: depth += 1
            case 93: depth -= 1
            default:
                let isName = (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57) || c == 45 || c == 46 || c == 95 || c == 58
                if !(isName || isSpace(c) || depth > 0) { return .invalid }
            }
            i += 1
        }
        return .unfinished
    }

    /// A UTF-8 slice as a String, through the fast contiguous path.
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A tag name (or any ASCII word) lower-cased, straight from the bytes.
    static func lowercasedASCII(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        if !s[range].contains(where: { $0 >= 65 && $0 <= 90 }) { return string(s, range) }
        return String(decoding: s[range].map(\.asciiLowercased), as: UTF8.self)
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 12 }

    /// The attributes after a tag's name (lower-case names, values as written).
    static func attributes(_ s: UnsafeBufferPointer<UInt8>) -> [(String, String)] {
        let n = s.count
        var i = 0
        var attributes: [(String, String)] = []
        while i < n {
            while i < n, isSpace(s[i]) { i += 1 }
            guard i < n else { break }
            if s[i] == 47 { i += 1; continue }
            let keyStart = i
            while i < n, !isSpace(s[i]), s[i] != 61, !(s[i] == 47 && (i + 1 == n || s[i + 1] == 62)) { i += 1 }
            let key = lowercasedASCII(s, keyStart..<i)
            while i < n, isSpace(s[i]) { i += 1 }
            var value = key
            if i < n, s[i] == 61 {
                i += 1
                while i < n, isSpace(s[i]) { i += 1 }
                if i < n, s[i] == 34 || s[i] == 39 {
                    let q = s[i]
                    i += 1
                    let start = i
                    while i < n, s[i] != q { i += 1 }
                    value = string(s, start..<min(i, n))
                    i += 1
                } else {
                    let start = i
                    while i < n, !isSpace(s[i]) { i += 1 }
                    value = string(s, start..<i)
                }
            }
            if !key.isEmpty, !attributes.contains(where: { $0.0 == key }) { attributes.append((key, value)) }
            if i == keyStart { i += 1 }
        }
        return attributes
    }

    func resolve(_ value: String) -> String {
        let trimmed = FeedDocumentParser.trim(value)
        return FeedURL.safe(FeedURL.resolve(trimmed, against: base))
    }

    static func escapeText(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// Relative URI resolution that keeps unusual characters (`À`) as written.
enum FeedURL {
    /// URI schemes markup may link to (feedparser's list); any other (`javascript:`,
    /// `vbscript:`, `data:`) makes the attribute empty.
    static let acceptableSchemes: Set<String> = [
        "aim", "callto", "cvs", "facetime", "feed", "file", "ftp", "git", "gopher", "gtalk", "h323", "hdl", "http",
        "https", "imap", "irc", "irc6", "ircs", "itms", "magnet", "mailto", "mms", "msnim", "news", "nntp", "prospero",
        "rsync", "rtsp", "rtspu", "sftp", "shttp", "sip", "sips", "skype", "smb", "snews", "ssh", "svn", "svn+ssh",
        "telnet", "tel", "wais", "ymsg",
    ]

    /// `uri` when it is relative or its scheme is acceptable, else "".
    static func safe(_ uri: String) -> String {
        // A scheme is letters, digits, "+", "-", "." before the first ":", ahead of any "/?#".
        var scheme = ""
        for c in uri.unicodeScalars {
            if c == ":" { break }
            if c == "/" || c == "?" || c == "#" { return uri }
            guard c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "+" || c == "-" || c == "." || c == " " || c == "\t" else { return uri }
            scheme.unicodeScalars.append(c)
        }
        guard scheme.count < uri.unicodeScalars.count else { return uri } // no ":" at all
        let name = scheme.filter { !$0.isWhitespace }.lowercased()
        return acceptableSchemes.contains(name) ? uri : ""
    }

    static func resolve(_ href: String, against base: URL?) -> String {
        guard let base, !href.isEmpty else { return href }
        let lower = href.lowercased()
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("ftp:")
            || lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("tag:") || lower.hasPrefix("urn:") {
            return href
        }
        let encoded = href.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(CharacterSet(charactersIn: "#%"))) ?? href
        guard let url = URL(string: encoded, relativeTo: base)?.absoluteString else { return href }
        return url.removingPercentEncoding.map { decoded in
            // Only undo the encoding we added: keep escapes that were in the input.
            encoded == href ? url : decoded
        } ?? url
    }
}
