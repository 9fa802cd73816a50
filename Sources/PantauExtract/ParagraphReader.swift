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
    let tags: TagTable
    /// Subtrees to leave out (furniture).
    var skip: (HTMLNode) -> Bool
    /// Anchors whose text is not link text (`PageStatistics.wrapperAnchors`).
    var wrapperAnchors: Set<Int32> = []
    /// Keep lines that are mostly links (marked by their `links`) instead of leaving them out.
    var keepLinkLines = false

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "main", "figure", "hr", "center",
    ]

    /// Lines of more than this share of link text are left out.
    static let maximumLinkShare = 0.6

    func read(_ container: HTMLNode) -> [TextLine] {
        var lines: [TextLine] = []
        read(container, into: &lines)
        return lines
    }

    func read(_ container: HTMLNode, into lines: inout [TextLine]) {
        /// The paragraph's text so far, as UTF-8 bytes.
        var current: [UInt8] = []
        var linkChars = 0
        var linkDepth = 0
        /// Open heading elements (`h2`–`h6`) around the text.
        var headingDepth = 0
        var currentIsHeading = false

        func flush() {
            guard !current.isEmpty else { return }
            let line = current.withUnsafeBufferPointer(HTMLText.collapseWhitespace(bytes:))
            let links = linkChars
            let heading = currentIsHeading
            current.removeAll(keepingCapacity: true)
            linkChars = 0
            currentIsHeading = false
            guard !line.isEmpty else { return }
            if Boilerplate.isFurnitureLine(line) { return }
            let visible = VisibleText.length(line)
            if !keepLinkLines, links > 0, Double(links) / Double(max(visible, 1)) > Self.maximumLinkShare { return }
            if let title, line == title { return }
            // A line that is only a date (the date line under the headline).
            if line.utf8.count < 80, line.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
               DateParser.parse(line.replacingOccurrences(of: "|", with: " "), defaultOffset: 7 * 3600) != nil { return }
            lines.append(TextLine(text: line, visible: visible, links: links, heading: heading))
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
            let kind = tags.kind(node)
            if kind.contains(.anchor), !wrapperAnchors.contains(node.index) { linkDepth = max(0, linkDepth - 1) }
            if kind.contains(.block) { flush() }
            if kind.contains(.heading) { headingDepth = max(0, headingDepth - 1) }
        })
        flush()
    }
}
