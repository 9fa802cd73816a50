import Foundation
import GRDB
import PantauCore

extension ArchiveStore {
    public func search(_ query: SearchQuery, options: SearchOptions) throws(ArchiveError) -> [SearchHit] {
        let expression: String?
        let filters: [(field: String, value: String)]
        do {
            let split = try query.splitFilters()
            expression = try split.query?.ftsExpression()
            filters = split.filters
        } catch {
            throw ArchiveError(kind: .invalidQuery, message: error.description)
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
        // Joins and conditions of the filters, shared by every plan below.
        var joins = ""
        if needsSource { joins += " JOIN source s ON s.id = a.sourceID" }
        if needsTone { joins += " JOIN tone t ON t.articleID = a.id" }
        var conditions = ""
        var conditionArguments: StatementArguments = []
        for (field, value) in filters {
            switch field {
            case "source":
                conditions += " AND (s.title LIKE ? OR s.feedURL LIKE ?)"
                conditionArguments += ["%\(value)%", "%\(value)%"]
            case "tone":
                let label = ["negatif": "negative", "netral": "neutral", "positif": "positive"][value.lowercased()] ?? value.lowercased()
                guard ToneLabel(rawValue: label) != nil else {
                    throw ArchiveError(kind: .invalidQuery, message: "kueri tidak valid: tone: harus negative, neutral atau positive")
                }
                conditions += " AND t.label = ?"
                conditionArguments += [label]
            case "target":
                conditions += " AND t.explanation LIKE ?"
                conditionArguments += ["%\"targets\":[%\(value.replacingOccurrences(of: "\"", with: ""))%]%"]
            default:
                break
            }
        }
        if let since = options.since { conditions += " AND a.firstSeen >= ?"; conditionArguments += [since] }
        if let until = options.until { conditions += " AND a.firstSeen < ?"; conditionArguments += [until] }
        if let tone = options.tone { conditions += " AND t.label = ?"; conditionArguments += [tone.rawValue] }
        let limit = max(1, min(options.limit, 10_000))
        let plan: (Database) throws -> [Int64]
        if let expression, options.sortByDate {
            plan = { db in
                try Self.newestMatches(expression, joins: joins, conditions: conditions, arguments: conditionArguments,
                                       until: options.until, limit: limit, in: db)
            }
        } else if let expression {
            plan = { db in
                try Self.mostRelevantRecentMatches(expression, joins: joins, conditions: conditions, arguments: conditionArguments,
                                                   until: options.until, limit: limit, in: db)
            }
        } else {
            plan = { db in
                try Int64.fetchAll(db, sql: "SELECT a.id FROM article a\(joins) WHERE 1\(conditions) ORDER BY MIN(COALESCE(a.published, a.firstSeen), a.firstSeen) DESC, a.id DESC LIMIT ?",
                                   arguments: conditionArguments + [limit])
            }
        }
        return try guarded {
            try pool.read { db in
                let ids = try plan(db)
                guard !ids.isEmpty else { return [] }
                var byID: [Int64: (ArticleSummary, String)] = [:]
                for start in stride(from: 0, to: ids.count, by: 500) {
                    let chunk = Array(ids[start..<min(start + 500, ids.count)])
                    let marks = databaseQuestionMarks(count: chunk.count)
                    let snippetColumn = expression == nil ? "substr(a.text, 1, 160)" : "''"
                    for row in try Row.fetchAll(db, sql: Self.summarySQL.replacingOccurrences(
                        of: "t.explanation", with: "t.explanation, \(snippetColumn) AS snippet") + " WHERE a.id IN (\(marks))",
                        arguments: StatementArguments(chunk)) {
                        byID[row["id"]] = (Self.summary(row), row["snippet"] ?? "")
                    }
                }
                if let expression {
                    try Self.attachSnippets(&byID, ids: ids, expression: expression, in: db)
                }
                var articles = ids.compactMap { byID[$0]?.0 }
                try Self.attachClusterFacts(&articles, in: db)
                return articles.map { SearchHit(article: $0, snippet: byID[$0.id]?.1 ?? "") }
            }
        }
    }

    /// Fills in the snippets of the hits `ids`.
    static func attachSnippets(_ byID: inout [Int64: (ArticleSummary, String)], ids: [Int64], expression: String,
                               in db: Database) throws {
        let snippet = "snippet(article_fts, 1, '[', ']', '…', 14)"
        if expression.contains("*"), let low = ids.min(), let high = ids.max() {
            // FTS5 gathers every document of a prefix before the first row: once for the
            // range of the hits, not once per hit (20 × 25 ms for a common prefix).
            let marks = databaseQuestionMarks(count: ids.count)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, CASE WHEN rowid IN (\(marks)) THEN \(snippet) END FROM article_fts
                WHERE article_fts MATCH ? AND rowid >= ? AND rowid <= ?
                """, arguments: StatementArguments(ids) + [expression, low, high])
            while let row = try rows.next() {
                if let text = row[1] as String? { byID[row[0]]?.1 = text }
            }
            return
        }
        // One row at a time: with `rowid = ?` the index seeks to the article; joined to a
        // list of ids, SQLite ran the whole match first.
        let statement = try db.cachedStatement(sql: "SELECT \(snippet) FROM article_fts WHERE article_fts MATCH ? AND rowid = ?")
        for id in ids where byID[id] != nil {
            byID[id]?.1 = try String.fetchOne(statement, arguments: [expression, id]) ?? ""
        }
    }

    /// How many of the newest matches relevance ranking weighs. Older matches are reached
    /// with `--until` or `--sort date`; a word with fewer matches is ranked over all time.
    static let relevanceWindow = 5_000

    /// The `limit` most relevant of the newest `relevanceWindow` matches of the words that
    /// pass the filters (further windows when fewer than `limit` pass): BM25 (title
    /// counted three times) with the statistics of those matches, from `pantau_hits` (see
    /// `MatchStatistics`), newest first on ties.
    static func mostRelevantRecentMatches(_ expression: String, joins: String, conditions: String, arguments: StatementArguments,
                                          until: Date?, limit: Int, in db: Database) throws -> [Int64] {
        var below = try firstID(seenAtOrAfter: until, in: db)
        let filtered = !joins.isEmpty || !conditions.isEmpty
        var ids: [Int64] = []
        var matches: [MatchStatistics.Match] = []
        while true {
            let (sql, windowArguments) = newestFirst("rowid, \(MatchStatistics.name)(article_fts)", matching: expression,
                                                     below: below, limit: relevanceWindow)
            var windowIDs: [Int64] = []
            var windowMatches: [Int64: MatchStatistics.Match] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: windowArguments)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                windowIDs.append(id)
                if let blob = row[1] as Data?, let match = MatchStatistics.Match(blob) { windowMatches[id] = match }
            }
            var kept = windowIDs
            if filtered, !windowIDs.isEmpty {
                let marks = databaseQuestionMarks(count: windowIDs.count)
                let passing = Set(try Int64.fetchAll(db, sql: "SELECT a.id FROM article a\(joins) WHERE a.id IN (\(marks))\(conditions)",
                                                     arguments: StatementArguments(windowIDs) + arguments))
                kept = windowIDs.filter(passing.contains)
            }
            for id in kept {
                guard let match = windowMatches[id] else { continue }
                ids.append(id)
                matches.append(match)
            }
            guard ids.count < limit, windowIDs.count == relevanceWindow, let last = windowIDs.last else { break }
            below = last
        }
        return RelevanceRanking.order(matches, columnWeights: [3, 1]).prefix(limit).map { ids[$0] }
    }

    /// `columns` of the index's matches of `expression` with ids below `below`, newest
    /// first, at most `limit`: how both plans read the index (FTS5 walks it in rowid order
    /// and stops at the limit).
    static func newestFirst(_ columns: String, matching expression: String, below: Int64?,
                            limit: Int) -> (sql: String, arguments: StatementArguments) {
        var sql = "SELECT \(columns) FROM article_fts WHERE article_fts MATCH ?"
        var arguments: StatementArguments = [expression]
        if let below { sql += " AND rowid < ?"; arguments += [below] }
        sql += " ORDER BY rowid DESC LIMIT ?"
        arguments += [limit]
        return (sql, arguments)
    }

    /// An id below which every article first seen before `date` lies (nil: no bound): the
    /// first id first seen at or after `date` plus `orderSlack` (see `newestMatches`).
    static func firstID(seenAtOrAfter date: Date?, in db: Database) throws -> Int64? {
        guard let date else { return nil }
        return try Int64.fetchOne(db, sql: "SELECT id FROM article INDEXED BY article_on_firstSeen WHERE firstSeen >= ? ORDER BY firstSeen, id LIMIT 1",
                                  arguments: [date.addingTimeInterval(orderSlack)])
    }

    /// How far out of `firstSeen` order ids may be: concurrent sources wait for the writer.
    static let orderSlack: TimeInterval = 3600

    /// The `limit` newest matches (by publication date, else first seen) that pass the
    /// filters, read from the index newest-first in growing chunks.
    ///
    /// Stops early: ids grow with `firstSeen`, and an article's date is clamped to at most
    /// its `firstSeen` (a publication date after Pantau saw it is wrong), so once the
    /// chunk's oldest row was first seen well before the `limit`-th best date, no older row
    /// can enter the list. A frequent word then costs a few hundred rows, not every match.
    /// "Well before": `orderSlack`, because sources stored concurrently take the writer in
    /// turn, so ids follow `firstSeen` only to within the wait for it.
    static func newestMatches(_ expression: String, joins: String, conditions: String, arguments: StatementArguments,
                              until: Date?, limit: Int, in db: Database) throws -> [Int64] {
        var best: [(id: Int64, date: String)] = []
        // Nothing first seen at or after `until` can match: start below it.
        var below = try firstID(seenAtOrAfter: until, in: db)
        var size = max(limit * 4, 200)
        while true {
            let (sql, chunkArguments) = newestFirst("rowid", matching: expression, below: below, limit: size)
            let chunk = try Int64.fetchAll(db, sql: sql, arguments: chunkArguments)
            guard let oldest = chunk.last else { break }
            let marks = databaseQuestionMarks(count: chunk.count)
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, MIN(COALESCE(a.published, a.firstSeen), a.firstSeen) FROM article a\(joins)
                WHERE a.id IN (\(marks))\(conditions)
                """, arguments: StatementArguments(chunk) + arguments)
            best += rows.map { ($0[0], $0[1]) }
            best.sort { ($0.date, $0.id) > ($1.date, $1.id) }
            if best.count > limit { best.removeLast(best.count - limit) }
            if chunk.count < size { break }
            if best.count == limit, let floor = try Date.fetchOne(db, sql: "SELECT firstSeen FROM article WHERE id = ?", arguments: [oldest]),
               let worst = Date.fromDatabaseValue(best[limit - 1].date.databaseValue),
               floor.addingTimeInterval(orderSlack) < worst {
                break
            }
            below = oldest
            size = min(size * 4, 20_000)
        }
        return best.map(\.id)
    }
}
