import Foundation
import PantauCore

/// Incremental story clustering: each new article joins the cluster of the most similar
/// article of the last days (keyword cosine at or above `threshold`), or starts its own.
/// Exact copies (same content hash) always join.
public enum StoryClustering {
    /// Cosine of keyword vectors from which two articles are one story (tuned on the
    /// labelled fixtures of rewrites and non-copies in Tests/PantauStoreTests/Fixtures/clusters,
    /// where 0.19–0.21 all give precision 1.0 and recall 0.97; the top of that plateau,
    /// because the demo holds two smuggling stories at 0.201 that are not one story).
    public static let threshold = 0.21
    /// How far apart in time copies of one story are looked for.
    public static let window: TimeInterval = 4 * 86400
    public static let keywordCount = 24

    /// The story cluster of an article about to be stored: the cluster of an exact copy
    /// (same content hash), else of the most similar recent article, else a new one
    /// (`clusterID` nil: the caller creates it). Returns the article's keywords too, which
    /// the backend stores once the article has its id.
    ///
    /// `older` reads, from the backend, the stored articles first seen in an interval
    /// before memory's window (rare: an article published long before it was seen), each
    /// as its cluster, keywords and content hash, until the visitor returns false.
    public static func choose<E: Error>(for article: ExtractedArticle, contentHash: String, seenAt: Date, memory: ClusterMemory,
                                        older: (DateInterval, (OlderArticle) -> Bool) throws(E) -> Void)
        throws(E) -> (clusterID: Int64?, keywords: [ClusterMemory.Keyword]) {
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
                var copy: Int64?
                try older(DateInterval(start: since, end: until)) { row in
                    if !article.text.isEmpty, row.contentHash == contentHash { copy = row.clusterID; return false }
                    consider(row.clusterID, StoryKeywords.similarity(pairs, row.keywords))
                    return true
                }
                if let copy { return (copy, keywords) }
            }
        }
        return (best?.clusterID, keywords)
    }

    /// A stored article outside memory's window, as `choose` compares it.
    public struct OlderArticle {
        public var clusterID: Int64
        public var keywords: [(term: String, weight: Double)]
        public var contentHash: String

        public init(clusterID: Int64, keywords: [(term: String, weight: Double)], contentHash: String) {
            self.clusterID = clusterID
            self.keywords = keywords
            self.contentHash = contentHash
        }
    }
}
