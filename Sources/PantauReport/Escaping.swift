import PantauCore

/// Escaping for article-derived text, which is untrusted.
enum Escaping {
    static func html(_ s: String) -> String { TextSafety.escapeMarkup(s) }

    /// Markdown-escaped inline text: markup characters are backslash-escaped, so no raw HTML
    /// or link syntax from an article reaches the reader.
    static func markdown(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "!", "|", "<", ">", "~", "&":
                out += "\\"
                out.unicodeScalars.append(c)
            case "\n", "\r":
                out += " "
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Only http(s) links are written; anything else (`javascript:`) becomes nil.
    static func safeURL(_ s: String) -> String? { TextSafety.webURL(s) }

    /// A URL for a Markdown link target: parentheses and spaces percent-encoded.
    static func markdownURL(_ s: String) -> String {
        s.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: ">", with: "%3E")
    }
}
