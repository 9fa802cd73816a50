import Foundation
import PantauCore
import PantauXML

/// Finds the article body of a page and says how it was found and how sure it is.
///
/// The first method (`DensestBlockMethod`) runs on every page. Its text is then checked for
/// doubts (`ExtractionDoubts`: empty, short against the page's running text, mostly links,
/// a box of teasers or credits, a single line, most of the headline missing). Only a
/// doubtful first choice pays for the second method (`ContentMassMethod`); the better of the
/// two by `ExtractionCandidate.quality` is kept, and the doubts left on it set the
/// confidence. All walks are iterative.
final class MainTextFinder {
    let root: HTMLNode
    let title: String?
    /// The author from the page's metadata: a short line naming them is a byline.
    let author: String?
    let tags: TagTable

    /// What the finder found.
    struct Result {
        var paragraphs: [String]
        var method: ExtractedArticle.Method
        var confidence: Double
        var doubts: ExtractionDoubts
        /// Whether the first choice was doubtful, so the second method ran.
        var secondMethodRan: Bool
        /// Visible and link characters of the whole body.
        var pageText: Int
        var pageLink: Int
    }

    init(root: HTMLNode, title: String?, author: String? = nil) {
        self.root = root
        self.title = title
        self.author = author
        self.tags = TagTable(root)
    }

    /// The body of the page; `allowingSecondMethod: false` keeps the first method's text
    /// however doubtful (tests of the first method).
    func find(allowingSecondMethod: Bool = true) -> Result {
        let body = root.descendants(named: "body").first ?? root
        let page = PageStatistics(body: body, tags: tags)
        // Furniture hints (class/id words) are only trusted for elements that do not hold a
        // large share of the page's text: a blog's body can sit in "widget Blog", a news
        // template's in "content-and-menu". A weak hint needs the element to be mostly
        // links, a short one the element to be short.
        let total = max(0, page.text[Int(body.index)])
        let limit = max(250, Int(Double(total) * 0.35))
        func skipper(trustingWeakHints: Bool) -> (HTMLNode) -> Bool {
            { node in
                let i = Int(node.index)
                let length = page.text[i]
                // Dropped elements have no length: their subtrees were not measured.
                guard length >= 0 else { return node.isElement }
                switch page.furniture[i] {
                case .none: return false
                case .marked: return length < limit
                case .weak: return trustingWeakHints && length < limit && page.linkDensity(i) >= 0.5
                case .short: return trustingWeakHints && length < PageStatistics.shortFurnitureText
                }
            }
        }
        let skip = skipper(trustingWeakHints: true)
        let densest = DensestBlockMethod(body: body, tags: tags, statistics: page, skip: skip).run()
        let reader = ParagraphReader(title: title, author: author, tags: tags, skip: skip, wrapperAnchors: page.wrapperAnchors, statistics: page)
        var lines: [TextLine] = []
        var led = false
        if densest.pieces.isEmpty {
            led = reader.read(body, into: &lines)
        } else {
            for piece in densest.pieces {
                let before = lines.count
                if reader.read(piece, into: &lines), before == 0 { led = true }
            }
        }
        let firstMethod: ExtractedArticle.Method = densest.pieces.isEmpty ? .wholeBody : .densestBlock
        var first = ExtractionCandidate(lines: lines)
        first.ledByFurnitureHeading = led
        let pageGood = densest.goodOnPage
        let firstDoubts = first.doubts(pageGood: pageGood, title: title)
        var result = Result(paragraphs: [], method: firstMethod, confidence: firstDoubts.confidence, doubts: firstDoubts,
                            secondMethodRan: false, pageText: densest.text, pageLink: densest.link)
        var chosen = first
        if !firstDoubts.isEmpty, allowingSecondMethod {
            result.secondMethodRan = true
            let lenient = skipper(trustingWeakHints: false)
            let mass = ContentMassMethod(body: body, tags: tags, statistics: page, skip: lenient).run()
            var secondLines: [TextLine] = []
            var secondLed = false
            if let container = mass.container {
                secondLed = ParagraphReader(title: title, author: author, tags: tags, skip: lenient, wrapperAnchors: page.wrapperAnchors,
                                            statistics: page).read(container, into: &secondLines)
            }
            var second = ExtractionCandidate(lines: secondLines)
            second.ledByFurnitureHeading = secondLed
            let secondDoubts = second.doubts(pageGood: max(pageGood, second.good), title: title)
            if !second.lines.isEmpty, second.quality(secondDoubts) > first.quality(firstDoubts) * Self.secondMethodMargin {
                chosen = second
                result.method = .contentMass
                result.doubts = secondDoubts
                result.confidence = secondDoubts.confidence
            }
        }
        result.paragraphs = chosen.lines.map(\.text)
        return result
    }

    /// The second method's text replaces the first's when its quality is higher by this factor.
    static let secondMethodMargin = 1.15
}
