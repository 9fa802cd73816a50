import Foundation
import PantauClustering
import PantauCore
import Synchronization

/// The PostgreSQL archive: the same `Archive` as SQLite's on a database server, so several
/// `pantau run` workers, the web view and the officers share one archive. Search stores
/// Pantau's own tokens in a `tsvector` (see `SearchDocument`) and compiles the query
/// language to `tsquery` (see `TextQuery`); story clustering reuses PantauClustering under
/// an advisory lock.
public final class PostgresArchive: Sendable {
    public let url: PostgresURL
    let pool: PostgresPool
    /// The writer's clustering memory with the epoch it reflects (see migration v2).
    let clusterMemory = Mutex<(memory: ClusterMemory, epoch: Int64)?>(nil)

    /// Connects to the database at `address` and brings its schema up to date. With
    /// `create` false (read-only commands) a database without Pantau's tables is an error
    /// and nothing is created.
    public init(address: String, create: Bool = true) throws(ArchiveError) {
        url = try PostgresURL(address)
        pool = try PostgresPool(url: url)
        try guarded {
            try pool.withSession { session in
                let installed = try session.scalar("SELECT to_regclass('pantau_migration') IS NOT NULL", as: Bool.self) ?? false
                if !installed, !create {
                    throw ArchiveError(kind: .missing, message: "basis data \(url) belum berisi arsip Pantau; jalankan `pantau run` dahulu")
                }
                try Self.migrate(session, url: url)
            }
        }
    }

    /// Applies the pending migrations, each in its own transaction, under an advisory lock
    /// so two workers starting together do not both apply one.
    static func migrate(_ session: PostgresSession, url: PostgresURL, upTo last: String? = nil) throws {
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock($1)", [PostgresSchema.migrationLock])
            try session.execute("CREATE TABLE IF NOT EXISTS pantau_migration (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            let applied = Set(try session.rows("SELECT id FROM pantau_migration").map { row throws -> String in try row[0] })
            let known = Set(PostgresSchema.migrations.map(\.id))
            if !applied.subtracting(known).isEmpty {
                throw ArchiveError(kind: .newerVersion, message: "basis data \(url) dibuat oleh versi Pantau yang lebih baru; perbarui Pantau")
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.id) {
                try session.script(migration.statements)
                try session.execute("INSERT INTO pantau_migration (id) VALUES ($1)", [migration.id])
                if migration.id == last { break }
            }
        }
    }

