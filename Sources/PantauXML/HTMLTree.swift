import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser into compact Swift arrays.
///
/// libxml2 reports the page as SAX events (start tag, text, end tag) with its usual error
/// recovery: implied `<html>`/`<body>`/`<p>`, auto-closed tags, entities decoded. This type
/// keeps those events as a tree of array records instead of libxml2's tree of malloc'd
/// nodes: the page is parsed some 35 % faster (no node, property and string allocation per
/// element, no second pass to free them), and walks are index arithmetic over contiguous
/// memory. The structure is the one libxml2's own tree builder makes from the same events
/// (`HTMLTreeTests` compares both), except that elements nested deeper than
/// `maximumDepth` are flattened into their ancestor at that depth, where libxml2's builder
/// would stop the parse and lose the rest of the page, and that a text node is not cut at
/// 10 MB (libxml2's builder stops there too); memory stays bounded by the page's size.
///
/// Read-only once parsed, and `Sendable`. Nodes (`HTMLNode`) refer to the tree without
/// retaining it: keep the tree alive while you use its nodes.
public final class HTMLTree: @unchecked Sendable {
    /// Elements below this depth are flattened into their ancestor (see above).
    public static let maximumDepth = 256

    enum RawKind: UInt8 {
        case document, element, text, cdata, comment, doctype, other
    }

    struct Record {
        var kind: RawKind
        /// Name id for an element; -1 otherwise.
        var name: Int32
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// Text, CDATA, comment: byte range in `text`. Element: range in `attributes`.
        var start: Int
        var count: Int
    }

    struct Attribute {
        var name: Int32
        /// Byte range of the value in `values`.
        var start: Int
        var count: Int
    }

    /// The parsed page in flat buffers, written once by `finish` and read-only after.
    /// Nodes point here directly: a walk makes millions of node values, and reading
    /// through raw buffers costs no reference counting and no exclusivity checks.
    struct Storage {
        var records: UnsafeMutableBufferPointer<Record>
        var text: UnsafeMutableBufferPointer<UInt8>
        var attributes: UnsafeMutableBufferPointer<Attribute>
        var values: UnsafeMutableBufferPointer<UInt8>
        /// Element and attribute names (lower-case, as the parser reports them): byte
        /// ranges in `nameBytes`, by id.
        var names: UnsafeMutableBufferPointer<Attribute>
        var nameBytes: UnsafeMutableBufferPointer<UInt8>

        func name(_ id: Int32) -> UnsafeMutableBufferPointer<UInt8> {
            let range = names[Int(id)]
            return UnsafeMutableBufferPointer(rebasing: nameBytes[range.start..<range.start + range.count])
        }

        func bytes(of record: Record) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: text[record.start..<record.start + record.count])
        }
    }

    let storage: UnsafeMutablePointer<Storage>

    /// Takes over the builder's buffers (freed with the tree).
    init(records: FlatBuffer<Record>, text: FlatBuffer<UInt8>, attributes: FlatBuffer<Attribute>, values: FlatBuffer<UInt8>,
         names: [[UInt8]]) {
        // Name ranges reuse the attribute record (its `name` unused).
        var ranges: [Attribute] = []
        var bytes: [UInt8] = []
        for name in names {
            ranges.append(Attribute(name: -1, start: bytes.count, count: name.count))
            bytes += name
        }
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(records: records.contents, text: text.contents, attributes: attributes.contents,
                                       values: values.contents, names: FlatBuffer(ranges).contents,
                                       nameBytes: FlatBuffer(bytes).contents))
    }

    deinit {
        let s = storage.pointee
        free(s.records.baseAddress)
        free(s.text.baseAddress)
        free(s.attributes.baseAddress)
        free(s.values.baseAddress)
        free(s.names.baseAddress)
        free(s.nameBytes.baseAddress)
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// Calls `body` with the first top-level element (`<html>`, implied when the page lacks
    /// it), keeping the tree alive meanwhile: nodes do not retain their tree, so use them
    /// only inside `body`.
    public func withRoot<T, E: Error>(_ body: (HTMLNode?) throws(E) -> T) throws(E) -> T {
        defer { withExtendedLifetime(self) {} }
        return try body(root)
    }

    var root: HTMLNode? {
        let records = storage.pointee.records
        var child = records[0].firstChild
        while child >= 0 {
            if records[Int(child)].kind == .element { return HTMLNode(storage: storage, index: child) }
            child = records[Int(child)].next
        }
        return nil
    }

    /// Parses `data` with libxml2's HTML parser (recover mode, no network, errors silenced).
    /// `encoding` overrides the charset detection (e.g. `"UTF-8"`).
    public static func parse(_ data: Data, url: String? = nil, encoding: String? = nil) throws(XMLError) -> HTMLTree {
        LibXML.initializeOnce()
        guard let ctxt = htmlNewParserCtxt() else { throw XMLError(kind: .outOfMemory, message: "htmlNewParserCtxt") }
        defer { htmlFreeParserCtxt(ctxt) }
        guard let sax = ctxt.pointee.sax else { throw XMLError(kind: .outOfMemory, message: "htmlNewParserCtxt") }
        sax.pointee = HTMLTreeBuilder.makeHandler()
        // The builder lives behind a raw pointer for the callbacks (their user data).
        let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLTreeBuilder(size: data.count))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(builder)
        let doc = XMLDocument.readHTML(ctxt, data, url: url, encoding: encoding)
        // No document callback was installed, so libxml2 built none; free one defensively.
        if let doc { xmlFreeDoc(doc) }
        // The tree owns the buffers either way (and frees them when dropped).
        let tree = builder.pointee.finish()
        guard builder.pointee.started else {
            throw XMLError(kind: .malformed, message: "bukan dokumen HTML")
        }
        return tree
    }
}

