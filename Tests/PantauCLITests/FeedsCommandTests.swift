import ArgumentParser
import Foundation
import PantauFeeds
import PantauPipeline
import PantauTesting
import Testing
@testable import PantauCLI

/// `feeds add/import/export/check` driven in-process against a server on 127.0.0.1.
@Suite struct FeedsCommandTests {
    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Feeds"), withIntermediateDirectories: true)
        return dir
    }

    static func execute(_ args: [String]) async throws {
        var command = try Pantau.parseAsRoot(args)
        if var async = command as? any AsyncParsableCommand { try await async.run() } else { try command.run() }
    }

    @Test func addDiscoversImportMergesExportWritesBack() async throws {
        let server = try await LocalHTTPServer.start { request in
            switch request.path {
            case "/": return .init(contentType: "text/html", text: "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Berita\" href=\"/rss.xml\"></head><body>Beranda</body></html>")
            case "/rss.xml": return .init(contentType: "application/rss+xml", text: "<rss><channel><title>Kabar Uji</title><link>http://127.0.0.1/</link><item><title>A</title></item></channel></rss>")
            default: return .init(status: 404)
            }
        }
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = dir.appendingPathComponent("Feeds").path
        try await Self.execute(["feeds", "add", server.url("/"), "--feeds", feeds, "--category", "regional", "--tier", "3"])
        let added = try OPMLReader().sources(inFile: URL(fileURLWithPath: feeds).appendingPathComponent("user.opml"))
        #expect(added.map(\.feedURL) == [server.url("/rss.xml")])
        #expect(added.first?.title == "Kabar Uji")
        #expect(added.first?.category == "regional" && added.first?.tier == 3)
        // Adding it again is refused.
        await #expect(throws: CLIError.self) { try await Self.execute(["feeds", "add", server.url("/rss.xml"), "--feeds", feeds]) }

        let incoming = dir.appendingPathComponent("impor.opml")
        try OPMLWriter().document(title: "x", sources: [
            .init(feedURL: server.url("/rss.xml"), title: "Ganda"), .init(feedURL: "https://baru.contoh.id/rss", title: "Baru"),
        ]).write(to: incoming, atomically: true, encoding: .utf8)
        try await Self.execute(["--feeds", feeds, "feeds", "import", incoming.path])
        let merged = try OPMLReader().sources(inDirectory: URL(fileURLWithPath: feeds))
        #expect(merged.map(\.feedURL).sorted() == [server.url("/rss.xml"), "https://baru.contoh.id/rss"].sorted())

        let exported = dir.appendingPathComponent("ekspor.opml")
        try await Self.execute(["feeds", "export", "--feeds", feeds, "--out", exported.path])
        #expect(try OPMLReader().sources(inFile: exported).count == 2)
        await server.stop()
    }

    @Test func addRefusesAPageWithoutAFeed() async throws {
        let server = try await LocalHTTPServer.start { _ in .init(contentType: "text/html", text: "<html><body>Tanpa feed</body></html>") }
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        await #expect(throws: CLIError.self) {
            try await Self.execute(["feeds", "add", server.url("/"), "--feeds", dir.appendingPathComponent("Feeds").path])
        }
        await server.stop()
    }
}

@Suite struct RunAndCheckTests {
    @Test func runThenCheckReadsHealth() async throws {
        let server = try await LocalHTTPServer.start { request in
            request.path == "/rss.xml"
                ? .init(contentType: "application/rss+xml", text: "<rss><channel><title>Uji</title></channel></rss>")
                : .init(status: 500)
        }
        let dir = try FeedsCommandTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = dir.appendingPathComponent("Feeds")
        try OPMLWriter().document(title: "uji", sources: [
            .init(feedURL: server.url("/rss.xml"), title: "Baik"), .init(feedURL: server.url("/rusak.xml"), title: "Rusak"),
        ]).write(to: feeds.appendingPathComponent("uji.opml"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("p.sqlite").path
        let lexicons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons").path
        // One source fails: the run finishes and reports it with exit code 3.
        do {
            try await FeedsCommandTests.execute(["run", "--feeds", feeds.path, "--database", db, "--lexicons", lexicons])
            Issue.record("a failing source must end the run with code 3")
        } catch let error as CLIError {
            #expect(error.code == .sourcesFailed)
        }
        try await FeedsCommandTests.execute(["feeds", "check", "--feeds", feeds.path, "--database", db])
        await server.stop()
    }
}

@Suite struct RunLockTests {
    @Test func secondRunExitsWithSeventyFive() async throws {
        let dir = try FeedsCommandTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("p.sqlite").path
        try OPMLWriter().document(title: "uji", sources: [.init(feedURL: "http://127.0.0.1:1/rss", title: "x")])
            .write(to: dir.appendingPathComponent("Feeds/uji.opml"), atomically: true, encoding: .utf8)
        var held: RunLock? = try RunLock(databasePath: db, wait: false)
        do {
            try await FeedsCommandTests.execute(["run", "--feeds", dir.appendingPathComponent("Feeds").path, "--database", db])
            Issue.record("a second run must not start")
        } catch let error as CLIError {
            #expect(error.code == .locked)
            #expect(error.code.rawValue == 75)
            #expect(error.message.contains("PID \(getpid())"))
        }
        #expect(held != nil)
        held = nil
        // Once released, a new run takes the lock.
        _ = try RunLock(databasePath: db, wait: false)
    }
}
