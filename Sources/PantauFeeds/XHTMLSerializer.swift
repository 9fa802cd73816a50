import Foundation
import PantauXML

/// Serialises inline XML from a feed (Atom `type="xhtml"`, RSS `xhtml:body`, markup written
/// straight into a text element) as sanitised markup, with the rules of `HTMLSanitizer`:
/// allowed HTML elements, SVG and MathML in their namespaces (`ForeignMarkup`), sorted
/// double-quoted attributes, void elements as `<br />`, text escaped. Elements of other
/// namespaces (`dc:title` in SVG metadata) are dropped, their text kept.
struct XHTMLSerializer {
    var base: URL?

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    func serialize(childrenOf node: XMLNode) -> String {
        // Markup written in the feed's own namespace (naked <b> in an Atom 0.3 summary) is
        // the writer's HTML: the root's namespace counts as none.
        var root = node
        while let up = root.parent, up.isElement { root = up }
        let feedNamespace = root.namespaceURI
        var out = ""
        var skipUntil: XMLNode?
        var open: [(node: XMLNode, name: String)] = []
        var foreign = ForeignMarkup()
        var first = true
        node.traverse(enter: { n in
            if first { first = false; return .continue }
            if skipUntil != nil { return .skipChildren }
            switch n.kind {
            case .text:
                out += HTMLSanitizer.escapeText(n.content)
                return .continue
            case .element:
                let uri = n.namespaceURI
                let local = n.name.lowercased()
                // HTML, SVG and MathML by their local name; any other namespace keeps its
                // prefix, so that no whitelist knows it.
                let known = uri == nil || uri == feedNamespace || uri == FeedDocumentParser.xhtml || uri == ForeignMarkup.svgNamespace
                    || uri == ForeignMarkup.mathMLNamespace
                let name = known ? local : "\(n.namespacePrefix ?? "ns"):\(local)"
                if HTMLSanitizer.droppedWithContent.contains(name) {
                    skipUntil = n
                    return .skipChildren
                }
                var attributes = n.namespacedAttributes.compactMap { a -> (String, String)? in
                    switch a.namespaceURI {
                    case nil: return (a.name.lowercased(), a.value)
                    case Self.xmlNamespace?: return ("xml:" + a.name.lowercased(), a.value)
                    case ForeignMarkup.xlinkNamespace?: return ("xlink:" + a.name.lowercased(), a.value)
                    default: return nil
                    }
                }
                // The element's own namespace, as feedparser declares it on <svg> and <math>.
                if (uri == ForeignMarkup.svgNamespace && local == "svg") || (uri == ForeignMarkup.mathMLNamespace && local == "math"),
                   !attributes.contains(where: { $0.0 == "xmlns" }) {
                    attributes.append(("xmlns", uri!))
                }
                let role = HTMLSanitizer.tagRoles[name] ?? []
                var written = name
                var vocabulary = ForeignMarkup.Vocabulary.html
                if !role.contains(.allowed) || foreign.isActive {
                    guard let (foreignName, v) = foreign.open(name, attributes: &attributes, htmlTyped: false, selfClosing: false,
                                                              allowedInHTML: role.contains(.allowed)) else { return .continue }
                    written = foreignName
                    vocabulary = v
                }
                out += "<" + written
                let kept = vocabulary == .html ? attributes.filter { HTMLSanitizer.attributeRoles[$0.0] != nil }
                    : ForeignMarkup.allowedAttributes(attributes, vocabulary)
                for (key, value) in kept.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) {
                    var v = value
                    if HTMLSanitizer.attributeRoles[key] == true || key == "xlink:href" {
                        v = FeedURL.safe(FeedURL.resolve(FeedDocumentParser.trim(v), against: base))
                    }
                    if vocabulary == .html, key == "rel" || key == "type" { v = v.lowercased() }
                    out += " \(key)=\"\(Self.escapeAttribute(v))\""
                }
                if role.contains(.void), vocabulary == .html {
                    out += " />"
                    return .skipChildren
                }
                out += ">"
                open.append((n, written))
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { n in
            if let s = skipUntil, s == n { skipUntil = nil; return }
            if let last = open.last, last.node == n {
                open.removeLast()
                if foreign.isActive || !(HTMLSanitizer.tagRoles[last.name.lowercased()] ?? []).contains(.allowed) {
                    _ = foreign.close(last.name.lowercased(), allowedInHTML: true)
                }
                out += "</\(last.name)>"
            }
        })
        return out
    }

    static func escapeAttribute(_ s: String) -> String {
        let text = HTMLSanitizer.escapeText(s)
        return text.utf8.contains(34) ? text.replacingOccurrences(of: "\"", with: "&quot;") : text
    }
}
