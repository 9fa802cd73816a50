import CLibXML2
import Foundation

/// Turns libxml2's HTML SAX events into an `HTMLTree`, the way libxml2's own tree builder
/// (SAX2.c) turns them into nodes: an element opens under the current one, text joins a
/// preceding text sibling of the same kind, text outside any element is dropped.
struct HTMLTreeBuilder {
    private var records: FlatBuffer<HTMLTree.Record>
    private var text: FlatBuffer<UInt8>
    private var attributes: FlatBuffer<HTMLTree.Attribute>
    private var values: FlatBuffer<UInt8>
    private var names: [[UInt8]] = []
    /// Name ids by the address libxml2 gives: names are interned in the parser's
    /// dictionary, so after the first `<div>` every other is one pointer lookup. Implied
    /// elements come with static strings, hence the second map by bytes.
    private var idsByAddress: [UnsafeRawPointer: Int32] = [:]
    private var idsByName: [[UInt8]: Int32] = [:]
    /// The open elements; the document node at the bottom.
    private var open: [Int32] = [0]
    /// Start tags below `HTMLTree.maximumDepth` not made into elements, still to be closed.
    private var flattened = 0
    /// Whether the parser began a document (it did not for input it could not read at all).
    private(set) var started = false

    /// A builder for a page of `size` bytes: buffers sized for a typical page of that size
    /// (one node per 64 bytes of markup, a quarter of it text), grown when needed.
    init(size: Int) {
        records = FlatBuffer(capacity: size / 64)
        records.append(HTMLTree.Record(kind: .document, name: -1, parent: -1, start: 0, count: 0))
        text = FlatBuffer(capacity: size / 4)
        attributes = FlatBuffer(capacity: size / 128)
        values = FlatBuffer(capacity: size / 16)
    }

    /// The tree, which takes the buffers over: call once.
    func finish() -> HTMLTree {
        HTMLTree(records: records, text: text, attributes: attributes, values: values, names: names)
    }

    /// The last name id seen for each of 256 address slots: most names are found here
    /// without hashing.
    private var recentNames = [(address: UnsafeRawPointer?, id: Int32)](repeating: (nil, -1), count: 256)

    private mutating func nameID(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
        let address = UnsafeRawPointer(pointer)
        let bits = UInt(bitPattern: address)
        let slot = Int((bits >> 3 ^ bits >> 11) & 255)
        if recentNames[slot].address == address { return recentNames[slot].id }
        let id = lookUpName(address)
        recentNames[slot] = (address, id)
        return id
    }

