import PantauXML

/// Gathers an article body that a template splits over sibling blocks of one style:
/// page-builder sections (Elementor, Divi, WPBakery), listicle slides, the numbered
/// sections of a documentation page. The densest block is then one piece of the body;
/// its siblings of the same tag and class style, holding good text too, are the rest.
///
/// From the chosen block up, at each level where the block (or its ancestor) has siblings
/// of its own style with good text, the body becomes that run of siblings — from the first
/// to the last such sibling, with what stands between them (headings, images) unless it is
/// furniture. The climb never leaves an `<article>` or `<main>` that holds the block (a
/// sibling article is another story, as on pages that scroll into the next article) and
/// never reaches `<body>`.
struct BodyGatherer {
    let tags: TagTable
    let body: HTMLNode
    /// Good block text below each element, at any depth (`MainTextFinder`).
    let goodText: [Int]
    /// Subtrees to leave out (furniture).
    let skip: (HTMLNode) -> Bool
    let statistics: PageStatistics

    /// Levels climbed at most above the chosen block.
    static let maximumLevels = 10

    /// The pieces of the body around `chosen`, in document order (`[chosen]` when its
    /// siblings are not pieces of it).
    func pieces(around chosen: HTMLNode) -> [HTMLNode] {
        var pieces = [chosen]
        var node = chosen
        for _ in 0..<Self.maximumLevels {
            guard node != body, let parent = node.parent, parent != body else { break }
            if let run = run(of: node, in: parent) { pieces = run }
            // An article or main element is the body's outer bound.
            if node.hasName("article") || node.hasName("main") { break }
            node = parent
        }
        return pieces
    }

    /// The siblings of `node` in `parent` from the first to the last one of its style that
    /// reads like article text, when there are at least two such (nil otherwise). Between
    /// them, elements without good text (headings, images) stay; others do not.
    private func run(of node: HTMLNode, in parent: HTMLNode) -> [HTMLNode]? {
        let style = StyleKey(node)
        var children: [(node: HTMLNode, piece: Bool)] = []
        var first: Int?
        var last: Int?
        var matching = 0
        var child = parent.firstChild
        while let c = child {
            if c.isElement {
                let piece = c == node || (isArticleLike(c) && !skip(c) && StyleKey(c).matches(style))
                if piece {
                    if first == nil { first = children.count }
                    last = children.count
                    matching += 1
                }
                children.append((c, piece))
            }
            child = c.nextSibling
        }
        guard matching >= 2, let first, let last else { return nil }
        return children[first...last].filter { $0.piece || (goodText[Int($0.node.index)] == 0 && !skip($0.node)) }.map(\.node)
    }

    /// The element has good text and is not mostly links: a piece of a body, not a box of
    /// teasers.
    private func isArticleLike(_ node: HTMLNode) -> Bool {
        let i = Int(node.index)
        return goodText[i] > 0 && statistics.linkDensity(i) < Self.maximumLinkDensity
    }

    /// Link density above which a sibling is not a piece of the body.
    static let maximumLinkDensity = 0.35
}

/// An element's tag and the class words that name its style: words with a digit are ids
/// of one instance (`elementor-element-1b0f`, `et_pb_section_3`) and left out.
struct StyleKey: Equatable {
    var tag: String
    var words: Set<String>
    /// The first style word: templates name the kind of block first (`field field--name-body`,
    /// `field field--name-field-extra`).
    var first: String?

    init(_ node: HTMLNode) {
        tag = node.name
        let value = node.attribute("class") ?? ""
        let list = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).filter { word in
            !word.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
        }.map(String.init)
        words = Set(list)
        first = list.first
    }

    /// Same tag, and either no style words on both, the same first word, or at least half
    /// of all words shared.
    func matches(_ other: StyleKey) -> Bool {
        guard tag == other.tag else { return false }
        if words.isEmpty || other.words.isEmpty { return words.isEmpty && other.words.isEmpty }
        if first == other.first { return true }
        let shared = words.intersection(other.words).count
        return Double(shared) / Double(words.union(other.words).count) >= 0.5
    }
}
