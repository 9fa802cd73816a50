import Foundation
import GRDB
import PantauClustering
import PantauCore

/// The writer's `ClusterMemory`, if loaded, with the `PRAGMA data_version` of the writer
/// connection when it was. Only touched inside `pool.write`, which runs one closure at a
/// time; the lock makes that visible to the compiler.
final class ClusterMemoryHolder: @unchecked Sendable {
    struct Loaded {
        var memory: ClusterMemory
        var dataVersion: Int64
    }

    private let lock = NSLock()
    private var loaded: Loaded?

    func withMemory<T>(_ body: (inout Loaded?) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&loaded)
    }

    func invalidate() { withMemory { $0 = nil } }
}

/// Story clustering over SQLite: loading `ClusterMemory` from `term_df`, `article` and
/// `article_keyword`, the older articles `StoryClustering.choose` asks for, and writing
/// each new article's keywords.
enum SQLiteClustering {
    static func dataVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
    }

    /// The loaded memory if still true to the tables (no other connection wrote, and the
    /// newest article is the one memory saw last: no batch it learnt was rolled back),
    /// else a fresh one.
    static func currentMemory(_ cached: inout ClusterMemoryHolder.Loaded?, seenAt date: Date, in db: Database) throws -> ClusterMemory {
        if let loaded = cached, try dataVersion(db) == loaded.dataVersion,
           try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM article")) ?? 0 == loaded.memory.total {
            loaded.memory.forget(before: date.addingTimeInterval(-ClusterMemory.span(window: StoryClustering.window)))
            return loaded.memory
        }
        let memory = try load(db, now: date)
        cached = ClusterMemoryHolder.Loaded(memory: memory, dataVersion: try dataVersion(db))
        return memory
    }

    /// Reads the document frequencies and the articles of the memory's window.
    static func load(_ db: Database, now: Date) throws -> ClusterMemory {
        let total = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM article") ?? 0
        let memory = ClusterMemory(start: now.addingTimeInterval(-ClusterMemory.span(window: StoryClustering.window)), total: total)
        let dfRows = try Row.fetchCursor(db, sql: "SELECT term, df FROM term_df")
        while let row = try dfRows.next() { memory.learn(term: row[0], documentFrequency: row[1]) }
        var articles: [(id: Int64, firstSeen: Date, clusterID: Int64?, contentHash: String)] = []
        let articleRows = try Row.fetchCursor(db, sql: """
            SELECT id, firstSeen, clusterID, contentHash FROM article INDEXED BY article_on_firstSeen WHERE firstSeen >= ? ORDER BY id
            """, arguments: [memory.start])
        while let row = try articleRows.next() { articles.append((row[0], row[1], row[2], row[3])) }
        guard let first = articles.first?.id else { return memory }
        var vectors: [Int64: [(term: String, weight: Double)]] = [:]
        let keywordRows = try Row.fetchCursor(db, sql: "SELECT articleID, terms FROM article_keyword WHERE articleID >= ?",
                                              arguments: [first])
        while let row = try keywordRows.next() { vectors[row[0]] = KeywordRow.decode(row[1]) }
        for article in articles {
            guard let clusterID = article.clusterID else { continue }
            memory.remember(firstSeen: article.firstSeen, clusterID: clusterID, contentHash: article.contentHash,
                            keywords: vectors[article.id] ?? [])
        }
        return memory
    }

    /// The story cluster of an article about to be stored (see `StoryClustering.choose`),
    /// reading older articles from the tables when it asks.
    static func choose(for article: ExtractedArticle, contentHash: String, seenAt: Date, memory: ClusterMemory,
                       in db: Database) throws -> (clusterID: Int64?, keywords: [ClusterMemory.Keyword]) {
        try StoryClustering.choose(for: article, contentHash: contentHash, seenAt: seenAt, memory: memory) { (interval, visit) throws(any Error) in
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT a.clusterID, k.terms, a.contentHash FROM article a INDEXED BY article_on_firstSeen
                LEFT JOIN article_keyword k ON k.articleID = a.id
                WHERE a.firstSeen >= ? AND a.firstSeen < ? AND a.clusterID IS NOT NULL
                """), arguments: [interval.start, interval.end])
            while let row = try rows.next() {
                let older = StoryClustering.OlderArticle(clusterID: row[0], keywords: KeywordRow.decode(row[1] ?? ""), contentHash: row[2])
                if !visit(older) { return }
            }
        }
    }

    /// Stores a new article's keywords and counts them into `pendingDF`, written to
    /// `term_df` once per transaction by `flush`.
    static func record(articleID: Int64, keywords: [ClusterMemory.Keyword], pendingDF: inout [String: Int],
                       in db: Database) throws {
        guard !keywords.isEmpty else { return }
        for keyword in keywords { pendingDF[keyword.term, default: 0] += 1 }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO article_keyword (articleID, terms) VALUES (?, ?)")
            .execute(arguments: [articleID, KeywordRow.encode(keywords.map { ($0.term, $0.weight) })])
    }

    /// Adds the transaction's keyword counts to `term_df`.
    static func flush(_ pendingDF: [String: Int], in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df
            """)
        for (term, count) in pendingDF { try statement.execute(arguments: [term, count]) }
    }
}
