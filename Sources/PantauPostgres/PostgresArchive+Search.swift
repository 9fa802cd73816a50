import Foundation
import PantauCore

/// Search with the plans of the SQLite archive (`ArchiveStore+Search.swift`): the newest
/// matches read in id order with an early stop for date order, BM25 over a window of the
/// newest 5,000 matches for relevance, summaries and snippets built for the few hits kept.
extension PostgresArchive {
    /// How many of the newest matches relevance ranking weighs (as SQLite's).
    static let relevanceWindow = 5_000
    /// How far out of `first_seen` order ids may be: concurrent writers take the cluster
    /// lock in turn.
    static let orderSlack: TimeInterval = 3600

    /// A statement's conditions with their parameters, numbered as they are added.
    struct Conditions {
        var sql = ""
        var binds: [any SQLBindable] = []

        mutating func add(_ template: (String) -> String, _ value: any SQLBindable, offset: Int) {
            binds.append(value)
            sql += template("$\(binds.count + offset)")
        }
    }

    public func search(_ query: SearchQuery, options: SearchOptions) throws(ArchiveError) -> [SearchHit] {
        let text: TextQuery?
        let filters: [(field: String, value: String)]
        do {
            let split = try query.splitFilters()
            text = try split.query.map { q throws(SearchQuery.ParseError) in try TextQuery(q) }
            filters = split.filters
        } catch {
            throw ArchiveError(kind: .invalidQuery, message: error.description)
        }
        let needsSource = filters.contains { $0.field == "source" }
        let needsTone = options.tone != nil || filters.contains { $0.field == "tone" || $0.field == "target" }
        var joins = ""
        if needsSource { joins += " JOIN source s ON s.id = a.source_id" }
        if needsTone { joins += " JOIN tone t ON t.article_id = a.id" }
        // Conditions follow one leading parameter (the id list or the limit).
        var conditions = Conditions()
        for (field, value) in filters {
            switch field {
            case "source":
                conditions.add({ " AND (s.title ILIKE \($0)" }, "%\(value)%", offset: 1)
                conditions.add({ " OR s.feed_url ILIKE \($0))" }, "%\(value)%", offset: 1)
            case "tone":
                let label = ["negatif": "negative", "netral": "neutral", "positif": "positive"][value.lowercased()] ?? value.lowercased()
                guard ToneLabel(rawValue: label) != nil else {
                    throw ArchiveError(kind: .invalidQuery, message: "kueri tidak valid: tone: harus negative, neutral atau positive")
                }
                conditions.add({ " AND t.label = \($0)" }, label, offset: 1)
            case "target":
                conditions.add({ " AND t.explanation ILIKE \($0)" },
                               "%\"targets\":[%\(value.replacingOccurrences(of: "\"", with: ""))%]%", offset: 1)
            default:
                break
            }
        }
        if let since = options.since { conditions.add({ " AND a.first_seen >= \($0)" }, since, offset: 1) }
        if let until = options.until { conditions.add({ " AND a.first_seen < \($0)" }, until, offset: 1) }
        if let tone = options.tone { conditions.add({ " AND t.label = \($0)" }, tone.rawValue, offset: 1) }
        let limit = max(1, min(options.limit, 10_000))
        return try read { db in
            let ids: [Int64]
            if let text, options.sortByDate {
                ids = try Self.newestMatches(text, joins: joins, conditions: conditions, until: options.until, limit: limit, in: db)
            } else if let text {
                ids = try Self.mostRelevantRecentMatches(text, joins: joins, conditions: conditions, until: options.until, limit: limit, in: db)
            } else {
                ids = try db.rows("""
                    SELECT a.id FROM article a\(joins) WHERE true\(conditions.sql)
                    ORDER BY LEAST(COALESCE(a.published, a.first_seen), a.first_seen) DESC, a.id DESC LIMIT $1
                    """, [limit] + conditions.binds).map { row throws -> Int64 in try row[0] }
            }
            guard !ids.isEmpty else { return [] }
            var byID: [Int64: (ArticleSummary, String)] = [:]
            let snippetColumn = text == nil ? "substr(a.text, 1, 160)" : "a.text"
            for row in try db.rows(Self.summarySQL.replacingOccurrences(of: "t.explanation", with: "t.explanation, \(snippetColumn) AS snippet")
                                   + " WHERE a.id = ANY($1)", [IDList(ids)]) {
                var snippet: String = try row["snippet"]
                if let text {
                    var tokens = IndexTokens()
                    snippet = SearchDocument.snippet(snippet, phrases: text.phrases, tokens: &tokens)
                }
                byID[try row["id"]] = (try Self.summary(row), snippet)
            }
            var articles = ids.compactMap { byID[$0]?.0 }
            try Self.attachClusterFacts(&articles, in: db)
            return articles.map { SearchHit(article: $0, snippet: byID[$0.id]?.1 ?? "") }
        }
    }

    /// The ids of matches of `text` below `below`, newest first, at most `limit`.
    static func newestFirst(_ text: TextQuery, below: Int64?, limit: Int, in db: PostgresSession) throws -> [Int64] {
        var sql = "SELECT id FROM article WHERE search @@ $1::tsquery"
        var binds: [any SQLBindable] = [text.tsquery, limit]
        if let below { sql += " AND id < $3"; binds.append(below) }
        sql += " ORDER BY id DESC LIMIT $2"
        return try db.rows(sql, binds).map { row throws -> Int64 in try row[0] }
    }

    /// Of `ids`, those that pass the filters.
    static func passing(_ ids: [Int64], joins: String, conditions: Conditions, in db: PostgresSession) throws -> Set<Int64> {
        Set(try db.rows("SELECT a.id FROM article a\(joins) WHERE a.id = ANY($1)\(conditions.sql)", [IDList(ids)] + conditions.binds)
            .map { row throws -> Int64 in try row[0] })
    }

    /// An id below which every article first seen before `date` lies (nil: no bound).
    static func firstID(seenAtOrAfter date: Date?, in db: PostgresSession) throws -> Int64? {
        guard let date else { return nil }
        return try db.scalar("SELECT id FROM article WHERE first_seen >= $1 ORDER BY first_seen, id LIMIT 1",
                             [date.addingTimeInterval(orderSlack)])
    }

    /// The `limit` most relevant of the newest `relevanceWindow` matches that pass the
    /// filters (further windows when fewer pass): BM25 with the title counted three times,
    /// from the stored token counts and lexeme positions.
    static func mostRelevantRecentMatches(_ text: TextQuery, joins: String, conditions: Conditions, until: Date?, limit: Int,
                                          in db: PostgresSession) throws -> [Int64] {
        var below = try firstID(seenAtOrAfter: until, in: db)
        let filtered = !joins.isEmpty || !conditions.sql.isEmpty
        var ids: [Int64] = []
        var matches: [MatchCounts] = []
        var exact = Set<String>()
        var prefixes = Set<String>()
        for phrase in text.phrases {
            for (i, token) in phrase.tokens.enumerated() {
                if phrase.prefix && i == phrase.tokens.count - 1 { prefixes.insert(likePattern(token)) } else { exact.insert(token) }
            }
        }
        while true {
            let window = try newestFirst(text, below: below, limit: relevanceWindow, in: db)
            var kept = window
            if filtered, !window.isEmpty {
                let pass = try passing(window, joins: joins, conditions: conditions, in: db)
                kept = window.filter(pass.contains)
            }
            if !kept.isEmpty {
                var counts: [Int64: MatchCounts] = [:]
                for row in try db.rows("""
                    SELECT a.id, a.title_tokens, a.text_tokens,
                           (SELECT string_agg(u.lexeme || ' ' || array_to_string(u.positions, ',') || ' ' || array_to_string(u.weights, ','), E'\\n')
                            FROM unnest(a.search) u WHERE u.lexeme = ANY($2) OR u.lexeme LIKE ANY($3)) AS hits
                    FROM article a WHERE a.id = ANY($1)
                    """, [IDList(kept), exact.sorted(), prefixes.sorted()]) {
                    let occurrences = SearchDocument.occurrences(try row["hits"] as String? ?? "")
                    counts[try row["id"]] = MatchCounts(columnSizes: [Int32(try row["title_tokens"] as Int), Int32(try row["text_tokens"] as Int)],
                                                        hits: SearchDocument.hits(of: text.phrases, in: occurrences))
                }
                for id in kept {
                    guard let match = counts[id] else { continue }
                    ids.append(id)
                    matches.append(match)
                }
            }
            guard ids.count < limit, window.count == relevanceWindow, let last = window.last else { break }
            below = last
        }
        return RelevanceRanking.order(matches, columnWeights: [3, 1]).prefix(limit).map { ids[$0] }
    }

    /// A `LIKE` pattern for words starting with `token`.
    static func likePattern(_ token: String) -> String {
        token.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    /// The `limit` newest matches (by publication date, else first seen) that pass the
    /// filters, read newest-first in growing chunks with SQLite's early stop: ids follow
    /// `first_seen` to within `orderSlack` and a date is at most its `first_seen`.
    static func newestMatches(_ text: TextQuery, joins: String, conditions: Conditions, until: Date?, limit: Int,
                              in db: PostgresSession) throws -> [Int64] {
        var best: [(id: Int64, date: Date)] = []
        var below = try firstID(seenAtOrAfter: until, in: db)
        var size = max(limit * 4, 200)
        while true {
            let chunk = try newestFirst(text, below: below, limit: size, in: db)
            guard let oldest = chunk.last else { break }
            best += try db.rows("""
                SELECT a.id, LEAST(COALESCE(a.published, a.first_seen), a.first_seen) FROM article a\(joins)
                WHERE a.id = ANY($1)\(conditions.sql)
                """, [IDList(chunk)] + conditions.binds).map { row in (try row[0] as Int64, try row[1] as Date) }
            best.sort { ($0.date, $0.id) > ($1.date, $1.id) }
            if best.count > limit { best.removeLast(best.count - limit) }
            if chunk.count < size { break }
            if best.count == limit, let floor = try db.scalar("SELECT first_seen FROM article WHERE id = $1", [oldest], as: Date.self),
               floor.addingTimeInterval(orderSlack) < best[limit - 1].date {
                break
            }
            below = oldest
            size = min(size * 4, 20_000)
        }
        return best.map(\.id)
    }
}
