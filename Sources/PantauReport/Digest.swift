import Foundation
import PantauCore

/// The daily digest as data: what the renderers turn into HTML, Markdown or text.
public struct Digest: Sendable, Equatable {
    /// The Jakarta day covered (`YYYY-MM-DD`).
    public var day: String
    public var generatedAt: Date
    public var total: Int
    public var relevant: Int
    public var counts: [ToneLabel: Int]
    /// Negative coverage of watched targets, most urgent first.
    public var needsResponse: [Item]
    /// Positive coverage of watched targets, to amplify.
    public var positive: [Item]
    /// Other relevant coverage: neutral, or negative without need of a response (the
    /// institution's own reports of its problems).
    public var neutral: [Item]
    /// Articles that concern no watched target.
    public var irrelevantCount: Int

    public struct Item: Sendable, Equatable {
        public var article: ArticleSummary
        /// Higher is more urgent (0–100).
        public var priority: Int
        public var terms: [String]
    }
}

/// Builds a `Digest` from the articles Pantau first saw on one day.
public struct DigestBuilder: Sendable {
    public init() {}

    public func build(day: String, articles: [ArticleSummary], generatedAt: Date = Date()) -> Digest {
        var counts: [ToneLabel: Int] = [:]
        for label in ToneLabel.allCases { counts[label] = 0 }
        var needs: [Digest.Item] = []
        var positive: [Digest.Item] = []
        var neutral: [Digest.Item] = []
        var irrelevant = 0
        for article in articles {
            counts[article.tone.label, default: 0] += 1
            guard article.tone.relevant else { irrelevant += 1; continue }
            let item = Digest.Item(article: article, priority: Self.priority(article), terms: Array(article.tone.decidingTerms.prefix(6)))
            switch article.tone.label {
            case .negative where article.tone.needsResponse: needs.append(item)
            case .negative, .neutral: neutral.append(item)
            case .positive: positive.append(item)
            }
        }
        func order(_ a: Digest.Item, _ b: Digest.Item) -> Bool {
            if a.priority != b.priority { return a.priority > b.priority }
            return a.article.firstSeen > b.article.firstSeen
        }
        return Digest(day: day, generatedAt: generatedAt, total: articles.count, relevant: articles.count - irrelevant,
                      counts: counts, needsResponse: needs.sorted(by: order), positive: positive.sorted(by: order),
                      neutral: neutral.sorted(by: order), irrelevantCount: irrelevant)
    }

    /// Urgency 0–100: the scorer's priority (negativity × target priority) scaled by
    /// outlet reach (tier 1 reaches most); other items rank by the strength of their tone.
    static func priority(_ article: ArticleSummary) -> Int {
        let reach = [1: 1.0, 2: 0.9, 3: 0.8][article.outletTier] ?? 0.8
        let base = article.tone.needsResponse ? Double(article.tone.priority) : min(1, abs(article.tone.score)) * 100
        return Int((base * reach).rounded())
    }
}
