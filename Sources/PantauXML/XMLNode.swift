import CLibXML2
import Foundation

/// A node of an `XMLDocument`: element, text, comment or entity reference.
///
/// Keeps its document alive. All traversals are iterative (a hostile page can nest
/// 100,000 elements deep, far beyond a thread's stack). Same thread-safety as the document.
public struct XMLNode: @unchecked Sendable, Hashable {
    let pointer: xmlNodePtr
    let document: XMLDocument

    init(pointer: xmlNodePtr, document: XMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    public enum Kind: Sendable {
        case element, text, comment, entityReference, other
    }

    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        case XML_COMMENT_NODE: .comment
        case XML_ENTITY_REF_NODE: .entityReference
        default: .other
        }
    }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Local name, as written (HTML names are lower-case already).
    public var name: String {
        guard let n = pointer.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Whether the local name equals `other` (ASCII, case-sensitive) without allocating.
    public func hasName(_ other: StaticString) -> Bool {
        guard let n = pointer.pointee.name else { return false }
        return strcmp(n, other.utf8Start) == 0
    }

    /// Calls `body` with the bytes of the element's namespace URI, borrowed for the call
    /// (nil: none): callers compare URIs without making a String of each.
    public func withNamespaceURI<T>(_ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return body(nil) }
        return body(UnsafeBufferPointer(start: href, count: Int(xmlStrlen(href))))
    }

    /// The namespace URI of an element, if any.
    public var namespaceURI: String? {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    public var parent: XMLNode? {
        guard let p = pointer.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(pointer: p, document: document)
    }

    /// Direct children, in order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let c = child {
            result.append(XMLNode(pointer: c, document: document))
            child = c.pointee.next
        }
        return result
    }

    /// Direct element children, in order.
    public var elementChildren: [XMLNode] { Array(elements) }

    /// Direct element children as a lazy sequence: no array for a loop that only reads them.
    public var elements: ElementSequence { ElementSequence(first: pointer.pointee.children, document: document) }

    public struct ElementSequence: Sequence, IteratorProtocol {
        var upcoming: xmlNodePtr?
        let document: XMLDocument

        init(first: xmlNodePtr?, document: XMLDocument) {
            self.upcoming = first
            self.document = document
        }

        public mutating func next() -> XMLNode? {
            while let node = upcoming {
                upcoming = node.pointee.next
                if node.pointee.type == XML_ELEMENT_NODE { return XMLNode(pointer: node, document: document) }
            }
            return nil
        }
    }

    /// Calls `body` with the bytes of the node's only child when that child is a text or
    /// CDATA node (a feed's description, most of the time): `text` without a copy.
    /// Returns nil, without calling `body`, for any other shape.
    public func withSingleTextChild<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let child = pointer.pointee.children, child.pointee.next == nil,
              child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE,
              let content = child.pointee.content else { return nil }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(content).assumingMemoryBound(to: UInt8.self), count: Int(strlen(content))))
    }

    /// The value of attribute `name` (no namespace), with entities already resolved by the parser.
    public func attribute(_ name: String) -> String? {
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, name.withCString({ strcasecmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self), $0) }) == 0 {
                return Self.textOfAttribute(a)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// All attributes as (name, value) pairs.
    public var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name { result.append((String(cString: n), Self.textOfAttribute(a))) }
            attr = a.pointee.next
        }
        return result
    }

    /// All attributes with their namespace URI (nil for none): `xlink:href` is
    /// ("href", XLink's URI, value).
    public var namespacedAttributes: [(name: String, namespaceURI: String?, value: String)] {
        var result: [(String, String?, String)] = []
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name {
                let uri = a.pointee.ns?.pointee.href.map { String(cString: $0) }
                result.append((String(cString: n), uri, Self.textOfAttribute(a)))
            }
            attr = a.pointee.next
        }
        return result
    }

    private static func textOfAttribute(_ a: xmlAttrPtr) -> String {
        var out = ""
        var child = a.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                out += String(cString: content)
            }
            child = c.pointee.next
        }
        return out
    }

    /// The node's own content for a text or comment node.
    public var content: String {
        guard let c = pointer.pointee.content else { return "" }
        return String(cString: c)
    }

    /// The text of this node and its descendants, in document order. Entity-reference nodes
    /// are skipped, never expanded (`xmlNodeGetContent` would expand a billion laughs).
    public var text: String {
        if pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE {
            return content
        }
        var out = ""
        walk { node in
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let c = node.pointee.content {
                out += String(cString: c)
            }
            return type == XML_ENTITY_REF_NODE ? .skipChildren : .continue
        }
        return out
    }

    /// Serialises the node's children as markup (for HTML content in feeds).
    public var innerMarkup: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = pointer.pointee.children
        while let c = child {
            xmlNodeDump(buffer, document.pointer, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// What a walk does after visiting a node.
    public enum WalkAction {
        case `continue`, skipChildren, stop
    }

    /// Visits this node and every descendant in document order, iteratively.
    public func forEachDescendant(_ visit: (XMLNode) -> WalkAction) {
        let doc = document
        walk { visit(XMLNode(pointer: $0, document: doc)) }
    }

    /// Elements below this node whose name is `name`, in document order.
    public func descendants(named name: String) -> [XMLNode] {
        var result: [XMLNode] = []
        let doc = document
        walk { node in
            if node.pointee.type == XML_ELEMENT_NODE, let n = node.pointee.name, String(cString: n) == name {
                result.append(XMLNode(pointer: node, document: doc))
            }
            return .continue
        }
        return result
    }

    /// Visits this subtree in document order with enter and exit events, iteratively.
    /// `exit` is called for every entered node whose children were visited or skipped
    /// (not after `.stop`).
    public func traverse(enter: (XMLNode) -> WalkAction, exit: (XMLNode) -> Void) {
        let start = pointer
        let doc = document
        var node: xmlNodePtr? = start
        while let current = node {
            let action = enter(XMLNode(pointer: current, document: doc))
            if action == .stop { return }
            if action == .continue, current.pointee.type != XML_ENTITY_REF_NODE,
               current.pointee.type != XML_ENTITY_DECL, let child = current.pointee.children {
                node = child
                continue
            }
            // Leave nodes upward until one has a next sibling.
            var leaving: xmlNodePtr? = current
            node = nil
            while let c = leaving {
                exit(XMLNode(pointer: c, document: doc))
                if c == start { return }
                if let next = c.pointee.next {
                    node = next
                    break
                }
                leaving = c.pointee.parent
            }
        }
    }

    /// Pre-order traversal using the tree's parent/sibling links: constant stack depth.
    func walk(_ visit: (xmlNodePtr) -> WalkAction) {
        let start = pointer
        var node: xmlNodePtr? = start
        while let current = node {
            let action = visit(current)
            if action == .stop { return }
            if action == .continue, current.pointee.type != XML_ENTITY_REF_NODE,
               current.pointee.type != XML_ENTITY_DECL, let child = current.pointee.children {
                node = child
                continue
            }
            // Climb until a next sibling exists, never above the start node.
            var climb: xmlNodePtr? = current
            node = nil
            while let c = climb, c != start {
                if let next = c.pointee.next {
                    node = next
                    break
                }
                climb = c.pointee.parent
            }
        }
    }
}

extension XMLNode {
    /// The source line of an element, as libxml2 recorded it.
    public var line: Int? {
        let l = Int(xmlGetLineNo(pointer))
        return l > 0 ? l : nil
    }
}

extension XMLNode {
    /// The namespace prefix of an element as written (`dc` in `dc:date`), if any.
    public var namespacePrefix: String? {
        guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix)
    }

    /// The base URI in effect for this node: nested `xml:base` resolved against the
    /// document's URL (libxml2's `xmlNodeGetBase`).
    public var baseURI: String? {
        guard let b = xmlNodeGetBase(document.pointer, pointer) else { return nil }
        defer { pantau_xml_free(b) }
        return String(cString: b)
    }

    /// The `xml:lang` in effect for this node, if any.
    public var language: String? {
        guard let l = xmlNodeGetLang(pointer) else { return nil }
        defer { pantau_xml_free(l) }
        return String(cString: l)
    }

    /// The value of attribute `name` in namespace `namespace` (`xml:lang` → XML namespace).
    public func attribute(_ name: String, namespace: String) -> String? {
        guard let v = xmlGetNsProp(pointer, name, namespace) else { return nil }
        defer { pantau_xml_free(v) }
        return String(cString: v)
    }

    /// In-scope namespace declarations on this element (prefix or nil, URI).
    public var namespaceDeclarations: [(prefix: String?, uri: String)] {
        var result: [(String?, String)] = []
        var ns = pointer.pointee.nsDef
        while let n = ns {
            if let href = n.pointee.href {
                result.append((n.pointee.prefix.map { String(cString: $0) }, String(cString: href)))
            }
            ns = n.pointee.next
        }
        return result
    }
}
