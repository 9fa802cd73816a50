import Foundation
import PantauCore
import PantauPipeline
import Testing

/// The one place that decides what needs a response (`ResponsePolicy`).
@Suite struct ResponsePolicyTests {
    let negative = ToneResult(label: .negative, score: -0.8, relevant: true, needsResponse: true, priority: 80)

    @Test func theInstitutionsOwnPublicationsAndNonArticlesNeedNothing() {
        let own = ResponsePolicy.apply(negative, category: OutletCategory.resmi.rawValue)
        #expect(own.label == .negative && !own.needsResponse && own.priority == 0)
        let press = ResponsePolicy.apply(negative, category: OutletCategory.nasional.rawValue)
        #expect(press.needsResponse && press.priority == 80)
        let wall = ResponsePolicy.apply(negative, category: "nasional", pageType: .consentWall)
        #expect(wall.label == .neutral && !wall.relevant && !wall.needsResponse)
        #expect(ResponsePolicy.scoredPageTypes.contains(.unknown) && !ResponsePolicy.scoredPageTypes.contains(.index))
    }

    @Test func anOfficersCorrectionWins() {
        let neutral = ResponsePolicy.corrected(negative, by: "neutral")
        #expect(neutral.label == .neutral && !neutral.needsResponse && neutral.priority == 0)
        let irrelevant = ResponsePolicy.corrected(negative, by: "irrelevant")
        #expect(!irrelevant.relevant && !irrelevant.needsResponse && irrelevant.label == .negative)
        // Relabelled negative: it needs a response, with an urgency from its score.
        let mild = ToneResult(label: .neutral, score: -0.3, relevant: true, needsResponse: false, priority: 0)
        let flagged = ResponsePolicy.corrected(mild, by: "negative")
        #expect(flagged.needsResponse && flagged.priority == 21)
        #expect(ResponsePolicy.corrected(negative, by: nil) == negative)
    }

    @Test func anAnsweredStoryDropsAndABreachLeads() {
        let end = Date(timeIntervalSince1970: 1_800_000_000)
        func article(priority: Int, severity: Int = 0, status: String? = nil) -> ArticleSummary {
            var tone = ToneResult(label: .negative, score: -0.9, relevant: true, needsResponse: true, priority: priority)
            tone.severity = severity
            var a = ArticleSummary(id: 1, title: "t", url: "u", outlet: "o", outletCategory: "nasional", outletTier: 1,
                                   published: nil, firstSeen: end, tone: tone)
            a.responseStatus = status
            return a
        }
        let open = ResponsePolicy.urgency(article(priority: 90), end: end)
        let answered = ResponsePolicy.urgency(article(priority: 90, status: ResponseStatus.dijawab.rawValue), end: end)
        let closed = ResponsePolicy.urgency(article(priority: 90, status: ResponseStatus.selesai.rawValue), end: end)
        #expect(open > answered && answered > closed)
        let riot = ResponsePolicy.urgency(article(priority: 40, severity: 3), end: end)
        #expect(riot >= 70 && open < 70, "a breach ranks above any lesser matter")
    }
}
