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

    /// The story cluster of an article about to be stored: the cluster of an exact copy
    /// (same content hash), else of the most similar recent article, else a new one
    /// (`clusterID` nil: the caller creates it). Returns the article's keywords too, which
    /// `record` stores once the article has its id.
    static func choose(for article: ExtractedArticle, contentHash: String, seenAt: Date, memory: ClusterMemory,
                       in db: Database) throws -> (clusterID: Int64?, keywords: [ClusterMemory.Keyword]) {
        let when = article.published ?? seenAt
        let keywords = memory.keywords(title: article.title ?? "", text: article.text, limit: keywordCount)
        // An exact copy joins its original.
        if !article.text.isEmpty, let original = memory.exactCopy(contentHash) {
            return (original, keywords)
        }
        // Candidates: recent articles sharing the rarest keywords (names, places, figures:
        // what copies of one story keep). A keyword no stored article has (df 0) cannot
        // find a copy: the rarest of the rest.
        let probe = keywords.map { (keyword: $0, df: memory.df(id: $0.id)) }.filter { $0.df > 0 }
            .sorted { ($0.df, $0.keyword.term) < ($1.df, $1.keyword.term) }.prefix(8).map(\.keyword.id)
        let since = min(when, seenAt).addingTimeInterval(-window)
        let norm = sqrt(keywords.reduce(0) { $0 + $1.weight * $1.weight })
        var best: (clusterID: Int64, similarity: Double)?
        func consider(_ clusterID: Int64, _ similarity: Double) {
            if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (clusterID, similarity) }
        }
        let vector = memory.vector(keywords)
        for candidate in probe.isEmpty ? [] : memory.candidates(probe: probe, since: since, limit: 20) {
            consider(candidate.clusterID, memory.similarity(vector, norm: norm, candidate))
        }
        if since < memory.start {
            // Published long before it was seen: copies seen around its publication have
            // left memory's window; read those from the tables.
            let until = min(memory.start, when.addingTimeInterval(window))
            if since < until {
                let pairs = keywords.map { ($0.term, $0.weight) }
                let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT a.clusterID, k.terms, a.contentHash FROM article a INDEXED BY article_on_firstSeen
                    LEFT JOIN article_keyword k ON k.articleID = a.id
                    WHERE a.firstSeen >= ? AND a.firstSeen < ? AND a.clusterID IS NOT NULL
                    """), arguments: [since, until])
                while let row = try rows.next() {
                    if !article.text.isEmpty, row[2] == contentHash { return (row[0], keywords) }
                    consider(row[0], StoryKeywords.similarity(pairs, KeywordRow.decode(row[1] ?? "")))
                }
            }
        }
        return (best?.clusterID, keywords)
    }

    /// Stores a new article's keywords and counts them into `pendingDF`, written to
    /// `term_df` once per transaction by `flush`.
    static func record(articleID: Int64, keywords: [ClusterMemory.Keyword], pendingDF: inout [String: Int],
                       in db: Database) throws {
        guard !keywords.isEmpty else { return }
        for keyword in keywords { pendingDF[keyword.term, default: 0] += 1 }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO article_keyword (articleID, terms) VALUES (?, ?)")
            .execute(arguments: [articleID, KeywordRow.encode(keywords.map { ($0.term, $0.weight) })])
    }

    /// Adds the transaction's keyword counts to `term_df`.
    static func flush(_ pendingDF: [String: Int], in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df
            """)
        for (term, count) in pendingDF { try statement.execute(arguments: [term, count]) }
    }
}
