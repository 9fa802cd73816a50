import PantauXML

/// What the extractor needs to know about a tag, decided once per distinct name of a
/// document: libxml2 interns names, so after the first `<div>` every other is a pointer
/// lookup instead of a String made, hashed and compared at every element.
struct TagKind: OptionSet, Sendable {
    let rawValue: UInt16
    /// Dropped with its content (`Boilerplate.droppedTags`).
    static let dropped = TagKind(rawValue: 1 << 0)
    /// Structural furniture (`Boilerplate.furnitureTags`).
    static let furniture = TagKind(rawValue: 1 << 1)
    /// Ends a paragraph (`ParagraphReader.blockTags`).
    static let block = TagKind(rawValue: 1 << 2)
    static let anchor = TagKind(rawValue: 1 << 3)
    /// `p`, `pre`, `blockquote`: a text block by nature.
    static let paragraph = TagKind(rawValue: 1 << 4)
    /// `div`, `td`, `section`, `article`: a text block when it has text of its own.
    static let container = TagKind(rawValue: 1 << 5)
    /// `b`, `strong`, `i`, `em`, `span`: counted as a container's own text.
    static let inline = TagKind(rawValue: 1 << 6)
    static let heading1 = TagKind(rawValue: 1 << 7)
    static let lineBreak = TagKind(rawValue: 1 << 8)
    /// `body`, `html`, `main`: never furniture by class.
    static let page = TagKind(rawValue: 1 << 9)
}

final class TagTable {
    private var kinds: [UnsafeRawPointer: TagKind] = [:]
    /// Verdicts on class/id hints by their bytes: a page repeats a few dozen class names
    /// over thousands of elements, and each verdict is some seventy substring searches.
    private var hints: [[UInt8]: (furniture: Bool, weight: Double)] = [:]

    /// Whether the element's class or id marks it as furniture (`Boilerplate.isFurniture`).
    func isFurniture(_ node: XMLNode, kind: TagKind) -> Bool {
        if kind.contains(.page) { return false }
        return verdict(node).furniture
    }

    /// `Boilerplate.classWeight` of the element.
    func classWeight(_ node: XMLNode) -> Double { verdict(node).weight }

    private func verdict(_ node: XMLNode) -> (furniture: Bool, weight: Double) {
        let hint = Boilerplate.hintBytes(of: node)
        if hint.isEmpty { return (false, 0) }
        if let known = hints[hint] { return known }
        let verdict = (Boilerplate.isFurniture(hint: hint), Boilerplate.classWeight(hint: hint))
        hints[hint] = verdict
        return verdict
    }

    func kind(_ node: XMLNode) -> TagKind {
        guard let key = node.nameKey else { return [] }
        if let known = kinds[key] { return known }
        let kind = Self.classify(node.name)
        kinds[key] = kind
        return kind
    }

    static func classify(_ name: String) -> TagKind {
        var kind: TagKind = []
        if Boilerplate.droppedTags.contains(name) { kind.insert(.dropped) }
        if Boilerplate.furnitureTags.contains(name) { kind.insert(.furniture) }
        if ParagraphReader.blockTags.contains(name) { kind.insert(.block) }
        switch name {
        case "a": kind.insert(.anchor)
        case "p", "pre", "blockquote": kind.insert(.paragraph)
        case "div", "td", "section", "article": kind.insert(.container)
        case "b", "strong", "i", "em", "span": kind.insert(.inline)
        case "h1": kind.insert(.heading1)
        case "br": kind.insert(.lineBreak)
        case "body", "html", "main": kind.insert(.page)
        default: break
        }
        return kind
    }
}
