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
        let expression: String?
        let filters: [(field: String, value: String)]
        do {
            let split = try query.splitFilters()
            expression = try split.query?.ftsExpression()
            filters = split.filters
        } catch {
            throw StoreError(kind: .invalidQuery, message: error.description)
        }
        // Two phases: rank and cut with cheap columns only, then build the summaries and
        // snippets of the few rows kept. In one query SQLite would compute every column
        // (snippet, label and response lookups, the tone JSON) for every match before
        // sorting: a frequent word sorted by date took 1–2 s at 10,000 articles.
        // Tables are joined only when a filter needs them: for a frequent word every
        // match pays for every join. Ranked by relevance without filters, the full-text
        // table alone answers.
        let needsSource = filters.contains { $0.field == "source" }
        let needsTone = options.tone != nil || filters.contains { $0.field == "tone" || $0.field == "target" }
        let needsArticle = needsSource || needsTone || options.since != nil || options.until != nil || options.sortByDate || expression == nil
        var sql: String
        var arguments: StatementArguments = []
        if let expression, !needsArticle {
            sql = "SELECT article_fts.rowid FROM article_fts WHERE article_fts MATCH ?"
            arguments += [expression]
        } else {
            sql = "SELECT a.id FROM article a"
            if needsSource { sql += " JOIN source s ON s.id = a.sourceID" }
            if needsTone { sql += " JOIN tone t ON t.articleID = a.id" }
            if let expression {
                sql += " JOIN article_fts ON article_fts.rowid = a.id WHERE article_fts MATCH ?"
                arguments += [expression]
            } else {
                sql += " WHERE 1"
            }
        }
        for (field, value) in filters {
            switch field {
            case "source":
                sql += " AND (s.title LIKE ? OR s.feedURL LIKE ?)"
                arguments += ["%\(value)%", "%\(value)%"]
            case "tone":
                let label = ["negatif": "negative", "netral": "neutral", "positif": "positive"][value.lowercased()] ?? value.lowercased()
                guard ToneLabel(rawValue: label) != nil else {
                    throw StoreError(kind: .invalidQuery, message: "kueri tidak valid: tone: harus negative, neutral atau positive")
                }
                sql += " AND t.label = ?"
                arguments += [label]
            case "target":
                sql += " AND t.explanation LIKE ?"
                arguments += ["%\"targets\":[%\(value.replacingOccurrences(of: "\"", with: ""))%]%"]
            default:
                break
            }
        }
        if let since = options.since { sql += " AND a.firstSeen >= ?"; arguments += [since] }
        if let until = options.until { sql += " AND a.firstSeen < ?"; arguments += [until] }
        if let tone = options.tone { sql += " AND t.label = ?"; arguments += [tone.rawValue] }
        sql += options.sortByDate || expression == nil ? " ORDER BY COALESCE(a.published, a.firstSeen) DESC, a.id DESC" : " ORDER BY bm25(article_fts, 3.0, 1.0)"
        sql += " LIMIT ?"
        arguments += [max(1, min(options.limit, 10_000))]
        let rankSQL = sql
        let rankArguments = arguments
        return try guarded {
            try pool.read { db in
                let ids = try Int64.fetchAll(db, sql: rankSQL, arguments: rankArguments)
                guard !ids.isEmpty else { return [] }
                var byID: [Int64: (ArticleSummary, String)] = [:]
                for start in stride(from: 0, to: ids.count, by: 500) {
                    let chunk = Array(ids[start..<min(start + 500, ids.count)])
                    let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                    let rows: [Row]
                    if let expression {
                        rows = try Row.fetchAll(db, sql: Self.summarySQL.replacingOccurrences(
                            of: "t.explanation", with: "t.explanation, snippet(article_fts, 1, '[', ']', '…', 14) AS snippet")
                            + " JOIN article_fts ON article_fts.rowid = a.id WHERE article_fts MATCH ? AND a.id IN (\(marks))",
                            arguments: StatementArguments([expression]) + StatementArguments(chunk))
                    } else {
                        rows = try Row.fetchAll(db, sql: Self.summarySQL.replacingOccurrences(
                            of: "t.explanation", with: "t.explanation, substr(a.text, 1, 160) AS snippet") + " WHERE a.id IN (\(marks))",
                            arguments: StatementArguments(chunk))
                    }
                    for row in rows { byID[row["id"]] = (Self.summary(row), row["snippet"] ?? "") }
                }
                var articles = ids.compactMap { byID[$0]?.0 }
                try Self.attachClusterFacts(&articles, in: db)
                return articles.map { SearchHit(article: $0, snippet: byID[$0.id]?.1 ?? "") }
            }
        }
    }
}
