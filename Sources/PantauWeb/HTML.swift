import Foundation
import PantauCore

/// Building HTML from untrusted text. Everything that came from a feed, a page or a form
/// (titles, outlets, snippets, notes, URLs) goes through `escape`; links only through
/// `href`, which keeps http(s) and the site's own paths and drops the rest.
enum HTML {
    /// Text and attribute values: `& < > " '` as entities.
    static func escape(_ s: String) -> String { TextSafety.escapeMarkup(s) }

    /// An attribute value for a link: an http(s) URL or a path of this site, escaped;
    /// nil for anything else (`javascript:`, `data:`, `//other.host`).
    static func href(_ s: String) -> String? {
        if s.hasPrefix("/") && !s.hasPrefix("//") { return escape(s) }
        return TextSafety.webURL(s).map(escape)
    }

    /// A link whose text and target are escaped; plain text when the target is not safe.
    static func link(_ text: String, to url: String, rel: String? = nil) -> String {
        guard let target = href(url) else { return escape(text) }
        let relation = rel.map { " rel=\"\($0)\"" } ?? ""
        return "<a href=\"\(target)\"\(relation)>\(escape(text))</a>"
    }

    /// A link to an outlet's page: it leaves Pantau, so no referrer and no opener.
    static func outletLink(_ text: String, to url: String) -> String {
        link(text, to: url, rel: "noopener noreferrer")
    }

    /// A search snippet whose matches FTS5 put between `[` and `]`, with the matches
    /// marked: the text is escaped first, then the brackets become `<mark>`.
    static func snippet(_ s: String) -> String {
        var out = ""
        var open = false
        for c in s {
            switch c {
            case "[" where !open: out += "<mark>"; open = true
            case "]" where open: out += "</mark>"; open = false
            default: out += escape(String(c))
            }
        }
        if open { out += "</mark>" }
        return out
    }

    /// `text` with every case-insensitive occurrence of `terms` marked, escaped.
    static func highlight(_ text: String, terms: [String]) -> String {
        let wanted = terms.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard !wanted.isEmpty else { return escape(text) }
        var out = ""
        var index = text.startIndex
        var plain = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if let term = wanted.first(where: { rest.range(of: $0, options: [.caseInsensitive, .anchored]) != nil }),
               let match = rest.range(of: term, options: [.caseInsensitive, .anchored]) {
                out += escape(String(text[plain..<index])) + "<mark>" + escape(String(text[match])) + "</mark>"
                index = match.upperBound
                plain = index
            } else {
                index = text.index(after: index)
            }
        }
        return out + escape(String(text[plain...]))
    }

    /// A Jakarta date and time, `2026-11-29 08:15 WIB`.
    static func time(_ date: Date) -> String {
        "\(JakartaTime.dayString(date)) \(JakartaTime.timeString(date)) WIB"
    }
}
