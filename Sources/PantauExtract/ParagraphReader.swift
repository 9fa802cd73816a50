import Foundation
import PantauCore
import PantauXML

/// One paragraph of text read from a page, with what the methods weigh it by.
struct TextLine {
    var text: String
    /// Visible characters (`VisibleText.length`).
    var visible: Int
    /// Visible characters inside links.
    var links: Int
    /// The line is a heading (`h2`–`h6`).
    var heading: Bool
    /// A line of links was left out just before it: the line may be a teaser's excerpt
    /// under its linked title.
    var afterLinkLine = false

    var linkShare: Double { Double(links) / Double(max(visible, 1)) }

    /// A line of running text: long enough, not mostly links. Headings, list labels,
    /// bylines and teaser titles are not.
    var isGood: Bool { !heading && visible >= Self.goodLength && linkShare < 0.3 }

    /// A line of links (a menu entry, a teaser title), which ParagraphReader leaves out
    /// unless asked to keep it.
    var isLinks: Bool { linkShare > ParagraphReader.maximumLinkShare }

    /// Visible characters of a good line.
    static let goodLength = 70
}

/// Reads the paragraphs of a container in document order: block elements and `<br>`s
/// end a paragraph; furniture subtrees and furniture lines are left out.
struct ParagraphReader {
    let title: String?
    /// The page's author: a line naming them and little else is a byline, left out.
    var author: String? = nil
    let tags: TagTable
    /// Subtrees to leave out (furniture).
    var skip: (HTMLNode) -> Bool
    /// Anchors whose text is not link text (`PageStatistics.wrapperAnchors`).
    var wrapperAnchors: Set<Int32> = []
    /// Keep lines that are mostly links (marked by their `links`) instead of leaving them out.
    var keepLinkLines = false
    /// The page's statistics, to find where a furniture heading's section starts.
    var statistics: PageStatistics?

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "main", "figure", "hr", "center",
    ]

    /// A byline is the author's name and at most this many more bytes ("Oleh …", "- Kompas").
    static let bylineExtra = 30

    /// Lines of more than this share of link text are left out.
    static let maximumLinkShare = 0.6

    func read(_ container: HTMLNode) -> [TextLine] {
        var lines: [TextLine] = []
        read(container, into: &lines)
        return lines
    }

    /// Appends the container's lines to `lines`; returns whether a furniture heading
    /// ("Pilihan Editor", "Berita Lainnya") came before its first line.
    @discardableResult
    func read(_ container: HTMLNode, into lines: inout [TextLine]) -> Bool {
        let before = lines.count
        var ledByFurnitureHeading = false
        /// The paragraph's text so far, as UTF-8 bytes.
        var current: [UInt8] = []
        var linkChars = 0
        var linkDepth = 0
        /// Open heading elements (`h2`–`h6`) around the text.
        var headingDepth = 0
        var currentIsHeading = false
        var droppedLinkLine = false
        /// The element whose children after a furniture heading are being left out.
        var furnitureSection: HTMLNode?

        func flush() {
            guard !current.isEmpty else { return }
            let line = current.withUnsafeBufferPointer(HTMLText.collapseWhitespace(bytes:))
            let links = linkChars
            let heading = currentIsHeading
            current.removeAll(keepingCapacity: true)
            linkChars = 0
            currentIsHeading = false
            guard !line.isEmpty else { return }
            if heading, lines.count == before, !ledByFurnitureHeading, FurnitureHeading.matches(line) {
                ledByFurnitureHeading = true
            }
            if Boilerplate.isFurnitureLine(line) || Boilerplate.isCreditedCaption(line) { return }
            let visible = VisibleText.length(line)
            if !keepLinkLines, links > 0, Double(links) / Double(max(visible, 1)) > Self.maximumLinkShare {
                droppedLinkLine = true
                return
            }
            if let title, line == title { return }
            if let author, !author.isEmpty, line.utf8.count <= author.utf8.count + Self.bylineExtra, line.contains(author) { return }
            // A line that is only a date (the date line under the headline).
            if line.utf8.count < 80, line.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
               DateParser.parse(line.replacingOccurrences(of: "|", with: " "), defaultOffset: 7 * 3600) != nil { return }
            lines.append(TextLine(text: line, visible: visible, links: links, heading: heading, afterLinkLine: droppedLinkLine))
            droppedLinkLine = false
        }

        container.traverse(enter: { node in
            switch node.kind {
            case .element:
                let kind = tags.kind(node)
                if let section = furnitureSection, node.parent == section {
                    // A later sibling: the box goes on while its parts are links or short.
                    if isFurnitureLike(node) { return .skipChildren }
                    furnitureSection = nil
                }
                if skip(node) || kind.contains(.heading1) {
                    return .skipChildren
                }
                if kind.contains(.heading), Self.isFurnitureHeading(node) {
                    // "Berita Terkait", "Latest News": the links and short items after it are
                    // the box it heads; running text after it means it heads a real section.
                    let start = sectionStart(node, in: container)
                    if let next = Self.nextElement(after: start), isFurnitureLike(next), let parent = start.parent {
                        furnitureSection = parent
                        flush()
                        if lines.count == before { ledByFurnitureHeading = true }
                        return .skipChildren
                    }
                }
                if kind.contains(.lineBreak) {
                    flush()
                    return .skipChildren
                }
                if kind.contains(.block) { flush() }
                if kind.contains(.heading) { headingDepth += 1 }
                if kind.contains(.anchor), !wrapperAnchors.contains(node.index) { linkDepth += 1 }
                return .continue
            case .text:
                node.withContentBytes { bytes in
                    let visible = VisibleText.length(bytes)
                    current.append(contentsOf: bytes)
                    if linkDepth > 0 { linkChars += visible }
                    if headingDepth > 0, visible > 0 { currentIsHeading = true }
                }
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { node in
            guard node.isElement else { return }
            if let section = furnitureSection, node == section { furnitureSection = nil }
            let kind = tags.kind(node)
            if kind.contains(.anchor), !wrapperAnchors.contains(node.index) { linkDepth = max(0, linkDepth - 1) }
            if kind.contains(.block) { flush() }
            if kind.contains(.heading) { headingDepth = max(0, headingDepth - 1) }
        })
        flush()
        return ledByFurnitureHeading
    }

    /// The outermost element around `heading` (below `container`) holding nothing but it:
    /// the section's first element.
    private func sectionStart(_ heading: HTMLNode, in container: HTMLNode) -> HTMLNode {
        guard let statistics else { return heading }
        let text = statistics.text[Int(heading.index)]
        var start = heading
        while let parent = start.parent, parent != container, statistics.text[Int(parent.index)] == text {
            start = parent
        }
        return start
    }

    /// A part of a furniture heading's box: mostly links (teasers, a menu) or short (a
    /// date, a thumbnail's label), and not itself a heading.
    private func isFurnitureLike(_ node: HTMLNode) -> Bool {
        guard let statistics else { return false }
        let i = Int(node.index)
        let text = statistics.text[i]
        if text < 0 { return true }
        if tags.kind(node).contains(.heading) { return false }
        return text < Self.shortBoxPart || Double(statistics.link[i]) >= Double(text) * Self.boxPartLinkShare
    }

    static func nextElement(after node: HTMLNode) -> HTMLNode? {
        var next = node.nextSibling
        while let n = next, !n.isElement { next = n.nextSibling }
        return next
    }

    /// Parts of a furniture heading's box are shorter than this, or have this share of links.
    static let shortBoxPart = 60
    static let boxPartLinkShare = 0.25

    static func isFurnitureHeading(_ heading: HTMLNode) -> Bool {
        guard let text = heading.shortText(maxBytes: FurnitureHeading.maximumLength * 2) else { return false }
        return FurnitureHeading.matches(text)
    }
}
