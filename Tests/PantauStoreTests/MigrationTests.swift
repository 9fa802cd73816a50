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
        }
        try queue.close()
        // The migrated archive works: search through the new index, old tone JSON decodes.
        let store = try ArchiveStore(path: path, create: false)
        #expect(try store.indexNeedsRebuild() == false)
        #expect(try store.rebuildIndex() == 1)
        let hits = try store.search(try SearchQuery.parse("rusuh"))
        #expect(hits.count == 1)
        #expect(hits.first?.article.tone.label == .negative)
        // Old rows have no needsResponse: it is derived (negative and relevant).
        #expect(hits.first?.article.tone.needsResponse == true)
    }
}
