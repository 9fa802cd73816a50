import Foundation
import PantauCore

/// Labels, responses, rescoring and alerts.
extension PostgresArchive {
    private func columns(_ subject: Subject, in db: PostgresSession) throws -> (Int64?, Int64?) {
        switch subject {
        case .article(let id):
            guard try db.scalar("SELECT EXISTS(SELECT 1 FROM article WHERE id = $1)", [id], as: Bool.self) == true else {
                throw ArchiveError(kind: .notFound, message: "artikel #\(id) tidak ada di arsip")
            }
            return (id, nil)
        case .cluster(let id):
            guard try db.scalar("SELECT EXISTS(SELECT 1 FROM cluster WHERE id = $1)", [id], as: Bool.self) == true else {
                throw ArchiveError(kind: .notFound, message: "klaster #\(id) tidak ada di arsip")
            }
            return (nil, id)
        }
    }

    public func addLabel(_ label: String, to subject: Subject, note: String?, at date: Date) throws(ArchiveError) {
        try write { db in
            let (article, cluster) = try columns(subject, in: db)
            try db.execute("INSERT INTO label (article_id, cluster_id, label, note, created_at) VALUES ($1, $2, $3, $4, $5)",
                           [article, cluster, label, note, date])
        }
    }

    public func addResponse(_ status: String, to subject: Subject, note: String?, link: String?, at date: Date) throws(ArchiveError) {
        try write { db in
            let (article, cluster) = try columns(subject, in: db)
            try db.execute("INSERT INTO response (article_id, cluster_id, status, note, link, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                           [article, cluster, status, note, link, date])
        }
    }

    public func responseHistory(_ subject: Subject) throws(ArchiveError) -> [HistoryEntry] {
        try read { db in
            let (article, cluster) = try columns(subject, in: db)
            return try db.rows("""
                SELECT r.id, r.article_id, r.cluster_id, r.status AS value, r.note, r.link, r.created_at, NULL::text AS title, NULL::text AS url
                FROM response r WHERE r.article_id IS NOT DISTINCT FROM $1 AND r.cluster_id IS NOT DISTINCT FROM $2 ORDER BY r.id
                """, [article, cluster]).map(Self.history)
        }
    }

    public func labelHistory() throws(ArchiveError) -> [HistoryEntry] {
        try read { db in
            try db.rows("""
                SELECT l.id, l.article_id, l.cluster_id, l.label AS value, l.note, NULL::text AS link, l.created_at,
                       COALESCE(a.title, (SELECT c.title FROM article c WHERE c.cluster_id = l.cluster_id ORDER BY c.id LIMIT 1)) AS title,
                       COALESCE(a.url, (SELECT c.url FROM article c WHERE c.cluster_id = l.cluster_id ORDER BY c.id LIMIT 1)) AS url
                FROM label l LEFT JOIN article a ON a.id = l.article_id ORDER BY l.id
                """).map(Self.history)
        }
    }

    static func history(_ row: PostgresResultRow) throws -> HistoryEntry {
        HistoryEntry(id: try row["id"], articleID: try row["article_id"], clusterID: try row["cluster_id"], value: try row["value"],
                     note: try row["note"], link: try row["link"], createdAt: try row["created_at"], title: try row["title"],
                     url: try row["url"])
    }

    public func articlesToRescore(lexiconVersion: String, limit: Int) throws(ArchiveError) -> [(id: Int64, title: String, text: String, category: String)] {
        try read { db in
            try db.rows("""
                SELECT a.id, a.title, a.text, s.category FROM article a JOIN tone t ON t.article_id = a.id
                JOIN source s ON s.id = a.source_id WHERE t.lexicon_version <> $1 AND a.page_type IN ('article', 'unknown')
                ORDER BY a.id LIMIT $2
                """, [lexiconVersion, limit]).map { row in (try row["id"], try row["title"], try row["text"], try row["category"]) }
        }
    }

    public func updateTone(_ results: [(id: Int64, tone: ToneResult)], lexiconVersion: String, at date: Date) throws(ArchiveError) {
        try write { db in
            for (id, tone) in results {
                try db.execute("""
                    UPDATE tone SET label = $1, score = $2, relevant = $3, explanation = $4, lexicon_version = $5, scored_at = $6
                    WHERE article_id = $7
                    """, [tone.label.rawValue, tone.score, tone.relevant, ToneJSON.encode(tone), lexiconVersion, date, id])
            }
        }
    }

    // MARK: Alerts

    public func alertSent(key: String, channel: String) throws(ArchiveError) -> Bool {
        try read { db in
            try db.scalar("SELECT EXISTS(SELECT 1 FROM alert WHERE key = $1 AND channel = $2 AND status = 'sent')", [key, channel],
                          as: Bool.self) ?? false
        }
    }

    /// A second `sent` record of one key and channel is refused by the partial unique
    /// index, also when two workers send at once (returns false).
    @discardableResult
    public func recordAlert(_ r: AlertRecord) throws(ArchiveError) -> Bool {
        try write { db in
            try db.execute("""
                INSERT INTO alert (key, channel, kind, cluster_id, article_id, priority, status, attempts, error, message, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING
                """, [r.key, r.channel, r.kind, r.clusterID, r.articleID, r.priority, r.status, r.attempts, r.error, r.message,
                      r.createdAt]) > 0
        }
    }

    public func alerts(limit: Int) throws(ArchiveError) -> [AlertRecord] {
        try read { db in
            try db.rows("SELECT * FROM alert ORDER BY id DESC LIMIT $1", [limit]).map { row in
                AlertRecord(key: try row["key"], channel: try row["channel"], kind: try row["kind"], clusterID: try row["cluster_id"],
                            articleID: try row["article_id"], priority: try row["priority"], status: try row["status"],
                            attempts: try row["attempts"], error: try row["error"], message: try row["message"],
                            createdAt: try row["created_at"])
            }
        }
    }

    public func negativeCountsByTarget(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [String: Int] {
        var out: [String: Int] = [:]
        for a in try articles(firstSeenIn: interval) where a.tone.needsResponse {
            for target in a.tone.targets { out[target, default: 0] += 1 }
        }
        return out
    }
}
