import Foundation
import GRDB
import PantauCore
import Testing
@testable import PantauStore

/// Each migration applied to a database of the previous version that holds data.
@Suite struct MigrationTests {
    @Test func everyMigrationKeepsTheData() throws {
        let path = ArchiveStoreTests.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: IndonesianTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        let migrator = ArchiveSchema.migrator
        let names = migrator.migrations
        #expect(names.first == "v1")
        try migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO source (feedURL, title) VALUES ('https://contoh.id/rss', 'Contoh')")
            try db.execute(sql: """
                INSERT INTO article (url, sourceID, title, text, firstSeen, contentHash)
                VALUES ('https://contoh.id/1', 1, 'Kerusuhan di rutan', 'Kerusuhan pecah di blok hunian.', '2026-11-01 00:00:00.000', 'h1')
                """)
            try db.execute(sql: """
                INSERT INTO tone (articleID, label, score, relevant, explanation, lexiconVersion, scoredAt)
                VALUES (1, 'negative', -0.8, 1, '{"label":"negative","score":-0.8,"relevant":true,"targets":[],"sentences":[]}', 'lama', '2026-11-01 00:00:00.000')
                """)
        }
        for name in names.dropFirst() {
            try migrator.migrate(queue, upTo: name)
            let count = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") }
            #expect(count == 1, "after \(name)")
            if name == "v8-index-only-text-updates" {
                // Keyword rows as v5–v8 stored them, for v9 to fold into one row per article.
                try queue.write { db in
                    try db.execute(sql: "INSERT INTO article_term (articleID, term, weight) VALUES (1, 'rusuh', 2.5), (1, 'blok', 1.25)")
                }
            }
        }
        let keywords = try queue.read { db in try String.fetchOne(db, sql: "SELECT terms FROM article_keyword WHERE articleID = 1") }
        #expect(KeywordRow.decode(keywords ?? "").map(\.term) == ["rusuh", "blok"])
        #expect(KeywordRow.decode(keywords ?? "").map(\.weight) == [2.5, 1.25])
        // v13: an old row was scored on its page's text, by an unknown method.
        let record = try queue.read { db in try Row.fetchOne(db, sql: "SELECT toneFromFeed, extractionMethod FROM article WHERE id = 1") }
        #expect(record?["toneFromFeed"] == false)
        #expect((record?["extractionMethod"] as String?) == nil)
        try queue.close()
        // The migrated archive works: search through the new index, old tone JSON decodes.
        let store = try ArchiveStore(path: path, create: false)
        #expect(try store.indexNeedsRebuild() == false)
        #expect(try store.rebuildIndex() == 1)
        let hits = try store.search(try SearchQuery.parse("rusuh"))
        #expect(hits.count == 1)
        // Articles stored after the upgrade are indexed by the batch insert (no trigger).
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([ArchiveStoreTests.article("https://contoh.id/2", title: "Napi kabur", text: "Dua napi kabur.", source: source.id)], seenAt: Date())
        #expect(try store.search(try SearchQuery.parse("kabur")).count == 1)
        #expect(hits.first?.article.tone.label == .negative)
        // Old rows have no needsResponse: it is derived (negative and relevant).
        #expect(hits.first?.article.tone.needsResponse == true)
    }
}

/// Backups: the online copy, and the automatic copy before an upgrade migrates data.
@Suite struct BackupTests {
    @Test func onlineBackupIsACompleteArchive() throws {
        let path = ArchiveStoreTests.temporaryPath()
        let store = try ArchiveStore(path: path)
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        try store.insert([ArchiveStoreTests.article("https://contoh.id/1", title: "Napi kabur dari lapas", text: "Dua napi kabur dari lapas.", source: source.id)], seenAt: Date())
        let copy = (path as NSString).deletingLastPathComponent + "/cadangan/salinan.sqlite"
        try store.backup(to: copy)
        let restored = try ArchiveStore(path: copy, create: false)
        #expect(try restored.articleCount() == 1)
        #expect(try restored.search(try SearchQuery.parse("kabur")).count == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (copy as NSString).deletingLastPathComponent)
        #expect(leftovers.contains("salinan.sqlite"))
        #expect(!leftovers.contains { $0.contains(".tmp-") }, "temporary copy left behind: \(leftovers)")
    }

    @Test func upgradeCopiesTheArchiveBeforeMigrating() throws {
        let path = ArchiveStoreTests.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: IndonesianTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try ArchiveSchema.migrator.migrate(queue, upTo: "v5-clusters-labels-responses")
        try queue.write { db in try db.execute(sql: "INSERT INTO source (feedURL, title) VALUES ('https://contoh.id/rss', 'Contoh')") }
        try queue.close()
        _ = try ArchiveStore(path: path)
        let directory = (path as NSString).deletingLastPathComponent
        let backups = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".bak") }
        #expect(backups.count == 1)
        #expect(backups.first?.contains("dari-v5-clusters-labels-responses") == true)
        // A fresh archive and an up-to-date one get no copy.
        _ = try ArchiveStore(path: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".bak") }.count == 1)
    }
}
