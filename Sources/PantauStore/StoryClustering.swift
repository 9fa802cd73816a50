import Foundation
import GRDB
import PantauCore

/// Incremental story clustering: each new article joins the cluster of the most similar
/// article of the last days (keyword cosine at or above `threshold`), or starts its own.
/// Exact copies (same content hash) always join.
enum StoryClustering {
    /// Cosine of keyword vectors from which two articles are one story (tuned on the
    /// labelled fixtures of rewrites and non-copies in Tests/PantauStoreTests/Fixtures/clusters).
    static let threshold = 0.2
    /// How far apart in time copies of one story are looked for.
    static let window: TimeInterval = 4 * 86400
    static let keywordCount = 24

    static func assign(articleID: Int64, article: ExtractedArticle, seenAt: Date, in db: Database) throws {
        let when = article.published ?? seenAt
        // MAX(id) is a b-tree lookup; COUNT(*) would scan the table on every insert.
        let total = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM article")) ?? 1
        // Document frequencies for the article's words, fetched once.
        var df: [String: Int] = [:]
        let keywords = StoryKeywords.keywords(title: article.title ?? "", text: article.text, limit: keywordCount,
                                              documentFrequency: { term in
            if let cached = df[term] { return cached }
            let value = ((try? Int.fetchOne(db.cachedStatement(sql: "SELECT df FROM term_df WHERE term = ?"), arguments: [term])) ?? nil) ?? 0
            df[term] = value
            return value
        }, total: total)

        var clusterID: Int64?
        // An exact copy joins its original.
        let hash = ContentHash.of(article.text)
        if !article.text.isEmpty {
            clusterID = try Int64.fetchOne(db, sql: """
                SELECT clusterID FROM article WHERE contentHash = ? AND id != ? AND clusterID IS NOT NULL LIMIT 1
                """, arguments: [hash, articleID])
        }
        if clusterID == nil, !keywords.isEmpty {
            // Candidates: recent articles sharing one of the rarest keywords.
            let probe = keywords.prefix(8).map(\.term)
            let placeholders = Array(repeating: "?", count: probe.count).joined(separator: ",")
            var arguments: StatementArguments = StatementArguments(probe)
            arguments += [articleID, when.addingTimeInterval(-window), when.addingTimeInterval(window)]
            // The recent articles sharing most of the rarest keywords; their vectors in one query.
            let candidates = try Int64.fetchAll(db, sql: """
                SELECT t.articleID FROM article_term t JOIN article a ON a.id = t.articleID
                WHERE t.term IN (\(placeholders)) AND a.id != ? AND COALESCE(a.published, a.firstSeen) BETWEEN ? AND ?
                GROUP BY t.articleID ORDER BY COUNT(*) DESC, SUM(t.weight) DESC LIMIT 40
                """, arguments: arguments)
            var best: (id: Int64, similarity: Double)?
            if !candidates.isEmpty {
                let marks = Array(repeating: "?", count: candidates.count).joined(separator: ",")
                var vectors: [Int64: [(term: String, weight: Double)]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT articleID, term, weight FROM article_term WHERE articleID IN (\(marks))",
                                            arguments: StatementArguments(candidates)) {
                    // Columns by position: decoding by name lowercases the name for every row.
                    vectors[row[0], default: []].append((row[1], row[2]))
                }
                for candidate in candidates {
                    let sim = StoryKeywords.similarity(keywords, vectors[candidate] ?? [])
                    if sim >= threshold, sim > (best?.similarity ?? 0) { best = (candidate, sim) }
                }
            }
            if let best {
                clusterID = try Int64.fetchOne(db, sql: "SELECT clusterID FROM article WHERE id = ?", arguments: [best.id])
            }
        }
        if clusterID == nil {
            try db.execute(sql: "INSERT INTO cluster (createdAt) VALUES (?)", arguments: [seenAt])
            clusterID = db.lastInsertedRowID
        }
        try db.execute(sql: "UPDATE article SET clusterID = ? WHERE id = ?", arguments: [clusterID, articleID])
        for (term, weight) in keywords {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO article_term (articleID, term, weight) VALUES (?, ?, ?)")
                .execute(arguments: [articleID, term, weight])
            try db.cachedStatement(sql: "INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1")
                .execute(arguments: [term])
        }
    }
}
