import Foundation

/// Plain text from small HTML fragments (feed summaries, titles with markup).
public enum HTMLText {
    /// The visible text of an HTML fragment: tags removed, entities decoded, whitespace
    /// collapsed; script and style content dropped.
    public static func plainText(fromFragment html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapseWhitespace(html) }
        let wrapped = "<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>"
        guard let doc = try? XMLDocument.parseHTML(Data(wrapped.utf8), encoding: "UTF-8"), let root = doc.root else {
            return collapseWhitespace(html)
        }
        var out = ""
        root.forEachDescendant { node in
            switch node.kind {
            case .element:
                if node.hasName("script") || node.hasName("style") { return .skipChildren }
                if node.hasName("br") || node.hasName("p") || node.hasName("div") || node.hasName("li") { out += " " }
                return .continue
            case .text:
                out += node.content
                return .continue
            default:
                return .skipChildren
            }
        }
        return collapseWhitespace(out)
    }

    /// Collapses runs of whitespace (including no-break spaces) to one space and trims.
    ///
    /// On UTF-8 bytes: the Unicode white space characters (and U+200B) are recognised by
    /// their encodings, everything else is copied; looking up scalar properties made this
    /// the largest cost of extracting a page with a single non-ASCII character.
    public static func collapseWhitespace(_ s: String) -> String {
        var copy = s
        return copy.withUTF8(collapseWhitespace(bytes:))
    }

    /// `collapseWhitespace` of UTF-8 bytes.
    public static func collapseWhitespace(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let width = whitespaceWidth(bytes, at: i)
            if width > 0 {
                pendingSpace = !out.isEmpty
                i += width
                continue
            }
            if pendingSpace { out.append(32) }
            pendingSpace = false
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte length of the white space character at `i` (0: none): ASCII white space,
    /// U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000.
    @inline(__always)
    public static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 32 || (c >= 9 && c <= 13) ? 1 : 0 }
        let n = b.count
        switch c {
        case 0xC2:
            return i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let (d, e) = (b[i + 1], b[i + 2])
            if d == 0x80, e >= 0x80 && e <= 0x8B || e == 0xA8 || e == 0xA9 || e == 0xAF { return 3 }
            if d == 0x81, e == 0x9F { return 3 }
            return 0
        case 0xE3:
            return i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
