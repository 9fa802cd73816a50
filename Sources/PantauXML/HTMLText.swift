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
    public static func collapseWhitespace(_ s: String) -> String {
        // ASCII text (most of it) is collapsed on bytes, without Unicode property lookups.
        var copy = s
        if let fast = copy.withUTF8({ bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b == 32 || b == 9 || b == 10 || b == 13 || b == 12 || b == 11 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(32) }
                    pendingSpace = false
                    out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }) {
            return fast
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
