import Foundation
import PantauClustering
import PantauCore

extension PostgresArchive {
    public func contains(url: String) throws(ArchiveError) -> Bool {
        try read { db in try db.scalar("SELECT EXISTS(SELECT 1 FROM article WHERE url = $1)", [url], as: Bool.self) ?? false }
    }

    /// Stores one source's new articles in one transaction, each with its story cluster.
    ///
    /// The cluster decision is made under an advisory lock, so writers on several machines
    /// decide one after the other against the same memory: the loaded `ClusterMemory` is
    /// reused while the writer epoch (bumped by every such transaction) is the one it saw
    /// last, else reloaded from the tables.
    @discardableResult
    public func insert(_ articles: [NewArticle], seenAt date: Date) throws(ArchiveError) -> Int {
        try guarded {
            try clusterMemory.withLock { cached in
                do {
                    return try pool.transaction { db in
                        try db.execute("SELECT pg_advisory_xact_lock($1)", [PostgresSchema.clusterLock])
                        let epoch = try Self.bumpEpoch(db)
                        let memory: ClusterMemory
                        if let loaded = cached, loaded.epoch == epoch - 1 {
                            loaded.memory.forget(before: date.addingTimeInterval(-ClusterMemory.span(window: StoryClustering.window)))
                            memory = loaded.memory
                        } else {
                            memory = try PostgresClustering.load(db, now: date)
                        }
                        // Forgotten before the commit: a failed one leaves no memory of
                        // rows that are not there.
                        cached = nil
                        let inserted = try Self.insert(articles, seenAt: date, memory: memory, in: db)
                        cached = (memory, epoch)
                        return inserted
                    }
                } catch {
                    cached = nil
                    throw error
                }
            }
        }
    }

    /// The next writer epoch (see migration v2); callers hold the cluster lock.
    @discardableResult
    static func bumpEpoch(_ db: PostgresSession) throws -> Int64 {
        let value = try db.scalar("""
            UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'writer_epoch' RETURNING value
            """, as: String.self)
        return Int64(value ?? "") ?? 0
    }