    /// Runs `body` and turns server errors into `ArchiveError`.
    func guarded<T>(_ body: () throws -> T) throws(ArchiveError) -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(kind: .sqlite, message: "kesalahan basis data: \(PostgresSession.describe(error))")
        }
    }

    @discardableResult
    func read<T>(_ body: (PostgresSession) throws -> T) throws(ArchiveError) -> T {
        try guarded { try pool.withSession(body) }
    }

    @discardableResult
    func write<T>(_ body: (PostgresSession) throws -> T) throws(ArchiveError) -> T {
        try guarded { try pool.transaction(body) }
    }

    // MARK: Sources

    public func register(_ source: Source) throws(ArchiveError) -> SourceState {
        try write { db in
            let row = try db.rows("""
                INSERT INTO source (feed_url, title, site_url, category, tier) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (feed_url) DO UPDATE SET title = excluded.title, site_url = excluded.site_url,
                    category = excluded.category, tier = excluded.tier
                RETURNING id, etag, last_modified, current_url
                """, [source.feedURL, source.title, source.siteURL, source.category, source.tier])[0]
            return SourceState(id: try row["id"], etag: try row["etag"], lastModified: try row["last_modified"],
                               currentURL: try row["current_url"])
        }
    }

    public func recordFetch(sourceID: Int64, at date: Date, error: String?, etag: String?, lastModified: String?, itemsSeen: Int,
                            status: Int?, movedTo: String?) throws(ArchiveError) {
        try write { db in
            if let status { try db.execute("UPDATE source SET last_status = $1 WHERE id = $2", [status, sourceID]) }
            if let movedTo { try db.execute("UPDATE source SET current_url = $1 WHERE id = $2", [movedTo, sourceID]) }
            if let error {
                try db.execute("""
                    UPDATE source SET last_fetched_at = $1, last_error = $2, consecutive_failures = consecutive_failures + 1
                    WHERE id = $3
                    """, [date, error, sourceID])
            } else {
                try db.execute("""
                    UPDATE source SET last_fetched_at = $1, last_success_at = $1, last_error = NULL, consecutive_failures = 0,
                        etag = COALESCE($2, etag), last_modified = COALESCE($3, last_modified), items_seen = items_seen + $4
                    WHERE id = $5
                    """, [date, etag, lastModified, itemsSeen, sourceID])
            }
        }
    }

    public func sourceHealth() throws(ArchiveError) -> [SourceHealth] {
        try read { db in
            // Ordered as SQLite's BINARY collation orders titles: by bytes.
            try db.rows("""
                SELECT s.feed_url, s.current_url, s.title, s.last_fetched_at, s.last_success_at, s.last_error,
                       s.consecutive_failures, s.items_seen, COUNT(a.id) AS articles, MAX(a.first_seen) AS last_article_at
                FROM source s LEFT JOIN article a ON a.source_id = s.id
                GROUP BY s.id ORDER BY s.title COLLATE "C", s.id
                """).map { row in
                SourceHealth(feedURL: try row["feed_url"], currentURL: try row["current_url"], title: try row["title"],
                             lastFetchedAt: try row["last_fetched_at"], lastSuccessAt: try row["last_success_at"],
                             lastError: try row["last_error"], consecutiveFailures: try row["consecutive_failures"],
                             itemsSeen: try row["items_seen"], articles: try row["articles"], lastArticleAt: try row["last_article_at"])
            }
        }
    }

    // MARK: Runs

    public func startRun(at date: Date) throws(ArchiveError) -> Int64 {
        try write { db in try db.scalar("INSERT INTO run (started_at) VALUES ($1) RETURNING id", [date]) ?? 0 }
    }

    public func finishRun(_ id: Int64, at date: Date, sourcesOK: Int, sourcesFailed: Int, articlesNew: Int,
                          errors: [String]) throws(ArchiveError) {
        let json = String(decoding: (try? JSONEncoder().encode(errors)) ?? Data("[]".utf8), as: UTF8.self)
        try write { db in
            try db.execute("""
                UPDATE run SET finished_at = $1, sources_ok = $2, sources_failed = $3, articles_new = $4, errors = $5 WHERE id = $6
                """, [date, sourcesOK, sourcesFailed, articlesNew, json, id])
        }
    }

    // MARK: Upkeep

    public func status(lastRuns: Int) throws(ArchiveError) -> ArchiveStatus {
        try read { db in
            let runs = try db.rows("SELECT * FROM run ORDER BY id DESC LIMIT $1", [lastRuns]).map { row in
                (id: try row["id"] as Int64, startedAt: try row["started_at"] as Date, finishedAt: try row["finished_at"] as Date?,
                 ok: try row["sources_ok"] as Int, failed: try row["sources_failed"] as Int, new: try row["articles_new"] as Int)
            }
            let failing = try db.rows("""
                SELECT title, last_error, consecutive_failures FROM source WHERE last_error IS NOT NULL ORDER BY consecutive_failures DESC, id
                """).map { row in
                (title: try row["title"] as String, error: try row["last_error"] as String, failures: try row["consecutive_failures"] as Int)
            }
            return ArchiveStatus(articles: try db.scalar("SELECT COUNT(*) FROM article", as: Int.self) ?? 0,
                                 clusters: try db.scalar("SELECT COUNT(*) FROM cluster", as: Int.self) ?? 0,
                                 sources: try db.scalar("SELECT COUNT(*) FROM source", as: Int.self) ?? 0,
                                 failingSources: failing, runs: runs,
                                 databaseBytes: try db.scalar("SELECT pg_database_size(current_database())", as: Int64.self) ?? 0)
        }
    }

    @discardableResult
    public func prune(before date: Date) throws(ArchiveError) -> Int {
        try write { db in
            try db.execute("SELECT pg_advisory_xact_lock($1)", [PostgresSchema.clusterLock])
            try Self.bumpEpoch(db)
            let removed = try db.execute("DELETE FROM article WHERE first_seen < $1", [date])
            try db.execute("DELETE FROM cluster c WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.cluster_id = c.id)")
            return removed
        }
    }

    public func indexNeedsRebuild() throws(ArchiveError) -> Bool {
        try read { db in try db.scalar("SELECT value FROM meta WHERE key = 'stemmer'", as: String.self) != Stemmer.rootVersion }
    }

    /// Recomputes every article's `tsvector` with the current stemmer, in batches.
    @discardableResult
    public func rebuildIndex() throws(ArchiveError) -> Int {
        var count = 0
        var after: Int64 = 0
        while true {
            let done: Int = try write { db in
                let rows = try db.rows("SELECT id, title, text FROM article WHERE id > $1 ORDER BY id LIMIT 500", [after])
                var tokens = IndexTokens()
                for row in rows {
                    let id: Int64 = try row["id"]
                    let document = SearchDocument(title: try row["title"], text: try row["text"], tokens: &tokens)
                    try db.execute("UPDATE article SET search = $1::tsvector, title_tokens = $2, text_tokens = $3 WHERE id = $4",
                                   [document.vector, document.titleTokens, document.textTokens, id])
                    after = id
                }
                return rows.count
            }
            count += done
            if done < 500 { break }
        }
        try write { db in
            try db.execute("INSERT INTO meta (key, value) VALUES ('stemmer', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [Stemmer.rootVersion])
        }
        return count
    }

    /// A consistent copy of the whole database by `pg_dump` (custom format, for
    /// `pg_restore`), written beside `destination` and renamed into place.
    public func backup(to destination: String) throws(ArchiveError) {
        let directory = (destination as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let temporary = destination + ".tmp-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [PostgresTools.path("pg_dump"), "--format=custom", "--file=\(temporary)", "--host=\(url.host)",
                             "--port=\(url.port)", "--username=\(url.user)", "--no-password", url.database]
        var environment = ProcessInfo.processInfo.environment
        if let password = url.password { environment["PGPASSWORD"] = password }
        environment["PGSSLMODE"] = url.sslMode.rawValue
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            throw ArchiveError(kind: .cannotOpen, message: "cadangan \(destination) gagal: pg_dump tidak bisa dijalankan (\(error))")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ArchiveError(kind: .cannotOpen, message: "cadangan \(destination) gagal: \(message.split(separator: "\n").first ?? "pg_dump gagal")")
        }
        guard rename(temporary, destination) == 0 else {
            throw ArchiveError(kind: .cannotOpen, message: "cadangan \(destination) tidak bisa ditulis: \(String(cString: strerror(errno)))")
        }
    }
}

/// PostgreSQL's client programs: on PATH, else Debian's versioned folder.
enum PostgresTools {
    static func path(_ name: String) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        let debian = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: debian)) ?? []).sorted { $0.compare($1, options: .numeric) == .orderedDescending }
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(debian)/\(version)/bin/\(name)") {
            return "\(debian)/\(version)/bin/\(name)"
        }
        return name
    }
}

/// A shared PostgreSQL archive, the `Archive` of a national installation.
extension PostgresArchive: Archive {}
