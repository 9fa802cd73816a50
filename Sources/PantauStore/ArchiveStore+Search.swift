import Foundation
import GRDB
import PantauCore

extension ArchiveStore {
    /// Search filters besides the query itself.
    public struct SearchOptions: Sendable {
        public var since: Date?
        public var until: Date?
        public var tone: ToneLabel?
        public var limit: Int = 50
        public var sortByDate = false
        public init() {}
    }

    /// One search result.
    public struct SearchHit: Sendable, Equatable {
        public var article: ArticleSummary
        /// Matched passage with hits between `[` and `]`.
        public var snippet: String
    }

    public func search(_ query: SearchQuery, options: SearchOptions = SearchOptions()) throws(StoreError) -> [SearchHit] {
        let expression: String
        do {
            expression = try query.ftsExpression()
        } catch {
            throw StoreError(kind: .invalidQuery, message: error.description)
        }
        var sql = Self.summarySQL.replacingOccurrences(of: "t.explanation", with: "t.explanation, snippet(article_fts, 1, '[', ']', '…', 14) AS snippet")
        sql += " JOIN article_fts ON article_fts.rowid = a.id WHERE article_fts MATCH ?"
        var arguments: StatementArguments = [expression]
        if let since = options.since { sql += " AND a.firstSeen >= ?"; arguments += [since] }
        if let until = options.until { sql += " AND a.firstSeen < ?"; arguments += [until] }
        if let tone = options.tone { sql += " AND t.label = ?"; arguments += [tone.rawValue] }
        sql += options.sortByDate ? " ORDER BY COALESCE(a.published, a.firstSeen) DESC" : " ORDER BY bm25(article_fts, 3.0, 1.0)"
        sql += " LIMIT ?"
        arguments += [max(1, min(options.limit, 10_000))]
        let finalSQL = sql
        let finalArguments = arguments
        return try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                    SearchHit(article: Self.summary(row), snippet: row["snippet"] ?? "")
                }
            }
        }
    }
}
