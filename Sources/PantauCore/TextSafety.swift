import Foundation

/// Untrusted text (titles, outlet names, URLs from feeds) made safe for where it goes:
/// markup attributes and text, links, one-line messages. Shared by the digest, the OPML
/// writer and alerts.
public enum TextSafety {
    /// `&`, `<`, `>`, `"` and `'` as entities: safe in HTML and XML text and attributes.
    public static func escapeMarkup(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The URL when it is http(s); nil for anything else (`javascript:`, `file:`).
    public static func webURL(_ s: String) -> String? {
        let lower = s.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? s : nil
    }

    /// One line: control characters and line breaks become spaces, ends trimmed, and text
    /// longer than `limit` cut with an ellipsis.
    public static func oneLine(_ s: String, limit: Int = .max) -> String {
        let flat = String(s.unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : Character($0) })
            .trimmingCharacters(in: .whitespaces)
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
