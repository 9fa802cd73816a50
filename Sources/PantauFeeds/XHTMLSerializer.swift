import Foundation
import PantauXML

/// Serialises inline XHTML from a feed (Atom `type="xhtml"`, RSS `xhtml:body`) as
/// sanitised markup, with the same rules as `HTMLSanitizer`: allowed elements only,
/// sorted double-quoted attributes, void elements as `<br />`, text escaped.
struct XHTMLSerializer {
    var base: URL?

    func serialize(childrenOf node: XMLNode) -> String {
        var out = ""
        var skipUntil: XMLNode?
        var open: [XMLNode] = []
        var first = true
        node.traverse(enter: { n in
            if first { first = false; return .continue }
            if skipUntil != nil { return .skipChildren }
            switch n.kind {
            case .text:
                out += HTMLSanitizer.escapeText(n.content)
                return .continue
            case .element:
                let name = n.name.lowercased()
                if HTMLSanitizer.droppedWithContent.contains(name) {
                    skipUntil = n
                    return .skipChildren
                }
                guard HTMLSanitizer.allowedElements.contains(name) else { return .continue }
                out += "<" + name
                for (key, value) in n.attributes.map({ ($0.name.lowercased(), $0.value) }).sorted(by: { $0.0 < $1.0 })
                    where HTMLSanitizer.allowedAttributes.contains(key) {
                    var v = value
                    if HTMLSanitizer.uriAttributes.contains(key) { v = FeedURL.resolve(FeedDocumentParser.trim(v), against: base) }
                    out += " \(key)=\"\(Self.escapeAttribute(v))\""
                }
                if HTMLSanitizer.voidElements.contains(name) {
                    out += " />"
                    return .skipChildren
                }
                out += ">"
                open.append(n)
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { n in
            if let s = skipUntil, s == n { skipUntil = nil; return }
            if let last = open.last, last == n {
                open.removeLast()
                out += "</\(n.name.lowercased())>"
            }
        })
        return out
    }

    static func escapeAttribute(_ s: String) -> String {
        let text = HTMLSanitizer.escapeText(s)
        return text.utf8.contains(34) ? text.replacingOccurrences(of: "\"", with: "&quot;") : text
    }
}