/// A node of an `HTMLTree`: element, text (or CDATA), comment, or other.
///
/// Points into its tree's buffers without retaining the tree (nodes are made by the
/// million during a walk, and a retain and release each would be a large share of the
/// work): use it only inside `HTMLTree.withRoot`. All traversals are iterative.
public struct HTMLNode: Hashable, @unchecked Sendable {
    let storage: UnsafeMutablePointer<HTMLTree.Storage>
    /// Position in the tree, in document order: a dense key for per-node arrays.
    public let index: Int32

    init(storage: UnsafeMutablePointer<HTMLTree.Storage>, index: Int32) {
        self.storage = storage
        self.index = index
    }

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool { lhs.index == rhs.index && lhs.storage == rhs.storage }
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    var record: HTMLTree.Record { storage.pointee.records[Int(index)] }

    /// Number of nodes of the tree: per-node arrays have this size.
    public var treeNodeCount: Int { storage.pointee.records.count }

    /// Number of distinct names of the tree: per-name arrays have this size.
    public var treeNameCount: Int { storage.pointee.names.count }

    /// The node at `index` of the same tree (below `treeNodeCount`).
    public func node(at index: Int32) -> HTMLNode {
        precondition(index >= 0 && Int(index) < treeNodeCount, "node index out of range")
        return HTMLNode(storage: storage, index: index)
    }

    public enum Kind: Sendable {
        case element, text, comment, other
    }

    public var kind: Kind {
        switch record.kind {
        case .element: .element
        case .text, .cdata: .text
        case .comment: .comment
        case .document, .doctype, .other: .other
        }
    }

    public var isElement: Bool { record.kind == .element }

    /// Element name (lower-case, as the parser reports it); "" for other nodes.
    public var name: String {
        let id = record.name
        return id >= 0 ? String(decoding: storage.pointee.name(id), as: UTF8.self) : ""
    }

    /// The element's name id: equal names of one tree share it (a dense key for per-tag
    /// decisions, below `treeNameCount`); -1 for other nodes.
    public var nameID: Int32 { record.name }

    /// Whether the element's name is `other` (ASCII, case-sensitive), without allocating.
    public func hasName(_ other: StaticString) -> Bool {
        let id = record.name
        guard id >= 0 else { return false }
        return Self.equal(storage.pointee.name(id), UnsafeBufferPointer(start: other.utf8Start, count: other.utf8CodeUnitCount),
                          foldingCase: false)
    }

