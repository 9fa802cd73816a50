import Foundation

/// Cleans HTML from feeds the way feed readers must: a single pass over the markup that
/// keeps text and character references exactly as written, re-emits allowed tags with
/// double-quoted, sorted attributes (void elements as `<br />`), drops comments, dangerous
/// elements (`script`, `style`, `applet` with their content; `iframe`, `object`, `embed`,
/// `meta`, `link`, `frame`… without), event-handler and unknown attributes, and makes
/// relative URIs absolute.
///
/// Linear in the input, no tree, no recursion: hostile markup cannot blow the stack.
struct HTMLSanitizer {
    /// Base for relative URIs in `href`, `src` and similar attributes.
    var base: URL?

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

    static let uriAttributes: Set<String> = [
        "action", "background", "cite", "data", "dynsrc", "href", "longdesc", "lowsrc", "poster", "src", "usemap",
    ]

    func sanitize(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var skipDepth = 0 // inside script/style/applet
        var skipName = ""
        let n = s.count
        func append(_ text: String) { out.append(contentsOf: text.unicodeScalars) }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
        while i < n {
            let c = s[i]
            if c == "<" {
                // Comment: dropped; it ends at "-->", or at the first ">" when there is none.
                if i + 3 < n, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    var j = i + 4
                    while j + 2 < n, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                    if j + 2 < n {
                        i = j + 3
                    } else {
                        var k = i + 4
                        while k < n, s[k] != ">" { k += 1 }
                        i = min(n, k + 1)
                    }
                    continue
                }
                // Declarations (<!DOCTYPE …>) and processing instructions: dropped when
                // closed; anything else after "<!" is text.
                if i + 1 < n, s[i + 1] == "?" || (s[i + 1] == "!" && i + 2 < n && s[i + 2].properties.isAlphabetic) {
                    var j = i + 2
                    while j < n, s[j] != ">" { j += 1 }
                    if j < n {
                        i = j + 1
                        continue
                    }
                    if skipDepth == 0 { append("&lt;") }
                    i += 1
                    continue
                }
                if i + 1 < n, s[i + 1] == "!" {
                    if skipDepth == 0 { append("&lt;") }
                    i += 1
                    continue
                }
                let closing = i + 1 < n && s[i + 1] == "/"
                let nameStart = closing ? i + 2 : i + 1
                guard nameStart < n, isNameStart(s[nameStart]) else {
                    if skipDepth == 0 { append("&lt;") }
                    i += 1
                    continue
                }
                // Read the tag to its closing '>', honouring quoted attribute values.
                var j = nameStart
                var quote: Unicode.Scalar?
                while j < n {
                    let d = s[j]
                    if let q = quote {
                        if d == q { quote = nil }
                    } else if d == "\"" || d == "'" {
                        quote = d
                    } else if d == ">" {
                        break
                    }
                    j += 1
                }
                let tag = String(String.UnicodeScalarView(s[nameStart..<min(j, n)]))
                i = min(n, j + 1)
                let (rawName, attributes, selfClosing) = Self.parseTag(tag)
                let name = rawName.lowercased()
                if skipDepth > 0 {
                    if name == skipName { skipDepth += closing ? -1 : (selfClosing ? 0 : 1) }
                    continue
                }
                if Self.droppedWithContent.contains(name) {
                    if !closing && !selfClosing {
                        skipDepth = 1
                        skipName = name
                    }
                    continue
                }
                guard Self.allowedElements.contains(name) else { continue }
                if closing {
                    if !Self.voidElements.contains(name) { append("</\(name)>") }
                    continue
                }
                append("<" + name)
                for (key, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                    guard Self.allowedAttributes.contains(key) else { continue }
                    var v = value
                    if Self.uriAttributes.contains(key) { v = resolve(v) }
                    append(" \(key)=\"\(v.replacingOccurrences(of: "\"", with: "&quot;"))\"")
                }
                append(Self.voidElements.contains(name) ? " />" : ">")
            } else if skipDepth > 0 {
                i += 1
            } else if c == "&" {
                // A reference stays as written; a bare ampersand is escaped.
                var j = i + 1
                if j < n, s[j] == "#" { j += 1 }
                let start = j
                while j < n, j - start < 32, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
                if j > start, j < n, s[j] == ";" {
                    var ref = String(String.UnicodeScalarView(s[i...j]))
                    if ref.hasPrefix("&#X") { ref = "&#x" + ref.dropFirst(3) }
                    append(ref)
                    i = j + 1
                } else {
                    append("&amp;")
                    i += 1
                }
            } else if c == ">" {
                append("&gt;")
                i += 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// Name, attributes (lower-case names, values as written) and whether it ends in `/`.
    static func parseTag(_ tag: String) -> (String, [(String, String)], Bool) {
        let s = Array(tag.unicodeScalars)
        var i = 0
        var name = String.UnicodeScalarView()
        while i < s.count, !s[i].properties.isWhitespace, s[i] != "/" { name.append(s[i]); i += 1 }
        var attributes: [(String, String)] = []
        var selfClosing = false
        while i < s.count {
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            guard i < s.count else { break }
            if s[i] == "/" { selfClosing = true; i += 1; continue }
            var key = String.UnicodeScalarView()
            while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != "/" || (i + 1 < s.count && s[i + 1] != ">" && !key.isEmpty) {
                key.append(s[i]); i += 1
            }
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, s[i].properties.isWhitespace { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let q = s[i]
                    i += 1
                    var v = String.UnicodeScalarView()
                    while i < s.count, s[i] != q { v.append(s[i]); i += 1 }
                    i += 1
                    value = String(v)
                } else {
                    var v = String.UnicodeScalarView()
                    while i < s.count, !s[i].properties.isWhitespace { v.append(s[i]); i += 1 }
                    value = String(v)
                }
            } else {
                value = String(key).lowercased()
            }
            let k = String(key).lowercased()
            if !k.isEmpty, !attributes.contains(where: { $0.0 == k }) { attributes.append((k, value)) }
        }
        return (String(name), attributes, selfClosing)
    }

    func resolve(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return FeedURL.resolve(trimmed, against: base)
    }

    static func escapeText(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// Relative URI resolution that keeps unusual characters (`À`) as written.
enum FeedURL {
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
