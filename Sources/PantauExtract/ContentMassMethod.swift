import PantauXML

/// The second method: the subtree holding the most running text net of what is not.
///
/// Where the first method looks for the densest block (the parent of the best paragraphs,
/// by length, commas and class hints), this one weighs whole subtrees: an element's value
/// is its good block text, less its link text, less a quarter of its other text (labels,
/// short lines). The article's container holds most of the running text and little else,
/// so it outweighs both a box of teasers (links cancel their excerpts) and the whole page
/// (menus and footers cost). Class hints give no weight here, and only furniture marked
/// strongly enough to be skipped (`skip`) is left out: weak and short hints (widgets,
/// captions) are not trusted.
struct ContentMassMethod {
    let body: HTMLNode
    let tags: TagTable
    let statistics: PageStatistics
    let skip: (HTMLNode) -> Bool

    /// What a character of other text (not good, not link) costs.
    static let otherTextCost = 0.25

    struct Result {
        /// The heaviest element, nil when no element has good text.
        var container: HTMLNode?
        /// Good block text of the container.
        var good: Int
    }

    private struct Open {
        var node: HTMLNode
        var text = 0
        var link = 0
        var good = 0
        /// Whether text came before (in a child or a text node), and whether the first
        /// text-bearing child was mostly a link (a teaser's title).
        var seenText = false
        var opensWithLink = false
    }

    /// A teaser: a short container that opens with a link (its title) and holds an excerpt.
    /// Its excerpt is not running text of the page, however long it is.
    static let teaserText = 500

    func run() -> Result {
        var stack: [Open] = []
        var linkDepth = 0
        let wrappers = statistics.wrapperAnchors
        var best: (node: HTMLNode, value: Double, good: Int)?
        let measure = DensestBlockMethod(body: body, tags: tags, statistics: statistics, skip: skip)
        body.traverse(enter: { node in
            switch node.kind {
            case .element:
                if skip(node) {
                    // A skipped header of a teaser (its title and source links) still opens it.
                    let i = Int(node.index)
                    if !stack.isEmpty, !stack[stack.count - 1].seenText, statistics.text[i] > 0 {
                        stack[stack.count - 1].seenText = true
                        stack[stack.count - 1].opensWithLink = statistics.link[i] * 10 > statistics.text[i] * 6
                    }
                    return .skipChildren
                }
                if tags.kind(node).contains(.anchor), !wrappers.contains(node.index) { linkDepth += 1 }
                stack.append(Open(node: node))
                return .continue
            case .text:
                let count = node.withContentBytes(VisibleText.length)
                if count > 0, !stack.isEmpty {
                    stack[stack.count - 1].text += count
                    if linkDepth > 0 { stack[stack.count - 1].link += count }
                    if !stack[stack.count - 1].seenText {
                        stack[stack.count - 1].seenText = true
                        stack[stack.count - 1].opensWithLink = linkDepth > 0
                    }
                }
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { node in
            guard node.isElement, var top = stack.last, top.node == node else { return }
            stack.removeLast()
            let kind = tags.kind(node)
            if kind.contains(.anchor), !wrappers.contains(node.index) { linkDepth -= 1 }
            let own = kind.contains(.container) ? measure.ownTextLength(node) : 0
            let isBlock = kind.contains(.paragraph) || own >= 40
            if isBlock, top.text >= 25, Double(top.link) < Double(top.text) * 0.5 {
                top.good += kind.contains(.paragraph) ? top.text - top.link : own
            }
            if kind.contains(.container) || kind.contains(.listItem), top.opensWithLink, top.text < Self.teaserText, top.link < top.text {
                top.good = 0
            }
            top.good = min(top.good, top.text - top.link)
            let other = max(0, top.text - top.good - top.link)
            let value = Double(top.good) - Double(top.link) - Self.otherTextCost * Double(other)
            if top.good > 0, best == nil || value > best!.value { best = (node, value, top.good) }
            if !stack.isEmpty {
                stack[stack.count - 1].text += top.text
                stack[stack.count - 1].link += top.link
                stack[stack.count - 1].good += top.good
                if top.text > 0, !stack[stack.count - 1].seenText {
                    stack[stack.count - 1].seenText = true
                    stack[stack.count - 1].opensWithLink = top.link * 10 > top.text * 6
                }
            }
        })
        return Result(container: best?.node, good: best?.good ?? 0)
    }
}
