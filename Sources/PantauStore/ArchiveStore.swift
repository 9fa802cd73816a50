import Foundation
import GRDB
import PantauClustering
import PantauCore

/// The SQLite archive: sources with their fetch state, articles, tone results, runs, and
/// an FTS5 index over title and text.
///
/// WAL mode: readers (`search`, `digest`) work while a run writes. Thread-safe (GRDB's
/// `DatabasePool` serialises writes).
public final class ArchiveStore: Sendable {
    public let path: String
    let pool: DatabasePool
    /// The writer's cache of clustering state (see `ClusterMemory`).
    let clusterMemory = ClusterMemoryHolder()

    /// Opens the archive at `path`. With `create: false` (read-only commands) a missing file
    /// is an error instead of a new empty database.
    public init(path: String, create: Bool = true) throws(ArchiveError) {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw ArchiveError(kind: .missing, message: "basis data tidak ditemukan di \(path); jalankan `pantau run` dahulu")
        }
        // A file that is there but is not SQLite (a report, a typo in --database) is never
        // touched: SQLite would take a file shorter than its header for an empty database
        // and write over it.
        if let handle = FileHandle(forReadingAtPath: path) {
            let head = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if !head.isEmpty, head != Data("SQLite format 3\u{0}".utf8) {
                throw ArchiveError(kind: .cannotOpen, message: "\(path) bukan basis data Pantau (SQLite); periksa --database")
            }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.label = "pantau"
        // Every connection needs the tokenizer before it touches the index.
        config.prepareDatabase { db in
            db.add(tokenizer: IndonesianTokenizer.self)
            MatchStatistics.register(db)
            // A 32 MB page cache per connection: clustering reads recent keyword rows on
            // every insert, and the default 8 MB made it re-read pages from the file.
            try db.execute(sql: "PRAGMA cache_size = -32000")
            // Checkpoint the WAL every 32 MB instead of 4 MB: an index page changed in many
            // batches is then copied into the database once per checkpoint, not once per
            // few batches (about a tenth more ingest at a million articles).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
        }
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if create, !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            pool = try DatabasePool(path: path, configuration: config)
            let migrator = ArchiveSchema.migrator
            let newer = try pool.read { db in try migrator.hasBeenSuperseded(db) }
            if newer {
                throw ArchiveError(kind: .newerVersion, message: "basis data \(path) dibuat oleh versi Pantau yang lebih baru; perbarui Pantau")
            }
            // An upgrade migrates an archive with data: copy it first, so a failed or
            // regretted upgrade can be undone (`docs/operations.md`, "Upgrade").
            let (applied, pending) = try pool.read { db in
                (try migrator.appliedIdentifiers(db), try !migrator.hasCompletedMigrations(db))
            }
            if pending, !applied.isEmpty {
                let stamp = applied.sorted().last ?? "v0"
                let copy = "\(path).sebelum-\(migrator.migrations.last ?? "baru")-dari-\(stamp).bak"
                if !FileManager.default.fileExists(atPath: copy) { try Self.copy(pool, to: copy) }
            }
            try migrator.migrate(pool)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(kind: .cannotOpen, message: "tidak bisa membuka basis data \(path): \(Self.describe(error))")
        }
    }

    /// A consistent copy of the live archive through SQLite's online backup (readers and
    /// a running `pantau run` may go on), written beside `destination` and renamed into
    /// place, so `destination` is never half a database.
    public func backup(to destination: String) throws(ArchiveError) {
        do {
            try Self.copy(pool, to: destination)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(kind: .cannotOpen, message: "cadangan \(destination) gagal: \(Self.describe(error))")
        }
    }

    static func copy(_ pool: DatabasePool, to destination: String) throws {
        let directory = (destination as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = destination + ".tmp-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: IndonesianTokenizer.self) }
        let target = try DatabaseQueue(path: temporary, configuration: config)
        try pool.backup(to: target)
        try target.close()
        guard rename(temporary, destination) == 0 else {
            throw ArchiveError(kind: .cannotOpen, message: "cadangan \(destination) tidak bisa ditulis: \(String(cString: strerror(errno)))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError {
            if db.resultCode == .SQLITE_FULL { return "disk penuh; kosongkan ruang lalu ulangi" }
            if let message = db.message, message != "not an error" { return message }
            return "\(db.resultCode)"
        }
        return "\(error)"
    }

    /// Runs `body` and turns GRDB errors into `ArchiveError`.
    func guarded<T>(_ body: () throws -> T) throws(ArchiveError) -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(kind: .sqlite, message: "kesalahan basis data: \(Self.describe(error))")
        }
    }

    // MARK: Sources

    /// Inserts the source or refreshes its title, outlet and tier; returns its state.
    public func register(_ source: Source) throws(ArchiveError) -> SourceState {
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO source (feedURL, title, siteURL, category, tier) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(feedURL) DO UPDATE SET title = excluded.title, siteURL = excluded.siteURL,
                        category = excluded.category, tier = excluded.tier
                    """, arguments: [source.feedURL, source.title, source.siteURL, source.category, source.tier])
                let row = try Row.fetchOne(db, sql: "SELECT id, etag, lastModified, currentURL FROM source WHERE feedURL = ?",
                                           arguments: [source.feedURL])!
                return SourceState(id: row["id"], etag: row["etag"], lastModified: row["lastModified"], currentURL: row["currentURL"])
            }
        }
    }

    /// Records the outcome of fetching a source's feed.
    public func recordFetch(sourceID: Int64, at date: Date, error: String?, etag: String?,
                            lastModified: String?, itemsSeen: Int, status: Int?,
                            movedTo: String?) throws(ArchiveError) {
        try guarded {
            try pool.write { db in
                if let status { try db.execute(sql: "UPDATE source SET lastStatus = ? WHERE id = ?", arguments: [status, sourceID]) }
                if let movedTo { try db.execute(sql: "UPDATE source SET currentURL = ? WHERE id = ?", arguments: [movedTo, sourceID]) }
                if let error {
                    try db.execute(sql: """
                        UPDATE source SET lastFetchedAt = ?, lastError = ?, consecutiveFailures = consecutiveFailures + 1
                        WHERE id = ?
                        """, arguments: [date, error, sourceID])
                } else {
                    try db.execute(sql: """
                        UPDATE source SET lastFetchedAt = ?, lastSuccessAt = ?, lastError = NULL, consecutiveFailures = 0,
                            etag = COALESCE(?, etag), lastModified = COALESCE(?, lastModified), itemsSeen = itemsSeen + ?
                        WHERE id = ?
                        """, arguments: [date, date, etag, lastModified, itemsSeen, sourceID])
                }
            }
        }
    }

    public func sourceHealth() throws(ArchiveError) -> [SourceHealth] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.feedURL, s.currentURL, s.title, s.lastFetchedAt, s.lastSuccessAt, s.lastError,
                           s.consecutiveFailures, s.itemsSeen, COUNT(a.id) AS articles, MAX(a.firstSeen) AS lastArticleAt
                    FROM source s LEFT JOIN article a ON a.sourceID = s.id
                    GROUP BY s.id ORDER BY s.title
                    """).map { row in
                    SourceHealth(feedURL: row["feedURL"], currentURL: row["currentURL"], title: row["title"],
                                 lastFetchedAt: row["lastFetchedAt"], lastSuccessAt: row["lastSuccessAt"],
                                 lastError: row["lastError"], consecutiveFailures: row["consecutiveFailures"],
                                 itemsSeen: row["itemsSeen"], articles: row["articles"], lastArticleAt: row["lastArticleAt"])
                }
            }
        }
    }

    // MARK: Articles

    /// Whether an article with this canonical URL is stored already.
    public func contains(url: String) throws(ArchiveError) -> Bool {
        try guarded {
            try pool.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM article WHERE url = ?)", arguments: [url]) ?? false
            }
        }
    }

    /// Stores a batch of articles in one transaction (one source's new items); an article
    /// whose URL is already stored is skipped. Returns how many were inserted.
    ///
    /// Each article gets its story cluster before its row is written (no second write of
    /// the row); clustering reads `ClusterMemory`, not the tables; the batch enters the
    /// full-text index in one statement at the end.
    @discardableResult
    public func insert(_ articles: [NewArticle], seenAt date: Date) throws(ArchiveError) -> Int {
        do {
            return try guarded {
                try pool.write { db in
                    // A rolled-back transaction: what memory learnt in it is not in the
                    // tables. Dropped before the next writer can start on a failed
                    // statement (here); a failed commit is caught by the next insert,
                    // which finds the newest id short of memory's (`SQLiteClustering.currentMemory`). A
                    // GRDB transaction observer would do it too, at 5 % of ingest time.
                    return try clusterMemory.withMemory { cached in
                        do {
                            let memory = try SQLiteClustering.currentMemory(&cached, seenAt: date, in: db)
                            return try Self.insert(articles, seenAt: date, memory: memory, in: db)
                        } catch {
                            cached = nil
                            throw error
                        }
                    }
                }
            }
        } catch {
            clusterMemory.invalidate()
            throw error
        }
    }

    static func insert(_ articles: [NewArticle], seenAt date: Date, memory: ClusterMemory, in db: Database) throws -> Int {
        var inserted = 0
        var firstID: Int64?
        var pendingDF: [String: Int] = [:]
        // Formatted once: GRDB formats every Date it binds.
        let seen = date.databaseValue
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE url = ?")
        let insertArticle = try db.cachedStatement(sql: """
            INSERT INTO article (url, sourceID, guid, title, text, summary, author, published, publishedSource,
                firstSeen, contentHash, pageType, language, imageURL, modified, clusterID)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertCluster = try db.cachedStatement(sql: "INSERT INTO cluster (createdAt) VALUES (?)")
        let insertTone = try db.cachedStatement(sql: """
            INSERT INTO tone (articleID, label, score, relevant, explanation, lexiconVersion, scoredAt)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for item in articles {
            let a = item.article
            guard try Int.fetchOne(exists, arguments: [item.url]) == nil else { continue }
            let hash = ContentHash.of(a.text)
            let chosen = try SQLiteClustering.choose(for: a, contentHash: hash, seenAt: date, memory: memory, in: db)
            let clusterID: Int64
            if let existing = chosen.clusterID {
                clusterID = existing
            } else {
                try insertCluster.execute(arguments: [seen])
                clusterID = db.lastInsertedRowID
            }
            try insertArticle.execute(arguments: [item.url, item.sourceID, item.guid, a.title ?? "", a.text, item.summary, a.author,
                                                  a.published, a.publishedSource, seen, hash, a.pageType.rawValue,
                                                  a.language, a.imageURL, a.modified, clusterID])
            let id = db.lastInsertedRowID
            if firstID == nil { firstID = id }
            try SQLiteClustering.record(articleID: id, keywords: chosen.keywords, pendingDF: &pendingDF, in: db)
            memory.add(id: id, firstSeen: date, clusterID: clusterID, contentHash: hash, keywords: chosen.keywords)
            try insertTone.execute(arguments: [id, item.tone.label.rawValue, item.tone.score, item.tone.relevant,
                                               ToneJSON.encode(item.tone), item.lexiconVersion, seen])
            inserted += 1
        }
        try SQLiteClustering.flush(pendingDF, in: db)
        // The batch enters the full-text index in one statement (see migration v10).
        if let first = firstID {
            try db.execute(sql: "INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article WHERE id >= ?",
                           arguments: [first])
        }
        return inserted
    }

    /// Articles first seen in `interval`, with outlet and tone, newest first.
    public func articles(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [ArticleSummary] {
        try guarded {
            try pool.read { db in
                var list = try Row.fetchAll(db, sql: Self.summarySQL + " WHERE a.firstSeen >= ? AND a.firstSeen < ? ORDER BY a.firstSeen DESC, a.id DESC",
                                            arguments: [interval.start, interval.end]).map(Self.summary)
                try Self.attachClusterFacts(&list, in: db)
                return list
            }
        }
    }

    /// Copies the write-ahead log into the database file and empties it (the log grows to
    /// 32 MB between automatic checkpoints): for measuring the file's size.
    public func checkpoint() throws(ArchiveError) {
        try guarded { try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") } }
    }

    /// Number of stored articles.
    public func articleCount() throws(ArchiveError) -> Int {
        try guarded { try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 } }
    }

    /// Articles with outlet, tone, the officer's latest label (on the article, else on its
    /// cluster) and the latest response status. Cluster facts are attached afterwards by
    /// `attachClusterFacts`, once per cluster: per-row subqueries would cost a scan of the
    /// cluster for every copy, quadratic in a story with hundreds of copies.
    static let summarySQL = """
        SELECT a.id, a.title, a.url, a.published, a.firstSeen, s.title AS outlet, s.category, s.tier,
               a.clusterID,
               COALESCE((SELECT l.label FROM label l WHERE l.articleID = a.id ORDER BY l.id DESC LIMIT 1),
                        (SELECT l.label FROM label l WHERE l.clusterID = a.clusterID ORDER BY l.id DESC LIMIT 1)) AS correction,
               COALESCE((SELECT r.status FROM response r WHERE r.articleID = a.id ORDER BY r.id DESC LIMIT 1),
                        (SELECT r.status FROM response r WHERE r.clusterID = a.clusterID ORDER BY r.id DESC LIMIT 1)) AS responseStatus,
               t.explanation
        FROM article a JOIN source s ON s.id = a.sourceID JOIN tone t ON t.articleID = a.id
        """

    static func summary(_ row: Row) -> ArticleSummary {
        let correction: String? = row["correction"]
        let tone = ToneJSON.decode(row["explanation"], correction: correction)
        var summary = ArticleSummary(id: row["id"], title: row["title"], url: row["url"], outlet: row["outlet"],
                                     outletCategory: row["category"], outletTier: row["tier"], published: row["published"],
                                     firstSeen: row["firstSeen"], tone: tone)
        summary.clusterID = row["clusterID"]
        summary.correction = correction
        summary.responseStatus = row["responseStatus"]
        return summary
    }

    /// Fills in each article's cluster size, outlets and first publisher, with one
    /// grouped query per 500 clusters.
    static func attachClusterFacts(_ summaries: inout [ArticleSummary], in db: Database) throws {
        let ids = Array(Set(summaries.compactMap(\.clusterID))).sorted()
        guard !ids.isEmpty else { return }
        var facts: [Int64: (size: Int, outlets: Int, first: String?)] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let marks = databaseQuestionMarks(count: chunk.count)
            for row in try Row.fetchAll(db, sql: """
                SELECT c.clusterID, COUNT(*) AS size, COUNT(DISTINCT c.sourceID) AS outlets,
                       (SELECT s2.title || char(9) || COALESCE(f.published, f.firstSeen) FROM article f JOIN source s2 ON s2.id = f.sourceID
                         WHERE f.clusterID = c.clusterID ORDER BY COALESCE(f.published, f.firstSeen), f.id LIMIT 1) AS firstPublisher
                FROM article c WHERE c.clusterID IN (\(marks)) GROUP BY c.clusterID
                """, arguments: StatementArguments(chunk)) {
                facts[row["clusterID"]] = (row["size"], row["outlets"], row["firstPublisher"])
            }
        }
        for i in summaries.indices {
            guard let id = summaries[i].clusterID, let f = facts[id] else { continue }
            summaries[i].clusterSize = f.size
            summaries[i].clusterOutlets = f.outlets
            if let first = f.first {
                let parts = first.split(separator: "\t", maxSplits: 1).map(String.init)
                summaries[i].firstPublisher = parts.first
                summaries[i].firstPublished = parts.count > 1 ? Self.sqliteDate(parts[1]) : nil
            }
        }
    }

    /// A date as GRDB stores it (`YYYY-MM-DD HH:MM:SS.SSS`, UTC).
    static func sqliteDate(_ s: String) -> Date? {
        Date.fromDatabaseValue(s.databaseValue)
    }

    // MARK: Index upkeep

    /// Whether the index was built by another stemmer version than this Pantau's.
    public func indexNeedsRebuild() throws(ArchiveError) -> Bool {
        try guarded {
            try pool.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stemmer'") != Stemmer.rootVersion
            }
        }
    }

    /// Rebuilds the full-text index with the current stemmer; returns the articles indexed.
    @discardableResult
    public func rebuildIndex() throws(ArchiveError) -> Int {
        try guarded {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('rebuild')")
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('stemmer', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [Stemmer.rootVersion])
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            }
        }
    }

    // MARK: Runs

    /// Starts a run record; returns its id.
    public func startRun(at date: Date) throws(ArchiveError) -> Int64 {
        try guarded {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO run (startedAt) VALUES (?)", arguments: [date])
                return db.lastInsertedRowID
            }
        }
    }

    public func finishRun(_ id: Int64, at date: Date, sourcesOK: Int, sourcesFailed: Int, articlesNew: Int,
                          errors: [String]) throws(ArchiveError) {
        let json = String(decoding: (try? JSONEncoder().encode(errors)) ?? Data("[]".utf8), as: UTF8.self)
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    UPDATE run SET finishedAt = ?, sourcesOK = ?, sourcesFailed = ?, articlesNew = ?, errors = ? WHERE id = ?
                    """, arguments: [date, sourcesOK, sourcesFailed, articlesNew, json, id])
            }
        }
    }
}

/// The SQLite archive is the `Archive` of a single machine.
extension ArchiveStore: Archive {}