    private static func equal(_ a: UnsafeMutableBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Bool {
        guard a.count == b.count else { return false }
        if foldingCase {
            for i in 0..<a.count where a[i] | 0x20 != b[i] | 0x20 { return false }
        } else {
            for i in 0..<a.count where a[i] != b[i] { return false }
        }
        return true
    }

    /// Calls `body` with the node's own content (text, comment) as UTF-8 bytes, without copying.
    public func withContentBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let r = record
        switch r.kind {
        case .text, .cdata, .comment: return body(storage.pointee.bytes(of: r))
        default: return body(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// The node's own content for a text or comment node.
    public var content: String { withContentBytes { String(decoding: $0, as: UTF8.self) } }

    /// The attribute called `name` (ASCII case-insensitive).
    private func findAttribute(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTree.Attribute? {
        let r = record
        guard r.kind == .element else { return nil }
        let s = storage.pointee
        for i in r.start..<r.start + r.count where Self.equal(s.name(s.attributes[i].name), name, foldingCase: true) {
            return s.attributes[i]
        }
        return nil
    }

    private func value(of a: HTMLTree.Attribute) -> UnsafeMutableBufferPointer<UInt8> {
        UnsafeMutableBufferPointer(rebasing: storage.pointee.values[a.start..<a.start + a.count])
    }

    /// The value of attribute `name` (ASCII case-insensitive name), entities decoded.
    public func attribute(_ name: String) -> String? {
        var name = name
        guard let a = name.withUTF8({ findAttribute($0) }) else { return nil }
        return String(decoding: value(of: a), as: UTF8.self)
    }

    /// The id of element or attribute name `name` (lower-case) in this tree, or nil when no
    /// element or attribute of the page has that name: resolve once, then compare ids.
    public func nameID(of name: StaticString) -> Int32? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        let s = storage.pointee
        for id in 0..<Int32(s.names.count) where Self.equal(s.name(id), wanted, foldingCase: false) { return id }
        return nil
    }

    /// Calls `body` with the raw bytes of the value of the attribute whose name id is
    /// `nameID` (`nameID(of:)`), or nil when the element has no such attribute.
    public func withAttributeBytes<T>(nameID: Int32?, _ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        let r = record
        guard let nameID, r.kind == .element else { return body(nil) }
        let s = storage.pointee
        for i in r.start..<r.start + r.count where s.attributes[i].name == nameID {
            return body(UnsafeBufferPointer(value(of: s.attributes[i])))
        }
        return body(nil)
    }

    /// Calls `body` with the raw bytes of attribute `name`'s value (ASCII case-insensitive
    /// name), or nil when the element has no such attribute.
    public func withAttributeBytes<T>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        guard let a = findAttribute(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)) else { return body(nil) }
        return body(UnsafeBufferPointer(value(of: a)))
    }

    /// All attributes as (name, value) pairs, in the order written.
    public var attributes: [(name: String, value: String)] {
        let r = record
        guard r.kind == .element else { return [] }
        let s = storage.pointee
        return (r.start..<r.start + r.count).map { i in
            (String(decoding: s.name(s.attributes[i].name), as: UTF8.self), String(decoding: value(of: s.attributes[i]), as: UTF8.self))
        }
    }

    /// The parent element (nil at the top).
    public var parent: HTMLNode? {
        let p = record.parent
        guard p >= 0, storage.pointee.records[Int(p)].kind == .element else { return nil }
        return HTMLNode(storage: storage, index: p)
    }

    public var firstChild: HTMLNode? {
        let c = record.firstChild
        return c >= 0 ? HTMLNode(storage: storage, index: c) : nil
    }

    public var nextSibling: HTMLNode? {
        let n = record.next
        return n >= 0 ? HTMLNode(storage: storage, index: n) : nil
    }

    /// Direct children, in order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var c = record.firstChild
        while c >= 0 {
            result.append(HTMLNode(storage: storage, index: c))
            c = storage.pointee.records[Int(c)].next
        }
        return result
    }

