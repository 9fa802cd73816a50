import Foundation
import PantauCore
import PantauXML

/// Finds the element that holds the article body and reads its paragraphs.
///
/// Readability-style: every text block (a `<p>`, or a `<div>` with text of its own) scores
/// its parent and, at half weight, its grandparent by length and commas; containers are
/// damped by link density and weighted by class/id hints; the best container's paragraphs
/// are read in order, without furniture lines. All walks are iterative.
final class MainTextFinder {
    let root: HTMLNode
    let title: String?
    let tags: TagTable
    /// Visible and link characters of the whole body, known after `paragraphs()`.
    private(set) var pageTotals: (text: Int, link: Int) = (0, 0)
    /// The page's statistics, known after `paragraphs()`.
    private(set) var statistics: PageStatistics?

    init(root: HTMLNode, title: String?) {
        self.root = root
        self.title = title
        self.tags = TagTable(root)
    }

    private struct Stats {
        var text = 0
        var link = 0
    }

    func paragraphs() -> [String] {
        let body = root.descendants(named: "body").first ?? root
        // Furniture hints (class/id words) are only trusted for elements that do not hold a
        // large share of the page's text: a blog's body can sit in "widget Blog", a news
        // template's in "content-and-menu". A weak hint needs the element to be mostly links.
        let page = PageStatistics(body: body, tags: tags)
        statistics = page
        let total = max(0, page.text[Int(body.index)])
        let limit = max(250, Int(Double(total) * 0.35))
        // Dropped elements never reach here (the statistics skipped them: length -1).
        let skip: (HTMLNode) -> Bool = { node in
            let i = Int(node.index)
            let length = page.text[i]
            guard length >= 0 else { return node.isElement }
            switch page.furniture[i] {
            case .none: return false
            case .marked: return length < limit
            case .weak: return length < limit && page.linkDensity(i) >= 0.5
            case .short: return length < PageStatistics.shortFurnitureText
            }
        }
        // Per-node bookkeeping in arrays indexed by the node's position in the tree.
        let count = root.treeNodeCount
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
                if tags.kind(node).contains(.anchor), !page.wrapperAnchors.contains(node.index) { linkDepth += 1 }
                stack.append((node, Stats()))
                return .continue
            case .text:
                let count = node.withContentBytes(Self.visibleLength)
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
            if kind.contains(.anchor), !page.wrapperAnchors.contains(node.index) { linkDepth -= 1 }
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
            let commas = Double(Self.commaCount(node))
            var score = 1 + commas + min(Double(top.stats.text) / 100, 3)
            score *= (1 - linkDensity)
            if kind.contains(.container) {
                credit(node, score)
            }
            credit(node.parent, score)
            credit(node.parent?.parent, score / 2)
        })

        pageTotals = (stats[Int(body.index)].text, stats[Int(body.index)].link)
        guard anyScore else { return fallbackParagraphs(body, skip: skip) }
        // In document order: an exact tie goes to the earlier element.
        var best: (index: Int, score: Double)?
        for (i, score) in scores.enumerated() where !score.isNaN {
            let s = stats[i]
            let density = Double(s.link) / Double(max(s.text, 1))
            let final = score * (1 - density)
            if best == nil || final > best!.score { best = (i, final) }
        }
        guard let bestIndex = best?.index else { return fallbackParagraphs(body, skip: skip) }
        var container = root.node(at: Int32(bestIndex))
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
        let pieces = BodyGatherer(tags: tags, body: body, goodText: goodDeep, skip: skip, statistics: page).pieces(around: container)
        let reader = ParagraphReader(title: title, tags: tags, skip: skip, wrapperAnchors: page.wrapperAnchors)
        let result = pieces.flatMap { reader.read($0) }
        return result.isEmpty ? fallbackParagraphs(body, skip: skip) : result
    }

    /// Whole-body paragraphs when no container stands out (short pages).
    private func fallbackParagraphs(_ body: HTMLNode, skip: @escaping (HTMLNode) -> Bool) -> [String] {
        ParagraphReader(title: title, tags: tags, skip: skip, wrapperAnchors: statistics?.wrapperAnchors ?? []).read(body)
    }

    /// Characters that are not white space (Unicode's White_Space; U+200B counts as a
    /// character), on UTF-8 bytes.
    static func visibleLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if !(b == 32 || b == 9 || b == 10 || b == 13 || b == 12) { count += 1 }
                i += 1
                continue
            }
            if b >= 0xC0 {
                let width = HTMLText.whitespaceWidth(bytes, at: i)
                if width > 0, !(width == 3 && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8B) {
                    i += width
                    continue
                }
                count += 1 // the first byte of a multi-byte character
            }
            i += 1
        }
        return count
    }

    /// Length of the text nodes that are direct children (tribun-style `<div>` bodies).
    func ownTextLength(_ node: HTMLNode) -> Int {
        var total = 0
        var child = node.firstChild
        while let c = child {
            if c.kind == .text { total += c.withContentBytes(Self.visibleLength) }
            else if c.isElement, tags.kind(c).contains(.inline) {
                c.forEachDescendant { d in
                    if d.kind == .text { total += d.withContentBytes(Self.visibleLength) }
                    return .continue
                }
            }
            child = c.nextSibling
        }
        return total
    }

    /// Commas in the element's whole text, counted up to 10 (all a score uses).
    static func commaCount(_ node: HTMLNode) -> Int {
        var n = 0
        node.forEachDescendant { child in
            if child.kind == .text {
                n += child.withContentBytes { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) } }
            }
            return n >= 10 ? .stop : .continue
        }
        return min(n, 10)
    }
}

