import Foundation

/// Why a method's text may not be the article's body. A first choice with any doubt is
/// compared with the second method's; what doubts remain set the confidence.
struct ExtractionDoubts: OptionSet, Sendable {
    let rawValue: UInt8
    /// No text at all.
    static let empty = ExtractionDoubts(rawValue: 1 << 0)
    /// Little of the page's running text.
    static let short = ExtractionDoubts(rawValue: 1 << 1)
    /// Mostly link text.
    static let links = ExtractionDoubts(rawValue: 1 << 2)
    /// A box of teasers or credits: under a furniture heading, or short lines only.
    static let furnitureBox = ExtractionDoubts(rawValue: 1 << 3)
    /// A single line while the page has more running text.
    static let singleLine = ExtractionDoubts(rawValue: 1 << 4)
    /// Most of the headline's words are not in the text.
    static let missesHeadline = ExtractionDoubts(rawValue: 1 << 5)
    /// Most of the running text is teasers' excerpts, each under a linked title.
    static let teasers = ExtractionDoubts(rawValue: 1 << 6)

    /// What each doubt takes from the confidence (`empty` takes all of it).
    static let weights: [(ExtractionDoubts, Double)] = [
        (.short, 0.25), (.links, 0.3), (.furnitureBox, 0.4), (.singleLine, 0.3), (.missesHeadline, 0.2), (.teasers, 0.4),
    ]

    /// How sure the text is the body, from 0 to 1.
    var confidence: Double {
        if contains(.empty) { return 0 }
        let lost = Self.weights.reduce(0) { contains($1.0) ? $0 + $1.1 : $0 }
        return max(0, (100 * (1 - lost)).rounded() / 100)
    }

    /// English names, for `--explain` and tests.
    var names: [String] {
        [(Self.empty, "empty"), (.short, "short"), (.links, "links"), (.furnitureBox, "furnitureBox"),
         (.singleLine, "singleLine"), (.missesHeadline, "missesHeadline"), (.teasers, "teasers")].compactMap { contains($0.0) ? $0.1 : nil }
    }
}

/// A method's text and the measures it is judged by.
struct ExtractionCandidate {
    var lines: [TextLine]
    /// Visible characters, of links, and of good lines (`TextLine.isGood`).
    var visible: Int
    var links: Int
    var good: Int
    /// A furniture heading came before the first line (`ParagraphReader.read`).
    var ledByFurnitureHeading = false

    init(lines: [TextLine]) {
        self.lines = lines
        visible = lines.reduce(0) { $0 + $1.visible }
        links = lines.reduce(0) { $0 + $1.links }
        good = lines.reduce(0) { $0 + ($1.isGood ? $1.visible : 0) }
    }

    /// A text is short when it has less than this share of the page's running text, and
    /// at least `shortGap` characters less.
    static let shortShare = 0.6
    static let shortGap = 300

    /// The doubts about this text as the body of a page with `pageGood` characters of
    /// running text (outside furniture) and headline `title`.
    func doubts(pageGood: Int, title: String?) -> ExtractionDoubts {
        guard !lines.isEmpty else { return .empty }
        var doubts: ExtractionDoubts = []
        if Double(good) < Double(pageGood) * Self.shortShare, pageGood - good >= Self.shortGap { doubts.insert(.short) }
        if Double(links) > Double(visible) * 0.3 { doubts.insert(.links) }
        if ledByFurnitureHeading { doubts.insert(.furnitureBox) }
        if lines.count >= 5, good == 0 { doubts.insert(.furnitureBox) }
        if lines.count == 1, pageGood > good + 200 { doubts.insert(.singleLine) }
        let excerpts = lines.filter { $0.isGood && $0.afterLinkLine }
        if excerpts.count >= 3, excerpts.reduce(0, { $0 + $1.visible }) * 2 >= good { doubts.insert(.teasers) }
        if let title, Self.headlineShare(title: title, lines: lines) < 0.34 { doubts.insert(.missesHeadline) }
        return doubts
    }

    /// Share of the headline's words of four letters or more found in the text (1 when the
    /// headline has fewer than three such words).
    static func headlineShare(title: String, lines: [TextLine]) -> Double {
        let words = Set(title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { $0.count >= 4 }.map(String.init))
        guard words.count >= 3 else { return 1 }
        var found = Set<String>()
        for line in lines {
            for w in line.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where w.count >= 4 {
                let word = String(w)
                if words.contains(word) { found.insert(word) }
            }
            if found.count == words.count { break }
        }
        return Double(found.count) / Double(words.count)
    }

    /// How good a body this is: running text, discounted by the doubts that are not about
    /// length (`short` is the running text itself).
    func quality(_ doubts: ExtractionDoubts) -> Double {
        var q = Double(good) + Double(visible - good) * 0.1
        if doubts.contains(.furnitureBox) { q *= 0.3 }
        if doubts.contains(.teasers) { q *= 0.3 }
        if doubts.contains(.links) { q *= 0.5 }
        if doubts.contains(.singleLine) { q *= 0.5 }
        if doubts.contains(.missesHeadline) { q *= 0.6 }
        return q
    }
}
