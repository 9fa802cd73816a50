import Foundation
import GRDB
import PantauCore

extension ArchiveStore {
    /// What a label or a response is about.
    public enum Subject: Sendable, Equatable {
        case article(Int64)
        case cluster(Int64)
    }

    public static let labels: Set<String> = ["negative", "neutral", "positive", "irrelevant"]
    public static let statuses: [String] = ["baru", "ditangani", "dijawab", "selesai"]

    private func columns(_ subject: Subject, in db: Database) throws -> (Int64?, Int64?) {
        switch subject {
        case .article(let id):
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM article WHERE id = ?)", arguments: [id]) == true else {
                throw StoreError(kind: .notFound, message: "artikel #\(id) tidak ada di arsip")
            }
            return (id, nil)
        case .cluster(let id):
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM cluster WHERE id = ?)", arguments: [id]) == true else {
                throw StoreError(kind: .notFound, message: "klaster #\(id) tidak ada di arsip")
            }
            return (nil, id)
        }
    }

    /// Records an officer's judgement; the latest one counts.
    public func addLabel(_ label: String, to subject: Subject, note: String?, at date: Date = Date()) throws(StoreError) {
        try guarded {
            try pool.write { db in
                let (article, cluster) = try columns(subject, in: db)
                try db.execute(sql: "INSERT INTO label (articleID, clusterID, label, note, createdAt) VALUES (?, ?, ?, ?, ?)",
                               arguments: [article, cluster, label, note, date])
            }
        }
    }

    /// Records a response status change (history is kept).
    public func addResponse(_ status: String, to subject: Subject, note: String?, link: String?, at date: Date = Date()) throws(StoreError) {
        try guarded {
            try pool.write { db in
                let (article, cluster) = try columns(subject, in: db)
                try db.execute(sql: "INSERT INTO response (articleID, clusterID, status, note, link, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [article, cluster, status, note, link, date])
            }
        }
    }

    /// One row of a history (labels or responses).
    public struct HistoryEntry: Sendable, Equatable {
        public var id: Int64
        public var articleID: Int64?
        public var clusterID: Int64?
        public var value: String
        public var note: String?
        public var link: String?
        public var createdAt: Date
        public var title: String?
        public var url: String?
    }

    public func responseHistory(_ subject: Subject) throws(StoreError) -> [HistoryEntry] {
        try guarded {
            try pool.read { db in
                let (article, cluster) = try columns(subject, in: db)
                return try Row.fetchAll(db, sql: """
                    SELECT r.id, r.articleID, r.clusterID, r.status AS value, r.note, r.link, r.createdAt, NULL AS title, NULL AS url
                    FROM response r WHERE r.articleID IS ? AND r.clusterID IS ? ORDER BY r.id
                    """, arguments: [article, cluster]).map(Self.history)
            }
        }
    }

    /// Every label, oldest first, with the article's title and URL (cluster labels name the
    /// cluster's first article).
    public func labelHistory() throws(StoreError) -> [HistoryEntry] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT l.id, l.articleID, l.clusterID, l.label AS value, l.note, NULL AS link, l.createdAt,
                           COALESCE(a.title, (SELECT c.title FROM article c WHERE c.clusterID = l.clusterID ORDER BY c.id LIMIT 1)) AS title,
                           COALESCE(a.url, (SELECT c.url FROM article c WHERE c.clusterID = l.clusterID ORDER BY c.id LIMIT 1)) AS url
                    FROM label l LEFT JOIN article a ON a.id = l.articleID ORDER BY l.id
                    """).map(Self.history)
            }
        }
    }

    static func history(_ row: Row) -> HistoryEntry {
        HistoryEntry(id: row["id"], articleID: row["articleID"], clusterID: row["clusterID"], value: row["value"],
                     note: row["note"], link: row["link"], createdAt: row["createdAt"], title: row["title"], url: row["url"])
    }

    // MARK: Upkeep

    /// Deletes articles first seen before `date` (with their tone, keywords and labels);
    /// returns how many. Empty clusters go too.
    @discardableResult
    public func prune(before date: Date) throws(StoreError) -> Int {
        return try guarded {
            try pool.write { db in
                // Deleted articles must leave the clustering memory too, before the next
                // writer uses it.
                clusterMemory.invalidate()
                try db.execute(sql: "DELETE FROM article WHERE firstSeen < ?", arguments: [date])
                let removed = db.changesCount
                try db.execute(sql: "DELETE FROM cluster WHERE id NOT IN (SELECT clusterID FROM article WHERE clusterID IS NOT NULL)")
                return removed
            }
        }
    }

    /// Articles whose tone was produced by another lexicon version, with the text their tone
    /// is scored on: the feed's summary for those scored on the feed (`toneFromFeed`).
    public func articlesToRescore(lexiconVersion: String, limit: Int = 1000) throws(StoreError) -> [(id: Int64, title: String, text: String, category: String)] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.id, a.title, CASE WHEN a.toneFromFeed THEN COALESCE(a.summary, '') ELSE a.text END AS text,
                           s.category FROM article a JOIN tone t ON t.articleID = a.id
                    JOIN source s ON s.id = a.sourceID WHERE t.lexiconVersion != ? AND a.pageType IN ('article', 'unknown') LIMIT ?
                    """, arguments: [lexiconVersion, limit]).map { ($0["id"], $0["title"], $0["text"], $0["category"]) }
            }
        }
    }

    /// Replaces stored tone results (labels are kept apart and still win).
    public func updateTone(_ results: [(id: Int64, tone: ToneResult)], lexiconVersion: String, at date: Date = Date()) throws(StoreError) {
        try guarded {
            try pool.write { db in
                for (id, tone) in results {
                    let explanation = ToneJSON.encode(tone)
                    try db.execute(sql: """
                        UPDATE tone SET label = ?, score = ?, relevant = ?, explanation = ?, lexiconVersion = ?, scoredAt = ?
                        WHERE articleID = ?
                        """, arguments: [tone.label.rawValue, tone.score, tone.relevant, explanation, lexiconVersion, date, id])
                }
            }
        }
    }

    /// What `pantau status` shows.
    public struct Status: Sendable {
        public var articles: Int
        public var clusters: Int
        public var sources: Int
        public var failingSources: [(title: String, error: String, failures: Int)]
        public var runs: [(id: Int64, startedAt: Date, finishedAt: Date?, ok: Int, failed: Int, new: Int)]
        public var databaseBytes: Int64
    }

    public func status(lastRuns: Int = 5) throws(StoreError) -> Status {
        let path = self.path
        return try guarded {
            try pool.read { db in
                let runs = try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [lastRuns]).map {
                    (id: $0["id"] as Int64, startedAt: $0["startedAt"] as Date, finishedAt: $0["finishedAt"] as Date?,
                     ok: $0["sourcesOK"] as Int, failed: $0["sourcesFailed"] as Int, new: $0["articlesNew"] as Int)
                }
                let failing = try Row.fetchAll(db, sql: """
                    SELECT title, lastError, consecutiveFailures FROM source WHERE lastError IS NOT NULL ORDER BY consecutiveFailures DESC
                    """).map { (title: $0["title"] as String, error: $0["lastError"] as String, failures: $0["consecutiveFailures"] as Int) }
                var bytes: Int64 = 0
                for suffix in ["", "-wal", "-shm"] {
                    let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.int64Value ?? 0
                    bytes += size
                }
                return Status(articles: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
                              clusters: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cluster") ?? 0,
                              sources: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source") ?? 0,
                              failingSources: failing, runs: runs, databaseBytes: bytes)
            }
        }
    }
}
