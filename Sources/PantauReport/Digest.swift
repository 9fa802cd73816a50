import Foundation
import PantauCore

/// The digest as data: what the renderers turn into HTML, Markdown, JSON or chat text.
///
/// The property names of the six sections are the JSON keys other tools read
/// (`ringkasan`, `perluTanggapan`, `isuUtama`, `tren`, `kontraNarasi`, `sebaranMedia`).
public struct Digest: Sendable, Equatable, Codable {
    /// The period covered: a Jakarta day, or the last 24 hours / 7 / 30 days.
    public var period: Period
    /// `id` (Bahasa Indonesia) or `en`.
    public var language: String
    public var generatedAt: Date
    public var ringkasan: Summary
    /// Negative coverage of watched targets, one entry per story, most urgent first.
    public var perluTanggapan: [Item]
    public var isuUtama: MainIssues
    public var tren: Trends
    public var kontraNarasi: CounterNarrative
    public var sebaranMedia: [OutletRow]

    public struct Period: Sendable, Equatable, Codable {
        public var start: Date
        public var end: Date
        /// `day`, `24h`, `7d` or `30d`.
        public var kind: String
        /// The Jakarta day the report is filed under (`YYYY-MM-DD`).
        public var day: String

        public init(start: Date, end: Date, kind: String, day: String) {
            self.start = start
            self.end = end
            self.kind = kind
            self.day = day
        }

        public var days: Double { max(1, end.timeIntervalSince(start) / 86_400) }
    }

    public struct Summary: Sendable, Equatable, Codable {
        public var total: Int
        public var relevant: Int
        public var irrelevant: Int
        public var negative: Int
        public var neutral: Int
        public var positive: Int
        /// Stories (clusters) in `perluTanggapan`.
        public var needsResponse: Int
        /// Articles in the period of the same length just before.
        public var previousTotal: Int
        /// Articles per day over the 7 days before the period.
        public var sevenDayAverage: Double
        /// The biggest story of the period in one line, if any.
        public var leadingIssue: String?
    }

    /// One story in the report: its most urgent copy and the facts of its cluster.
    public struct Item: Sendable, Equatable, Codable {
        public var id: Int64
        public var title: String
        public var outlet: String
        public var outletCategory: String
        public var url: String
        public var label: ToneLabel
        public var score: Double
        /// Urgency 0–100.
        public var priority: Int
        /// The lexicon terms that decided the label.
        public var terms: [String]
        public var targets: [String]
        public var published: Date?
        public var firstSeen: Date
        /// The sentences that decided the label, with the words that fired in each.
        public var evidence: [Evidence]
        /// The events that decided it (enforcement by staff, a crime inside…), headline first.
        public var frames: [ToneResult.Frame]
        public var cluster: ClusterFacts?
        /// `baru`, `ditangani`, `dijawab` or `selesai`, when an officer recorded one.
        public var responseStatus: String?
        /// The officer's label correction, when there is one.
        public var correction: String?
    }

    public struct Evidence: Sendable, Equatable, Codable {
        public var sentence: String
        public var terms: [String]
    }

    public struct ClusterFacts: Sendable, Equatable, Codable {
        public var id: Int64
        /// Stored articles telling the story, and from how many outlets.
        public var copies: Int
        public var outlets: Int
        public var firstPublisher: String?
        public var firstPublished: Date?
    }

    public struct MainIssues: Sendable, Equatable, Codable {
        public var clusters: [Issue]
        public var emergingTerms: [TermTrend]
    }

    public struct Issue: Sendable, Equatable, Codable {
        public var clusterID: Int64?
        public var title: String
        public var url: String
        public var articles: Int
        public var outlets: Int
        public var negative: Int
        public var neutral: Int
        public var positive: Int
        public var keywords: [String]
    }

    public struct TermTrend: Sendable, Equatable, Codable {
        /// As readers write it (the commonest headline word with the stored root).
        public var term: String
        /// Articles with the term in the period, and per period-length before it (average).
        public var count: Int
        public var baseline: Double
    }

    public struct Trends: Sendable, Equatable, Codable {
        /// Relevant articles per Jakarta day by tone, oldest first (30 days).
        public var daily: [DayCount]
        public var outletNegativeShare: [OutletShare]
        public var targets: [TargetTone]
    }

    public struct DayCount: Sendable, Equatable, Codable {
        public var day: String
        public var negative: Int
        public var neutral: Int
        public var positive: Int

        public init(day: String, negative: Int = 0, neutral: Int = 0, positive: Int = 0) {
            self.day = day
            self.negative = negative
            self.neutral = neutral
            self.positive = positive
        }

        public var total: Int { negative + neutral + positive }
    }

    public struct OutletShare: Sendable, Equatable, Codable {
        public var outlet: String
        public var total: Int
        public var negative: Int
        public var share: Double
    }

    public struct TargetTone: Sendable, Equatable, Codable {
        public var target: String
        public var negative: Int
        public var neutral: Int
        public var positive: Int
    }

    public struct CounterNarrative: Sendable, Equatable, Codable {
        /// For each negative story, the institution's own positive stories that share its terms.
        public var matches: [Match]
        /// Positive coverage of the period worth amplifying, official sources first.
        public var amplify: [Item]
    }

    public struct Match: Sendable, Equatable, Codable {
        public var issueID: Int64
        public var issueTitle: String
        public var material: [Material]
    }

    public struct Material: Sendable, Equatable, Codable {
        public var id: Int64
        public var title: String
        public var outlet: String
        public var url: String
        public var official: Bool
        /// The themes of the issue this story answers (`keamanan`, `pembinaan`, …).
        public var themes: [String]
        public var sharedTerms: [String]
        public var similarity: Double
    }

    public struct OutletRow: Sendable, Equatable, Codable {
        public var outlet: String
        public var category: String
        public var tier: Int
        public var total: Int
        public var negative: Int
        public var neutral: Int
        public var positive: Int
    }
}