    static func insert(_ articles: [NewArticle], seenAt date: Date, memory: ClusterMemory, in db: PostgresSession) throws -> Int {
        var inserted = 0
        var pendingDF: [String: Int] = [:]
        var tokens = IndexTokens()
        for item in articles {
            let a = item.article
            guard try db.scalar("SELECT 1 FROM article WHERE url = $1", [item.url], as: Int.self) == nil else { continue }
            let hash = ContentHash.of(a.text)
            let chosen = try PostgresClustering.choose(for: a, contentHash: hash, seenAt: date, memory: memory, in: db)
            let clusterID: Int64
            if let existing = chosen.clusterID {
                clusterID = existing
            } else {
                clusterID = try db.scalar("INSERT INTO cluster (created_at) VALUES ($1) RETURNING id", [date]) ?? 0
            }
            let document = SearchDocument(title: a.title ?? "", text: a.text, tokens: &tokens)
            let id: Int64 = try db.scalar("""
                INSERT INTO article (url, source_id, guid, title, text, summary, author, published, published_source,
                    first_seen, content_hash, page_type, language, image_url, modified, cluster_id, title_tokens, text_tokens, search)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19::tsvector)
                RETURNING id
                """, [item.url, item.sourceID, item.guid, a.title ?? "", a.text, item.summary, a.author, a.published,
                      a.publishedSource, date, hash, a.pageType.rawValue, a.language, a.imageURL, a.modified, clusterID,
                      document.titleTokens, document.textTokens, document.vector]) ?? 0
            if !chosen.keywords.isEmpty {
                for keyword in chosen.keywords { pendingDF[keyword.term, default: 0] += 1 }
                try db.execute("INSERT INTO article_keyword (article_id, terms) VALUES ($1, $2)",
                               [id, KeywordRow.encode(chosen.keywords.map { ($0.term, $0.weight) })])
            }
            memory.add(id: id, firstSeen: date, clusterID: clusterID, contentHash: hash, keywords: chosen.keywords)
            try db.execute("""
                INSERT INTO tone (article_id, label, score, relevant, explanation, lexicon_version, scored_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [id, item.tone.label.rawValue, item.tone.score, item.tone.relevant, ToneJSON.encode(item.tone),
                      item.lexiconVersion, date])
            inserted += 1
        }
        if !pendingDF.isEmpty {
            let terms = pendingDF.keys.sorted()
            try db.execute("""
                INSERT INTO term_df (term, df) SELECT * FROM unnest($1::text[], $2::bigint[])
                ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df
                """, [terms, IDList(terms.map { Int64(pendingDF[$0]!) })])
        }
        return inserted
    }

    public func articleCount() throws(ArchiveError) -> Int {
        try read { db in try db.scalar("SELECT COUNT(*) FROM article", as: Int.self) ?? 0 }
    }

    public func articleCount(firstSeenIn interval: DateInterval) throws(ArchiveError) -> Int {
        try read { db in
            try db.scalar("SELECT COUNT(*) FROM article WHERE first_seen >= $1 AND first_seen < $2", [interval.start, interval.end],
                          as: Int.self) ?? 0
        }
    }

    public func articles(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [ArticleSummary] {
        try read { db in
            var list = try db.rows(Self.summarySQL + " WHERE a.first_seen >= $1 AND a.first_seen < $2 ORDER BY a.first_seen DESC, a.id DESC",
                                   [interval.start, interval.end]).map(Self.summary)
            try Self.attachClusterFacts(&list, in: db)
            return list
        }
    }

    public func articles(firstSeenIn interval: DateInterval, label: ToneLabel, limit: Int) throws(ArchiveError) -> [ArticleSummary] {
        try read { db in
            var list = try db.rows(Self.summarySQL + """
                 WHERE a.first_seen >= $1 AND a.first_seen < $2 AND t.label = $3 AND t.relevant
                 ORDER BY a.first_seen DESC, a.id DESC LIMIT $4
                """, [interval.start, interval.end, label.rawValue, limit]).map(Self.summary)
                .filter { $0.tone.label == label && $0.tone.relevant }
            try Self.attachClusterFacts(&list, in: db)
            return list
        }
    }

    /// Relevant articles per Jakarta day and tone; officers' article labels count.
    public func dailyToneCounts(from: Date, to: Date) throws(ArchiveError) -> [(day: String, label: ToneLabel, count: Int)] {
        try read { db in
            try db.rows("""
                SELECT day, label, COUNT(*) AS n FROM (
                    SELECT to_char(a.first_seen AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD') AS day,
                           COALESCE((SELECT l.label FROM label l WHERE l.article_id = a.id ORDER BY l.id DESC LIMIT 1), t.label) AS label
                    FROM article a JOIN tone t ON t.article_id = a.id
                    WHERE a.first_seen >= $1 AND a.first_seen < $2 AND t.relevant) x
                GROUP BY day, label ORDER BY day, label COLLATE "C"
                """, [from, to]).compactMap { row in
                guard let label = ToneLabel(rawValue: try row["label"]) else { return nil }
                return (day: try row["day"], label: label, count: try row["n"])
            }
        }
    }

    public func keywords(of articleIDs: [Int64]) throws(ArchiveError) -> [Int64: [(term: String, weight: Double)]] {
        guard !articleIDs.isEmpty else { return [:] }
        return try read { db in
            var out: [Int64: [(term: String, weight: Double)]] = [:]
            for row in try db.rows("SELECT article_id, terms FROM article_keyword WHERE article_id = ANY($1)", [IDList(articleIDs)]) {
                out[try row[0]] = KeywordRow.decode(try row[1])
            }
            return out
        }
    }

    public func termCounts(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [String: Int] {
        try read { db in
            var out: [String: Int] = [:]
            for row in try db.rows("""
                SELECT k.terms FROM article a JOIN article_keyword k ON k.article_id = a.id
                WHERE a.first_seen >= $1 AND a.first_seen < $2
                """, [interval.start, interval.end]) {
                for (term, _) in KeywordRow.decode(try row[0]) { out[term, default: 0] += 1 }
            }
            return out
        }
    }

    /// Articles with outlet, tone, the latest label (article, else cluster) and response
    /// status; cluster facts come from `attachClusterFacts`.
    static let summarySQL = """
        SELECT a.id, a.title, a.url, a.published, a.first_seen, s.title AS outlet, s.category, s.tier, a.cluster_id,
               COALESCE((SELECT l.label FROM label l WHERE l.article_id = a.id ORDER BY l.id DESC LIMIT 1),
                        (SELECT l.label FROM label l WHERE l.cluster_id = a.cluster_id ORDER BY l.id DESC LIMIT 1)) AS correction,
               COALESCE((SELECT r.status FROM response r WHERE r.article_id = a.id ORDER BY r.id DESC LIMIT 1),
                        (SELECT r.status FROM response r WHERE r.cluster_id = a.cluster_id ORDER BY r.id DESC LIMIT 1)) AS response_status,
               t.explanation
        FROM article a JOIN source s ON s.id = a.source_id JOIN tone t ON t.article_id = a.id
        """

    static func summary(_ row: PostgresResultRow) throws -> ArticleSummary {
        let correction: String? = try row["correction"]
        var summary = ArticleSummary(id: try row["id"], title: try row["title"], url: try row["url"], outlet: try row["outlet"],
                                     outletCategory: try row["category"], outletTier: try row["tier"], published: try row["published"],
                                     firstSeen: try row["first_seen"], tone: ToneJSON.decode(try row["explanation"], correction: correction))
        summary.clusterID = try row["cluster_id"]
        summary.correction = correction
        summary.responseStatus = try row["response_status"]
        return summary
    }

    /// Each article's cluster size, outlets and first publisher, one grouped query.
    static func attachClusterFacts(_ summaries: inout [ArticleSummary], in db: PostgresSession) throws {
        let ids = Array(Set(summaries.compactMap(\.clusterID))).sorted()
        guard !ids.isEmpty else { return }
        var facts: [Int64: (size: Int, outlets: Int, first: String?, firstDate: Date?)] = [:]
        for row in try db.rows("""
            SELECT c.cluster_id, COUNT(*) AS size, COUNT(DISTINCT c.source_id) AS outlets, f.title AS first, f.day AS first_date
            FROM article c
            LEFT JOIN LATERAL (SELECT s2.title, COALESCE(x.published, x.first_seen) AS day FROM article x JOIN source s2 ON s2.id = x.source_id
                               WHERE x.cluster_id = c.cluster_id ORDER BY COALESCE(x.published, x.first_seen), x.id LIMIT 1) f ON true
            WHERE c.cluster_id = ANY($1) GROUP BY c.cluster_id, f.title, f.day
            """, [IDList(ids)]) {
            facts[try row["cluster_id"]] = (try row["size"], try row["outlets"], try row["first"], try row["first_date"])
        }
        for i in summaries.indices {
            guard let id = summaries[i].clusterID, let f = facts[id] else { continue }
            summaries[i].clusterSize = f.size
            summaries[i].clusterOutlets = f.outlets
            summaries[i].firstPublisher = f.first
            summaries[i].firstPublished = f.firstDate
        }
    }
}

/// Story clustering over PostgreSQL: `ClusterMemory` loaded from `term_df`, `article` and
/// `article_keyword`, and the older articles `StoryClustering.choose` asks for.
enum PostgresClustering {
    static func load(_ db: PostgresSession, now: Date) throws -> ClusterMemory {
        let total = try db.scalar("SELECT MAX(id) FROM article", as: Int64.self) ?? 0
        let memory = ClusterMemory(start: now.addingTimeInterval(-ClusterMemory.span(window: StoryClustering.window)), total: total)
        for row in try db.rows("SELECT term, df FROM term_df") { memory.learn(term: try row[0], documentFrequency: try row[1]) }
        for row in try db.rows("""
            SELECT a.first_seen, a.cluster_id, a.content_hash, k.terms FROM article a LEFT JOIN article_keyword k ON k.article_id = a.id
            WHERE a.first_seen >= $1 AND a.cluster_id IS NOT NULL ORDER BY a.id
            """, [memory.start]) {
            memory.remember(firstSeen: try row[0], clusterID: try row[1], contentHash: try row[2],
                            keywords: KeywordRow.decode(try row[3] as String? ?? ""))
        }
        return memory
    }

    static func choose(for article: ExtractedArticle, contentHash: String, seenAt: Date, memory: ClusterMemory,
                       in db: PostgresSession) throws -> (clusterID: Int64?, keywords: [ClusterMemory.Keyword]) {
        try StoryClustering.choose(for: article, contentHash: contentHash, seenAt: seenAt, memory: memory) { (interval, visit) throws(any Error) in
            for row in try db.rows("""
                SELECT a.cluster_id, k.terms, a.content_hash FROM article a LEFT JOIN article_keyword k ON k.article_id = a.id
                WHERE a.first_seen >= $1 AND a.first_seen < $2 AND a.cluster_id IS NOT NULL ORDER BY a.first_seen, a.id
                """, [interval.start, interval.end]) {
                let older = StoryClustering.OlderArticle(clusterID: try row[0], keywords: KeywordRow.decode(try row[1] as String? ?? ""),
                                                         contentHash: try row[2])
                if !visit(older) { return }
            }
        }
    }
}
