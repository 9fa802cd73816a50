import Foundation
import PantauCore

/// Which coverage needs the Humas team's response, and how urgently: the one place the
/// rule lives. The scorer (`ToneAnalyzer`) judges the text; this decides what the team does
/// with the judgement — when an article is scored (the monitor run, `rescore`,
/// `pantau score`), when an officer's correction is read back, and when the digest and the
/// alerts rank stories.
public enum ResponsePolicy {
    /// The page types whose text is scored; anything else (an index, a 404, a consent
    /// wall, a bot check, a paywall stub) is kept, marked and never scored.
    public static let scoredPageTypes: [ExtractedArticle.PageType] = [.article, .unknown]

    /// A fresh judgement with its handling: the institution's own publication (source
    /// category `resmi`) never needs a counter-message, and a page that is not an article
    /// is neutral, irrelevant and needs nothing.
    public static func apply(_ tone: ToneResult, category: String? = nil,
                             pageType: ExtractedArticle.PageType = .article) -> ToneResult {
        guard scoredPageTypes.contains(pageType) else {
            return ToneResult(label: .neutral, score: 0, relevant: false, needsResponse: false, priority: 0)
        }
        var tone = tone
        // A story needs a response when it is negative and about a watched target, except
        // the institution's own publication, and a condition its own officials state with
        // nothing graver (its overcrowding figures told by the Kalapas: the `condition`
        // frame, gravest incident of severity 1): a problem it publicises itself is not a
        // charge to answer.
        var needs = tone.label == .negative && tone.relevant
        if category == OutletCategory.resmi.rawValue { needs = false }
        if needs, tone.severity == 1, tone.frames.contains(where: { $0.kind == .condition }) { needs = false }
        if needs && !tone.needsResponse {
            // The analyzer's urgency when it flagged it; otherwise from the score.
            tone.priority = max(1, Int((min(1, abs(tone.score)) * 70).rounded()))
        }
        tone.needsResponse = needs
        if !needs { tone.priority = 0 }
        return tone
    }

    /// The tone as an officer corrected it (`pantau label`): the officer's judgement wins
    /// over the scorer's and survives rescoring. `irrelevant` takes the article out of the
    /// service's coverage; a label sets the tone, and the handling follows from it.
    public static func corrected(_ tone: ToneResult, by correction: String?) -> ToneResult {
        guard let correction else { return tone }
        var tone = tone
        if correction == "irrelevant" {
            tone.relevant = false
            tone.needsResponse = false
            tone.priority = 0
        } else if let label = ToneLabel(rawValue: correction) {
            tone.label = label
            tone.needsResponse = label == .negative && tone.relevant
            if tone.needsResponse && tone.priority == 0 { tone.priority = max(1, Int(abs(tone.score) * 70)) }
            if !tone.needsResponse { tone.priority = 0 }
        }
        return tone
    }

    /// An archived article with its officer's correction applied.
    public static func corrected(_ article: ArticleSummary) -> ArticleSummary {
        var article = article
        article.tone = corrected(article.tone, by: article.correction)
        return article
    }

    /// Urgency 0–100 at `end`, for the digest's Perlu Tanggapan and the alerts. For
    /// negative coverage: the scorer's priority (negativity × the named target's priority,
    /// home unit first), scaled by outlet reach (tier 1 reaches most), by how many outlets
    /// carry the story and by recency; a story already answered or closed drops. A
    /// security breach (escape, riot, fire: incident severity 3) takes the band 70–100 and
    /// everything else 0–70, so a riot anywhere in the region outranks a harsher article
    /// about a lesser matter. Other coverage ranks by the strength of its tone.
    @Sendable
    public static func urgency(_ a: ArticleSummary, end: Date) -> Int {
        let reach = [1: 1.0, 2: 0.9, 3: 0.8][a.outletTier] ?? 0.8
        guard a.tone.needsResponse else { return Int((min(1, abs(a.tone.score)) * 100 * reach).rounded()) }
        let spread = 1 + 0.08 * Double(min(max(a.clusterOutlets - 1, 0), 5))
        let ageHours = max(0, end.timeIntervalSince(a.firstSeen) / 3600)
        let recency = 1 - 0.2 * min(ageHours / 72, 1)
        let handled: Double = switch a.responseStatus.flatMap(ResponseStatus.init(rawValue:)) {
        case .selesai: 0.3
        case .dijawab: 0.6
        case .baru, .ditangani, nil: 1
        }
        let urgency = min(1, Double(a.tone.priority) / 100 * reach * spread * recency * handled)
        let crisis = a.tone.severity >= 3 && handled == 1
        return Int((crisis ? 70 + 30 * urgency : 70 * urgency).rounded())
    }
}
