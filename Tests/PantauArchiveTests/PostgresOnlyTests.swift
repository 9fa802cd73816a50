import Foundation
import PantauCore
import PantauTesting
import Testing
@testable import PantauPostgres

/// What only the PostgreSQL archive has: its address, its migrations, source leases.
@Suite struct PostgresURLTests {
    @Test func libpqURIsAreRead() throws {
        let full = try PostgresURL("postgresql://pantau:rahasia%40x@db.ditjenpas.example:6543/arsip?sslmode=require&application_name=pekerja-1")
        #expect(full.user == "pantau" && full.password == "rahasia@x" && full.host == "db.ditjenpas.example" && full.port == 6543)
        #expect(full.database == "arsip" && full.sslMode == .require && full.applicationName == "pekerja-1")
        #expect(!full.description.contains("rahasia"))
        let short = try PostgresURL("postgres://petugas@[::1]/")
        #expect(short.host == "::1" && short.port == 5432 && short.database == "petugas" && short.sslMode == .prefer)
        #expect(PostgresURL.isPostgres("postgresql://x@y/z") && !PostgresURL.isPostgres("pantau.sqlite"))
        #expect(PostgresURL.redacted("postgresql://a:b@c/d") == "postgresql://a:***@c/d")
    }

    @Test(arguments: ["postgresql://a@h:0/db", "postgresql://a@h:port/db", "postgresql://a@h/db?sslmode=kadang",
                      "postgresql://a@h/db?warna=biru", "postgresql://a@[::1/db", "mysql://a@h/db"])
    func badAddressesAreRefusedWithTheReason(_ address: String) {
        #expect {
            _ = try PostgresURL(address)
        } throws: { error in
            guard let error = error as? ArchiveError else { return false }
            return error.kind == .cannotOpen && error.message.hasPrefix("alamat basis data tidak valid")
        }
    }
}

@Suite struct PostgresMigrationTests {
    /// From every earlier version, with data in it, to the current one: nothing is lost.
    @Test func everyMigrationKeepsTheData() throws {
        let ids = PostgresSchema.migrations.map(\.id)
        for last in ids.dropLast() {
            let address = try LocalPostgresServer.shared().newDatabase()
            let url = try PostgresURL(address)
            let pool = try PostgresPool(url: url)
            let seen = Date(timeIntervalSince1970: 1_780_000_000)
            try pool.withSession { db in
                try PostgresArchive.migrate(db, url: url, upTo: last)
                #expect(try db.scalar("SELECT COUNT(*) FROM pantau_migration", as: Int.self) == ids.firstIndex(of: last)! + 1)
                // Rows as the v1 schema holds them.
                try db.execute("INSERT INTO source (feed_url, title) VALUES ('https://contoh.id/rss', 'Contoh')")
                try db.execute("INSERT INTO cluster (created_at) VALUES ($1)", [seen])
                try db.execute("""
                    INSERT INTO article (url, source_id, title, text, first_seen, content_hash, cluster_id, search)
                    VALUES ('https://contoh.id/1', 1, 'Napi kabur', 'Dua napi kabur dari lapas.', $1, 'h', 1, '''kabur'':2A ''napi'':1A'::tsvector)
                    """, [seen])
                try db.execute("""
                    INSERT INTO tone (article_id, label, score, relevant, explanation, lexicon_version, scored_at)
                    VALUES (1, 'negative', -0.8, true, '{"label":"negative","score":-0.8,"relevant":true}', 'lama', $1)
                    """, [seen])
            }
            let archive = try PostgresArchive(address: address)
            #expect(try archive.articleCount() == 1, "from \(last)")
            #expect(try archive.sourceHealth().map(\.title) == ["Contoh"])
            #expect(try archive.search(try SearchQuery.parse("kabur")).count == 1)
            #expect(try archive.articlesToRescore(lexiconVersion: "baru").count == 1)
            // A later insert clusters and counts on the migrated tables.
            #expect(try archive.insert([Sample.article("https://contoh.id/2", title: "Napi kabur lagi", text: "Napi kabur.", source: 1)],
                                       seenAt: seen) == 1)
            #expect(try archive.claim(sourceID: 1, worker: "a", now: seen, lease: 60, roundStart: seen.addingTimeInterval(-60)))
        }
    }

    /// An archive of a newer Pantau is refused, not downgraded.
    @Test func aNewerSchemaIsRefused() throws {
        let address = try LocalPostgresServer.shared().newDatabase()
        let archive = try PostgresArchive(address: address)
        _ = try archive.pool.withSession { db in try db.execute("INSERT INTO pantau_migration (id) VALUES ('v99-masa-depan')") }
        #expect {
            _ = try PostgresArchive(address: address)
        } throws: { error in (error as? ArchiveError)?.kind == .newerVersion }
    }
}

