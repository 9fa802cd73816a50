import Foundation
import GRDB
import PantauClustering
import PantauCore

/// The archive facts a digest needs beyond the period's articles: history for trends and
/// comparisons, positive stories for counter-narrative, and story keywords.
extension ArchiveStore {
    /// Relevant articles per Jakarta day and tone, for days that start in
    /// `[from, to)`: `(day, label, count)` rows. Officers' label corrections count.
    public func dailyToneCounts(from: Date, to: Date) throws(ArchiveError) -> [(day: String, label: ToneLabel, count: Int)] {
        try guarded {
            try pool.read { db in
                // firstSeen is stored in UTC; +7 hours gives the Jakarta (WIB) calendar day.
                try Row.fetchAll(db, sql: """
                    SELECT date(a.firstSeen, '+7 hours') AS day,
                           COALESCE((SELECT l.label FROM label l WHERE l.articleID = a.id ORDER BY l.id DESC LIMIT 1), t.label) AS label,
                           COUNT(*) AS n
                    FROM article a JOIN tone t ON t.articleID = a.id
                    WHERE a.firstSeen >= ? AND a.firstSeen < ? AND t.relevant = 1
                    GROUP BY day, label ORDER BY day
                    """, arguments: [from, to]).compactMap { row in
                    guard let label = ToneLabel(rawValue: row["label"]) else { return nil }
                    return (day: row["day"], label: label, count: row["n"])
                }
            }
        }
    }

    /// How many articles were first seen in `interval`.
    public func articleCount(firstSeenIn interval: DateInterval) throws(ArchiveError) -> Int {
        try guarded {
            try pool.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article WHERE firstSeen >= ? AND firstSeen < ?",
                                 arguments: [interval.start, interval.end]) ?? 0
            }
        }
    }

    /// Relevant articles the scorer labelled `label`, first seen in `interval`, newest
    /// first, at most `limit`.
    public func articles(firstSeenIn interval: DateInterval, label: ToneLabel, limit: Int) throws(ArchiveError) -> [ArticleSummary] {
        try guarded {
            try pool.read { db in
                var list = try Row.fetchAll(db, sql: Self.summarySQL + """
                     WHERE a.firstSeen >= ? AND a.firstSeen < ? AND t.label = ? AND t.relevant = 1
                     ORDER BY a.firstSeen DESC, a.id DESC LIMIT ?
                    """, arguments: [interval.start, interval.end, label.rawValue, limit]).map(Self.summary)
                    .filter { $0.tone.label == label && $0.tone.relevant }
                try Self.attachClusterFacts(&list, in: db)
                return list
            }
        }
    }

    /// The story keywords (term, weight) of each article, strongest first.
    public func keywords(of articleIDs: [Int64]) throws(ArchiveError) -> [Int64: [(term: String, weight: Double)]] {
        guard !articleIDs.isEmpty else { return [:] }
        return try guarded {
            try pool.read { db in
                var out: [Int64: [(term: String, weight: Double)]] = [:]
                // SQLite caps bound parameters; 500 ids per query stays well below it.
                for start in stride(from: 0, to: articleIDs.count, by: 500) {
                    let chunk = Array(articleIDs[start..<min(start + 500, articleIDs.count)])
                    let marks = databaseQuestionMarks(count: chunk.count)
                    for row in try Row.fetchAll(db, sql: "SELECT articleID, terms FROM article_keyword WHERE articleID IN (\(marks))",
                                                arguments: StatementArguments(chunk)) {
                        out[row[0]] = KeywordRow.decode(row[1])
                    }
                }
                return out
            }
        }
    }

    /// For each story keyword, how many articles first seen in `interval` carry it.
    public func termCounts(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [String: Int] {
        try guarded {
            try pool.read { db in
                var out: [String: Int] = [:]
                let rows = try String.fetchCursor(db, sql: """
                    SELECT k.terms FROM article a JOIN article_keyword k ON k.articleID = a.id
                    WHERE a.firstSeen >= ? AND a.firstSeen < ?
                    """, arguments: [interval.start, interval.end])
                while let terms = try rows.next() {
                    for (term, _) in KeywordRow.decode(terms) { out[term, default: 0] += 1 }
                }
                return out
            }
        }
    }
}