    /// The text of this node and its descendants, in document order.
    public var text: String {
        var out: [UInt8] = []
        appendText(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes of `text` to `out`.
    public func appendText(to out: inout [UInt8]) {
        forEachText { bytes in
            out.append(contentsOf: bytes)
            return .continue
        }
    }

    /// Calls `body` with the bytes of each text (and CDATA) node of this subtree, in order,
    /// until it returns `.stop`.
    func forEachText(_ body: (UnsafeBufferPointer<UInt8>) -> WalkAction) {
        let s = storage.pointee
        walk { i in
            let r = s.records[Int(i)]
            guard r.kind == .text || r.kind == .cdata else { return .continue }
            return body(s.bytes(of: r))
        }
    }

    /// `text` with whitespace collapsed (`HTMLText.collapseWhitespace`), or nil as soon as
    /// it is known to be longer than `maxBytes` visible bytes: for tests on short texts
    /// (bylines, link labels) over every element of a page, which would otherwise copy a
    /// big container's text once per nesting level.
    public func shortText(maxBytes: Int) -> String? {
        var raw: [UInt8] = []
        var visible = 0
        var pendingSpace = false
        var tooLong = false
        forEachText { bytes in
            var k = 0
            while k < bytes.count {
                let width = HTMLText.whitespaceWidth(bytes, at: k)
                if width > 0 {
                    pendingSpace = visible > 0
                    k += width
                    continue
                }
                if pendingSpace { visible += 1; pendingSpace = false }
                visible += 1
                k += 1
            }
            if visible > maxBytes { tooLong = true; return .stop }
            raw.append(contentsOf: bytes)
            return .continue
        }
        if tooLong { return nil }
        return HTMLText.collapseWhitespace(String(decoding: raw, as: UTF8.self))
    }

    /// The first two bytes of `shortText`, found without copying, to rule out a text
    /// cheaply: the first byte that does not start white space (`HTMLText.whitespaceWidth`)
    /// and the byte after it (32 when white space follows, nil at the end of the text).
    /// Nil when the text is all white space.
    public func firstVisibleBytes() -> (first: UInt8, second: UInt8?)? {
        var first: UInt8?
        var second: UInt8?
        forEachText { bytes in
            var k = 0
            if first != nil, !bytes.isEmpty {
                second = HTMLText.whitespaceWidth(bytes, at: 0) > 0 ? 32 : bytes[0]
                return .stop
            }
            while k < bytes.count {
                let width = HTMLText.whitespaceWidth(bytes, at: k)
                if width == 0 {
                    first = bytes[k]
                    guard k + 1 < bytes.count else { return .continue }
                    second = HTMLText.whitespaceWidth(bytes, at: k + 1) > 0 ? 32 : bytes[k + 1]
                    return .stop
                }
                k += width
            }
            return .continue
        }
        return first.map { ($0, second) }
    }

    public typealias WalkAction = XMLNode.WalkAction

    /// Visits this node and every descendant in document order.
    public func forEachDescendant(_ visit: (HTMLNode) -> WalkAction) {
        let storage = self.storage
        walk { visit(HTMLNode(storage: storage, index: $0)) }
    }

    /// Elements below this node (itself included) whose name is `name`, in document order.
    public func descendants(named name: String) -> [HTMLNode] {
        var wanted = name
        return wanted.withUTF8 { wanted in
            var result: [HTMLNode] = []
            let s = storage.pointee
            walk { i in
                let r = s.records[Int(i)]
                if r.kind == .element, Self.equal(s.name(r.name), wanted, foldingCase: false) {
                    result.append(HTMLNode(storage: storage, index: i))
                }
                return .continue
            }
            return result
        }
    }

    /// Visits this subtree in document order with enter and exit events. `exit` is called
    /// for every entered node whose children were visited or skipped (not after `.stop`).
    public func traverse(enter: (HTMLNode) -> WalkAction, exit: (HTMLNode) -> Void) {
        let storage = self.storage
        iterate(enter: { enter(HTMLNode(storage: storage, index: $0)) }, exit: { exit(HTMLNode(storage: storage, index: $0)) })
    }

    /// Pre-order walk over node indices, never above this node: constant stack depth.
    func walk(_ visit: (Int32) -> WalkAction) {
        iterate(enter: visit, exit: { _ in })
    }

    /// The one loop behind `traverse` and `walk`: down to the first child, else to the next
    /// sibling, else up (calling `exit` on the way) until a node has one; never above this
    /// node, with no stack, however deep the page.
    @inline(__always)
    private func iterate(enter: (Int32) -> WalkAction, exit: (Int32) -> Void) {
        let records = storage.pointee.records
        let start = index
        var node = start
        while node >= 0 {
            let action = enter(node)
            if action == .stop { return }
            let first = records[Int(node)].firstChild
            if action == .continue, first >= 0 {
                node = first
                continue
            }
            var leaving = node
            node = -1
            while leaving >= 0 {
                exit(leaving)
                if leaving == start { return }
                let next = records[Int(leaving)].next
                if next >= 0 {
                    node = next
                    break
                }
                leaving = records[Int(leaving)].parent
            }
        }
    }
}
