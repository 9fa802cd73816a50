import PantauXML

/// The first method: the densest block of running text and its pieces.
///
/// Readability-style: every text block (a `<p>`, or a `<div>` with text of its own) scores
/// its parent and, at half weight, its grandparent by length and commas; containers are
/// damped by link density and weighted by class/id hints. The best container climbs to an
/// ancestor holding clearly more good text (an article split in halves), then gathers the
/// siblings of its style (`BodyGatherer`). One traversal of the body; furniture subtrees
/// (`skip`) are not entered.
struct DensestBlockMethod {
    let body: HTMLNode
    let tags: TagTable
    let statistics: PageStatistics
    let skip: (HTMLNode) -> Bool

    struct Result {
        /// The body's pieces in document order; empty when no block stands out.
        var pieces: [HTMLNode]
        /// Good block text (visible characters) of the whole body, outside furniture.
        var goodOnPage: Int
        /// Good block text of the pieces.
        var goodChosen: Int
        /// Visible and link characters of the body outside furniture.
        var text: Int
        var link: Int
    }

    private struct Stats {
        var text = 0
        var link = 0
    }

    func run() -> Result {
        // Per-node bookkeeping in arrays indexed by the node's position in the tree.
        let count = body.treeNodeCount
        var stats = [Stats](repeating: Stats(), count: count)
        var stack: [(node: HTMLNode, stats: Stats)] = []
        var linkDepth = 0
        /// Container scores; NaN: not a candidate.
        var scores = [Double](repeating: .nan, count: count)
        var anyScore = false
        /// Characters of good paragraph text below each element (a few levels up from each block).
        var goodText = [Int](repeating: 0, count: count)
        /// Characters of good block text below each element, at any depth (a container
        /// block counts its own text, a paragraph all of its text).
        var goodDeep = [Int](repeating: 0, count: count)
        let wrappers = statistics.wrapperAnchors

        func credit(_ node: HTMLNode?, _ amount: Double) {
            guard let node else { return }
            let key = Int(node.index)
            if scores[key].isNaN {
                scores[key] = amount + tags.classWeight(node)
                anyScore = true
            } else {
                scores[key] += amount
            }
        }

        body.traverse(enter: { node in
            switch node.kind {
            case .element:
                if skip(node) { return .skipChildren }
                if tags.kind(node).contains(.anchor), !wrappers.contains(node.index) { linkDepth += 1 }
                stack.append((node, Stats()))
                return .continue
            case .text:
                let count = node.withContentBytes(VisibleText.length)
                if count > 0, !stack.isEmpty {
                    stack[stack.count - 1].stats.text += count
                    if linkDepth > 0 { stack[stack.count - 1].stats.link += count }
                }
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { node in
            guard node.isElement, let top = stack.last, top.node == node else { return }
            stack.removeLast()
            let kind = tags.kind(node)
            if kind.contains(.anchor), !wrappers.contains(node.index) { linkDepth -= 1 }
            stats[Int(node.index)] = top.stats
            if !stack.isEmpty {
                stack[stack.count - 1].stats.text += top.stats.text
                stack[stack.count - 1].stats.link += top.stats.link
            }
            // A text block: a paragraph, or a div-like element with enough text of its own.
            let own = kind.contains(.container) ? ownTextLength(node) : 0
            let isBlock = kind.contains(.paragraph) || own >= 40
            let linkDensity = Double(top.stats.link) / Double(max(top.stats.text, 1))
            let good = isBlock && top.stats.text >= 25 && linkDensity < 0.5
            if good { goodDeep[Int(node.index)] += kind.contains(.paragraph) ? top.stats.text : own }
            if let parent = stack.last { goodDeep[Int(parent.node.index)] += goodDeep[Int(node.index)] }
            guard good else { return }
            var ancestor: HTMLNode? = node
            for _ in 0..<6 {
                guard let a = ancestor else { break }
                goodText[Int(a.index)] += top.stats.text
                ancestor = a.parent
            }
            let commas = Double(VisibleText.commaCount(node))
            var score = 1 + commas + min(Double(top.stats.text) / 100, 3)
            score *= (1 - linkDensity)
            if kind.contains(.container) {
                credit(node, score)
            }
            credit(node.parent, score)
            credit(node.parent?.parent, score / 2)
        })

        let bodyIndex = Int(body.index)
        var result = Result(pieces: [], goodOnPage: goodDeep[bodyIndex], goodChosen: 0,
                            text: stats[bodyIndex].text, link: stats[bodyIndex].link)
        guard anyScore else { return result }
        // In document order: an exact tie goes to the earlier element.
        var best: (index: Int, score: Double)?
        for (i, score) in scores.enumerated() where !score.isNaN {
            let s = stats[i]
            let density = Double(s.link) / Double(max(s.text, 1))
            let final = score * (1 - density)
            if best == nil || final > best!.score { best = (i, final) }
        }
        guard let bestIndex = best?.index else { return result }
        var container = body.node(at: Int32(bestIndex))
        // An article split over sibling blocks (pages, "read more" halves): climb while an
        // ancestor holds clearly more good text than the chosen container.
        var chosenGood = goodText[bestIndex]
        var ancestor = container.parent
        for _ in 0..<4 {
            guard let a = ancestor, a != body else { break }
            let good = goodText[Int(a.index)]
            if Double(good) >= Double(chosenGood) * 1.3, good - chosenGood >= 200 {
                container = a
                chosenGood = good
            }
            ancestor = a.parent
        }
        result.pieces = BodyGatherer(tags: tags, body: body, goodText: goodDeep, skip: skip, statistics: statistics)
            .pieces(around: container)
        result.goodChosen = result.pieces.reduce(0) { $0 + goodDeep[Int($1.index)] }
        return result
    }

    /// Length of the text nodes that are direct children (tribun-style `<div>` bodies).
    func ownTextLength(_ node: HTMLNode) -> Int {
        var total = 0
        var child = node.firstChild
        while let c = child {
            if c.kind == .text { total += c.withContentBytes(VisibleText.length) }
            else if c.isElement, tags.kind(c).contains(.inline) {
                c.forEachDescendant { d in
                    if d.kind == .text { total += d.withContentBytes(VisibleText.length) }
                    return .continue
                }
            }
            child = c.nextSibling
        }
        return total
    }
}