    private mutating func lookUpName(_ address: UnsafeRawPointer) -> Int32 {
        let pointer = address.assumingMemoryBound(to: xmlChar.self)
        if let id = idsByAddress[address] { return id }
        let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))))
        let id = intern(bytes)
        idsByAddress[address] = id
        return id
    }

    private mutating func intern(_ bytes: [UInt8]) -> Int32 {
        if let known = idsByName[bytes] { return known }
        let id = Int32(names.count)
        names.append(bytes)
        idsByName[bytes] = id
        return id
    }

    /// By name id: the id of the name an element of that name gets (-1: not worked out yet).
    private var elementNames: [Int32] = []

    /// The id of an element's name. libxml2's tree builder splits a prefixed name and keeps
    /// the part after the first colon (`<o:p>` is a `p`, `<e:f:g>` an `f:g`; `<d:>` stays);
    /// attribute names are kept whole.
    private mutating func elementNameID(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
        let id = Int(nameID(pointer))
        if id < elementNames.count, elementNames[id] >= 0 { return elementNames[id] }
        var local = Int32(id)
        let bytes = names[id]
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < bytes.count {
            local = intern(Array(bytes[(colon + 1)...]))
        }
        if elementNames.count < names.count {
            elementNames.append(contentsOf: repeatElement(-1, count: names.count - elementNames.count))
        }
        elementNames[id] = local
        return local
    }

    /// Appends node `record` as the last child of the current element.
    private mutating func append(_ record: HTMLTree.Record) -> Int32 {
        let index = Int32(records.count)
        let parent = Int(record.parent)
        let last = records[parent].lastChild
        if last >= 0 { records[Int(last)].next = index } else { records[parent].firstChild = index }
        records[parent].lastChild = index
        records.append(record)
        return index
    }

    mutating func startElement(_ name: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let name else { return }
        if open.count > HTMLTree.maximumDepth {
            flattened += 1
            return
        }
        let first = attributes.count
        if let atts {
            var i = 0
            while let attributeName = atts[i] {
                let start = values.count
                if let value = atts[i + 1] {
                    values.append(contentsOf: UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
                } else if htmlIsBooleanAttr(attributeName) != 0 {
                    // As libxml2's tree builder does: `<input checked>` has the value "checked".
                    values.append(contentsOf: UnsafeBufferPointer(start: attributeName, count: strlen(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self))))
                }
                attributes.append(HTMLTree.Attribute(name: nameID(attributeName), start: start, count: values.count - start))
                i += 2
            }
        }
        var parent = open[open.count - 1]
        // With no element open (content after `</html>`), libxml2's builder puts the new
        // element under the document's first child when that is an element, else at the
        // top level (after a doctype: outside the root, where no walk finds it).
        if parent == 0, case let top = records[0].firstChild, top >= 0, records[Int(top)].kind == .element { parent = top }
        let index = append(HTMLTree.Record(kind: .element, name: elementNameID(name), parent: parent,
                                           start: first, count: attributes.count - first))
        open.append(index)
    }

    mutating func endElement() {
        if flattened > 0 {
            flattened -= 1
        } else if open.count > 1 {
            open.removeLast()
        }
    }

    mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, kind: HTMLTree.RawKind) {
        guard let bytes, length > 0, open.count > 1 else { return }
        let parent = Int(open[open.count - 1])
        let last = records[parent].lastChild
        // Joined to the preceding text of the same kind: its bytes end the buffer.
        if last >= 0, records[Int(last)].kind == kind {
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
            records[Int(last)].count += Int(length)
            return
        }
        let start = text.count
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        _ = append(HTMLTree.Record(kind: kind, name: -1, parent: open[open.count - 1], start: start, count: Int(length)))
    }

    mutating func comment(_ bytes: UnsafePointer<xmlChar>?) {
        let start = text.count
        if let bytes {
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
        }
        _ = append(HTMLTree.Record(kind: .comment, name: -1, parent: open[open.count - 1], start: start, count: text.count - start))
    }

    mutating func processingInstruction() {
        _ = append(HTMLTree.Record(kind: .other, name: -1, parent: open[open.count - 1], start: 0, count: 0))
    }

    mutating func startDocument() { started = true }

    /// `<!DOCTYPE …>`: libxml2's builder makes it the document's first child.
    mutating func doctype() {
        let first = records[0].firstChild
        if first >= 0, records[Int(first)].kind == .doctype { return }
        let index = Int32(records.count)
        records.append(HTMLTree.Record(kind: .doctype, name: -1, parent: 0, next: first, start: 0, count: 0))
        records[0].firstChild = index
        if first < 0 { records[0].lastChild = index }
    }

    /// The builder of the parse that sent an event: the parser context's `_private`.
    /// (libxml2 passes the context as the callbacks' user data.)
    private static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder> {
        let ctxt = context!.assumingMemoryBound(to: xmlParserCtxt.self)
        return ctxt.pointee._private!.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    /// The SAX callbacks: tree events only. No entity, DTD or error callbacks (errors are
    /// not wanted, and an HTML page's entities are decoded by the parser itself).
    static func makeHandler() -> htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startDocument = { ctx in HTMLTreeBuilder.from(ctx).pointee.startDocument() }
        h.internalSubset = { ctx, _, _, _ in HTMLTreeBuilder.from(ctx).pointee.doctype() }
        h.startElement = { ctx, name, atts in HTMLTreeBuilder.from(ctx).pointee.startElement(name, atts) }
        h.endElement = { ctx, _ in HTMLTreeBuilder.from(ctx).pointee.endElement() }
        h.characters = { ctx, ch, len in HTMLTreeBuilder.from(ctx).pointee.characters(ch, len, kind: .text) }
        // Never called while blanks are kept (libxml2's default); the tree builder treats
        // them as text too.
        h.ignorableWhitespace = { ctx, ch, len in HTMLTreeBuilder.from(ctx).pointee.characters(ch, len, kind: .text) }
        // The content of <script> and <style>.
        h.cdataBlock = { ctx, ch, len in HTMLTreeBuilder.from(ctx).pointee.characters(ch, len, kind: .cdata) }
        h.comment = { ctx, value in HTMLTreeBuilder.from(ctx).pointee.comment(value) }
        h.processingInstruction = { ctx, _, _ in HTMLTreeBuilder.from(ctx).pointee.processingInstruction() }
        h.initialized = 1
        return h
    }
}
