import PantauXML

/// What the extractor needs to know about a tag, decided once per distinct name of a
/// document: names have dense ids in an `HTMLTree`, so after the first `<div>` every other
/// is an array lookup instead of a String made, hashed and compared at every element.
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
    /// `button`, `label`: dropped with their content unless they hold block content, which
    /// libxml2's error recovery puts there (an unclosed header `<button>` ends up holding
    /// the page's `<main>`).
    static let control = TagKind(rawValue: 1 << 10)
    /// `h2`–`h6`: a section's heading.
    static let heading = TagKind(rawValue: 1 << 11)
    /// `li`, `dd`: a list item.
    static let listItem = TagKind(rawValue: 1 << 12)
}

final class TagTable {
    /// Kinds by name id (`HTMLNode.nameID`), decided on first sight of each name.
    private var kinds: [TagKind?]
    /// Verdicts on class/id hints by a hash of their bytes (the bytes kept to rule out a
    /// collision): a page repeats a few dozen class names over thousands of elements, and
    /// each verdict is some seventy substring searches.
    private var hints: [UInt64: (hint: [UInt8], furniture: FurnitureMark, weight: Double)] = [:]

    /// Name ids of `class` and `id` in this tree (nil: no element has one).
    private let classID: Int32?
    private let idID: Int32?

    init(_ root: HTMLNode) {
        kinds = Array(repeating: nil, count: root.treeNameCount)
        classID = root.nameID(of: "class")
        idID = root.nameID(of: "id")
    }

    /// How the element's class or id marks it as furniture (`Boilerplate.verdict`).
    func furnitureMark(_ node: HTMLNode, kind: TagKind) -> FurnitureMark {
        if kind.contains(.page) { return .none }
        return verdict(node).furniture
    }

    /// The weight of the element's class or id (`Boilerplate.verdict`).
    func classWeight(_ node: HTMLNode) -> Double { verdict(node).weight }

    private func verdict(_ node: HTMLNode) -> (furniture: FurnitureMark, weight: Double) {
        node.withAttributeBytes(nameID: classID) { classValue in
            node.withAttributeBytes(nameID: idID) { idValue in
                if (classValue?.isEmpty ?? true) && (idValue?.isEmpty ?? true) { return (.none, 0) }
                // The bytes of `Boilerplate.forEachHintByte`, hashed (FNV-1a) without building them.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                Boilerplate.forEachHintByte(class: classValue, id: idValue) { hash = (hash ^ UInt64($0)) &* 0x100_0000_01b3 }
                if let known = hints[hash] {
                    var i = 0
                    var same = true
                    Boilerplate.forEachHintByte(class: classValue, id: idValue) { b in
                        if same, i < known.hint.count, known.hint[i] == b { i += 1 } else { same = false }
                    }
                    if same, i == known.hint.count { return (known.furniture, known.weight) }
                }
                var hint: [UInt8] = []
                Boilerplate.forEachHintByte(class: classValue, id: idValue) { hint.append($0) }
                let verdict = Boilerplate.verdict(hint: hint)
                hints[hash] = (hint, verdict.0, verdict.1)
                return verdict
            }
        }
    }

    func kind(_ node: HTMLNode) -> TagKind {
        let id = Int(node.nameID)
        guard id >= 0 else { return [] }
        if let known = kinds[id] { return known }
        let kind = Self.classify(node.name)
        kinds[id] = kind
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
        case "h2", "h3", "h4", "h5", "h6": kind.insert(.heading)
        case "br": kind.insert(.lineBreak)
        case "body", "html", "main": kind.insert(.page)
        case "button", "label": kind.insert(.control)
        case "li", "dd": kind.insert(.listItem)
        default: break
        }
        return kind
    }
}
