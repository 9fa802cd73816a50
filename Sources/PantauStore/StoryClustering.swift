import Foundation
import GRDB
import PantauCore

/// Incremental story clustering: each new article joins the cluster of the most similar
/// article of the last days (keyword cosine at or above `threshold`), or starts its own.
/// Exact copies (same content hash) always join.
enum StoryClustering {
    /// Cosine of keyword vectors from which two articles are one story (tuned on the
    /// labelled fixtures of rewrites and non-copies in Tests/PantauStoreTests/Fixtures/clusters,
    /// where 0.19–0.21 all give precision 1.0 and recall 0.97; the top of that plateau,
    /// because the demo holds two smuggling stories at 0.201 that are not one story).
    static let threshold = 0.21
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
            // Candidates: recent articles sharing the rarest keywords (names, places,
            // figures: what copies of one story keep). Recent = stored since the window
            // began; ids grow with time, so the (term, articleID) index reads only the
            // window's rows instead of every article that ever used a common word.
            // A keyword no stored article has (df 0) cannot find a copy: rarest of the rest.
            let probe = keywords.filter { (df[$0.term] ?? 0) > 0 }
                .sorted { (df[$0.term] ?? 0, $0.term) < (df[$1.term] ?? 0, $1.term) }.prefix(8).map(\.term)
            let since = when.addingTimeInterval(-window)
            // Through the firstSeen index: MIN(id) with this condition walked the table
            // from its first row, a full scan per insert.
            let firstRecent = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT id FROM article INDEXED BY article_on_firstSeen WHERE firstSeen >= ? ORDER BY firstSeen, id LIMIT 1
                """),
                                                 arguments: [min(since, seenAt.addingTimeInterval(-window))]) ?? articleID
            let placeholders = Array(repeating: "?", count: probe.count).joined(separator: ",")
            var arguments: StatementArguments = StatementArguments(probe)
            arguments += [firstRecent, articleID]
            let candidates = try Int64.fetchAll(db, sql: """
                SELECT articleID FROM article_term
                WHERE term IN (\(placeholders)) AND articleID >= ? AND articleID != ?
                GROUP BY articleID ORDER BY COUNT(*) DESC, SUM(weight) DESC LIMIT 20
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