@Suite struct SourceLeaseTests {
    @Test func aSourceIsOneWorkersPerRoundAndAKilledWorkersLeaseExpires() throws {
        let archive = try PostgresArchive(address: try LocalPostgresServer.shared().newDatabase())
        let id = try archive.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh")).id
        let t0 = Date(timeIntervalSince1970: 1_780_000_000)
        let round: TimeInterval = 300, lease: TimeInterval = 60
        func claim(_ worker: String, at t: Date) throws -> Bool {
            try archive.claim(sourceID: id, worker: worker, now: t, lease: lease, roundStart: t.addingTimeInterval(-round))
        }
        #expect(try claim("a", at: t0))
        #expect(try !claim("b", at: t0.addingTimeInterval(1)))       // a holds it
        try archive.release(sourceID: id, worker: "b")                 // not b's to release
        #expect(try !claim("b", at: t0.addingTimeInterval(2)))
        try archive.release(sourceID: id, worker: "a")
        #expect(try !claim("b", at: t0.addingTimeInterval(3)))       // released, but fetched this round
        #expect(try claim("b", at: t0.addingTimeInterval(round + 1))) // the next round
        // b is killed holding it: its lease expires, and the round after takes the source.
        #expect(try !claim("c", at: t0.addingTimeInterval(round + lease)))
        #expect(try claim("c", at: t0.addingTimeInterval(2 * round + 2)))
    }

    /// Many claims at once from several connections: exactly one wins.
    @Test func concurrentClaimsHaveOneWinner() async throws {
        let address = try LocalPostgresServer.shared().newDatabase()
        let archive = try PostgresArchive(address: address)
        let ids = try (0..<20).map { try archive.register(Source(feedURL: "https://contoh.id/\($0)", title: "S\($0)")).id }
        let now = Date()
        let wins = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<6 {
                group.addTask {
                    let mine = try PostgresArchive(address: address)
                    return try ids.filter { try mine.claim(sourceID: $0, worker: "w\(worker)", now: now, lease: 60, roundStart: now.addingTimeInterval(-300)) }.count
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(wins == ids.count)
    }
}

@Suite struct DigestFactsTests {
    @Test(arguments: Backend.allCases) func dailyToneCountsByJakartaDay(_ backend: Backend) throws {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Contoh"))
        let late = try #require(DateParser.parse("2026-11-28T18:00:00Z"))  // 01:00 WIB on the 29th
        let early = try #require(DateParser.parse("2026-11-28T10:00:00Z")) // 17:00 WIB on the 28th
        try store.insert([Sample.article("https://contoh.id/1", title: "Napi kabur", text: "Napi kabur.", source: source.id)], seenAt: late)
        try store.insert([Sample.article("https://contoh.id/2", title: "Pelatihan las", text: "Pelatihan las.", source: source.id, label: .positive),
                          Sample.article("https://contoh.id/3", title: "Razia blok", text: "Razia blok hunian.", source: source.id)], seenAt: early)
        let rows = try store.dailyToneCounts(from: early.addingTimeInterval(-86400), to: late.addingTimeInterval(86400))
        #expect(rows.map { "\($0.day) \($0.label.rawValue) \($0.count)" } == ["2026-11-28 negative 1", "2026-11-28 positive 1", "2026-11-29 negative 1"])
        #expect(try store.status().databaseBytes > 0)
        #expect(try store.termCounts(firstSeenIn: DateInterval(start: early, end: late.addingTimeInterval(1))).isEmpty == false)
    }
}
