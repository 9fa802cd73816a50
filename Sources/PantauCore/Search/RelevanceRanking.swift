import Foundation

/// What ranking needs of one match: the token count of each column of the index and how
/// often each phrase of the query occurs in each column. SQLite reads it from FTS5
/// (`pantau_hits`), PostgreSQL from the stored lexeme positions.
public struct MatchCounts: Sendable, Equatable {
    public var columnSizes: [Int32]
    /// hits[phrase][column]
    public var hits: [[Int32]]

    public init(columnSizes: [Int32], hits: [[Int32]]) {
        self.columnSizes = columnSizes
        self.hits = hits
    }
}

/// Okapi BM25 over a set of matches, with the statistics (document frequency of each
/// phrase, average length) taken from that set rather than the whole index: FTS5's
/// `bm25()` formula and column weights, without its pass over every match. So in an AND
/// query, where every match holds every word, the words weigh alike and the ranking is by
/// how often they occur (title three times) against the length; in an OR query the word
/// rarer among the matches weighs more.
public enum RelevanceRanking {
    static let k1 = 1.2
    static let b = 0.75

    /// Indices of `matches` (given newest first) from most to least relevant; ties keep
    /// the newer first.
    public static func order(_ matches: [MatchCounts], columnWeights: [Double]) -> [Int] {
        guard let phrases = matches.first?.hits.count, !matches.isEmpty else { return [] }
        let n = Double(matches.count)
        var documentFrequency = [Double](repeating: 0, count: phrases)
        var totalLength = 0.0
        for match in matches {
            totalLength += Double(match.columnSizes.reduce(0, +))
            for p in 0..<min(phrases, match.hits.count) where match.hits[p].contains(where: { $0 > 0 }) {
                documentFrequency[p] += 1
            }
        }
        let averageLength = max(totalLength / n, 1)
        // FTS5's idf, floored at a small positive value as it does.
        let idf = documentFrequency.map { df in max(log((n - df + 0.5) / (df + 0.5)), 1e-6) }
        let scores = matches.map { match -> Double in
            let length = Double(match.columnSizes.reduce(0, +))
            let norm: Double = k1 * (1 - b + b * length / averageLength)
            var score = 0.0
            for p in 0..<min(phrases, match.hits.count) {
                var frequency = 0.0
                for (c, hits) in match.hits[p].enumerated() {
                    let weight = c < columnWeights.count ? columnWeights[c] : 1
                    frequency += Double(hits) * weight
                }
                guard frequency > 0 else { continue }
                let saturated: Double = frequency * (k1 + 1) / (frequency + norm)
                score += idf[p] * saturated
            }
            return score
        }
        return scores.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
    }
}