/// Reads the paragraphs of a container in document order: block elements and `<br>`s
/// end a paragraph; furniture subtrees and furniture lines are left out.
struct ParagraphReader {
    let title: String?
    let tags: TagTable
    /// Subtrees to leave out (furniture).
    var skip: (HTMLNode) -> Bool
    /// Anchors whose text is not link text (`PageStatistics.wrapperAnchors`).
    var wrapperAnchors: Set<Int32> = []

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "main", "figure", "hr", "center",
    ]

    func read(_ container: HTMLNode) -> [String] {
        var paragraphs: [String] = []
        /// The paragraph's text so far, as UTF-8 bytes.
        var current: [UInt8] = []
        var linkChars = 0
        var linkDepth = 0

        func flush() {
            guard !current.isEmpty else { return }
            let line = current.withUnsafeBufferPointer(HTMLText.collapseWhitespace(bytes:))
            let links = linkChars
            current.removeAll(keepingCapacity: true)
            linkChars = 0
            guard !line.isEmpty else { return }
            if Boilerplate.isFurnitureLine(line) { return }
            // Link density in characters; an ASCII line has as many as bytes.
            if links > 0 {
                let characters = line.utf8.allSatisfy({ $0 < 0x80 }) ? line.utf8.count : line.count
                if Double(links) / Double(max(characters, 1)) > 0.6 { return }
            }
            if let title, line == title { return }
            // A line that is only a date (the date line under the headline).
            if line.utf8.count < 80, line.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
               DateParser.parse(line.replacingOccurrences(of: "|", with: " "), defaultOffset: 7 * 3600) != nil { return }
            paragraphs.append(line)
        }

        container.traverse(enter: { node in
            switch node.kind {
            case .element:
                let kind = tags.kind(node)
                if skip(node) || kind.contains(.heading1) {
                    return .skipChildren
                }
                if kind.contains(.lineBreak) {
                    flush()
                    return .skipChildren
                }
                if kind.contains(.block) { flush() }
                if kind.contains(.anchor), !wrapperAnchors.contains(node.index) { linkDepth += 1 }
                return .continue
            case .text:
                node.withContentBytes { bytes in
                    current.append(contentsOf: bytes)
                    if linkDepth > 0 { linkChars += MainTextFinder.visibleLength(bytes) }
                }
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { node in
            guard node.isElement else { return }
            let kind = tags.kind(node)
            if kind.contains(.anchor), !wrapperAnchors.contains(node.index) { linkDepth = max(0, linkDepth - 1) }
            if kind.contains(.block) { flush() }
        })
        flush()
        return paragraphs
    }
}
