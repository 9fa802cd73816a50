import PantauXML

/// Visible text, link text and furniture marks of every element below a page's `<body>`,
/// from one traversal: what every later decision of the extractor reads.
///
/// Arrays are indexed by node (`HTMLNode.index`); entries for non-elements and for dropped
/// elements (script, style, controls without block content, and what is inside them) are
/// -1 in `text`.
struct PageStatistics {
    /// Visible characters below each element; -1: dropped, or not an element.
    private(set) var text: [Int]
    /// Visible characters of link text below each element.
    private(set) var link: [Int]
    /// Furniture marks from tags and class/id hints.
    private(set) var furniture: [FurnitureMark]
    /// Anchors that are not links but libxml2's recovery of an unclosed `<a>`: they hold
    /// block content and a lot of text, which is then not counted as link text.
    private(set) var wrapperAnchors: Set<Int32> = []

    /// An anchor holding block content with more visible text than this is a wrapper (a
    /// teaser card, headline and excerpt, is less).
    static let wrapperAnchorText = 300

    /// An element with a hint of short furniture (a caption) and less visible text than
    /// this is furniture.
    static let shortFurnitureText = 200

    init(body: HTMLNode, tags: TagTable) {
        let count = body.treeNodeCount
        text = [Int](repeating: -1, count: count)
        link = [Int](repeating: 0, count: count)
        furniture = [FurnitureMark](repeating: .none, count: count)
        struct Open {
            var index: Int32
            var kind: TagKind
            var text = 0
            var link = 0
            /// A block element with visible text is below (controls and anchors holding one
            /// are recovered markup).
            var holdsBlock = false
            /// Visible text came before (in a child or a text node).
            var seenText = false
            /// The first text inside is a furniture heading (`FurnitureHeading`).
            var headed = false
        }
        var stack: [Open] = []
        body.traverse(enter: { node in
            switch node.kind {
            case .element:
                let kind = tags.kind(node)
                if kind.contains(.dropped) { return .skipChildren }
                if kind.contains(.furniture) {
                    furniture[Int(node.index)] = .marked
                } else {
                    furniture[Int(node.index)] = tags.furnitureMark(node, kind: kind)
                }
                stack.append(Open(index: node.index, kind: kind))
                return .continue
            case .text:
                if !stack.isEmpty {
                    let visible = node.withContentBytes(VisibleText.length)
                    stack[stack.count - 1].text += visible
                    if visible > 0 { stack[stack.count - 1].seenText = true }
                }
                return .continue
            default:
                return .skipChildren
            }
        }, exit: { node in
            guard node.isElement, var top = stack.last, top.index == node.index else { return }
            stack.removeLast()
            if top.kind.contains(.control), !top.holdsBlock {
                // A real button or label: dropped with its text.
                return
            }
            if top.kind.contains(.anchor) {
                if top.holdsBlock, top.text > Self.wrapperAnchorText {
                    wrapperAnchors.insert(top.index)
                } else {
                    top.link = top.text
                }
            }
            let i = Int(top.index)
            text[i] = top.text
            link[i] = top.link
            // A box of teasers or credits under a furniture heading of its own.
            let onlyHeading = top.text <= FurnitureHeading.maximumLength
            if top.headed, !onlyHeading, !top.kind.contains(.page),
               Double(top.link) >= Double(top.text) * Self.headedBoxLinkShare || top.text < Self.headedBoxShortText {
                furniture[i] = .marked
            }
            if !stack.isEmpty {
                stack[stack.count - 1].text += top.text
                stack[stack.count - 1].link += top.link
                if top.holdsBlock || (top.kind.contains(.block) && top.text > 0) { stack[stack.count - 1].holdsBlock = true }
                if top.text > 0, !stack[stack.count - 1].seenText {
                    stack[stack.count - 1].seenText = true
                    if onlyHeading, top.headed || (top.kind.contains(.heading) && Self.isFurnitureHeading(node)) {
                        stack[stack.count - 1].headed = true
                    }
                }
            }
        })
    }

    /// A box under a furniture heading is furniture when this share of its text is links
    /// (teasers) or when it is shorter than `headedBoxShortText` (credits, a rating strip).
    static let headedBoxLinkShare = 0.25
    static let headedBoxShortText = 300

    private static func isFurnitureHeading(_ node: HTMLNode) -> Bool {
        guard let text = node.shortText(maxBytes: FurnitureHeading.maximumLength * 2) else { return false }
        return FurnitureHeading.matches(text)
    }

    /// Link text over visible text of an element (0 when it has no text).
    func linkDensity(_ index: Int) -> Double {
        Double(link[index]) / Double(max(text[index], 1))
    }
}
