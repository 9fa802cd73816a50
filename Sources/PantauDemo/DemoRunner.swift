import Foundation
import Logging
import PantauCore
import PantauFetch
import PantauPipeline
import PantauReport
import PantauSentiment
import PantauStore
import PantauTesting

/// `pantau demo`: serves the built-in sample news site on 127.0.0.1, runs the full
/// pipeline over it into `DIR/pantau.sqlite`, and writes the day's digest under
/// `DIR/Reports/`. Each demo starts from a fresh database.
public struct DemoRunner: Sendable {
    public var directory: String
    public var lexiconsPath: String

    public init(directory: String, lexiconsPath: String) {
        self.directory = directory
        self.lexiconsPath = lexiconsPath
    }

    /// What the demo produced.
    public struct Result: Sendable {
        public var summary: MonitorRun.Summary
        public var digest: Digest
        public var databasePath: String
        public var reportPaths: [String]
    }

    /// The demo's watch list: Lapas Serang as the home unit, the Banten regional office,
    /// then the service in general.
    public static let watchList = WatchList(targets: [
        WatchTarget(name: "Lapas Kelas IIA Serang", aliases: ["lapas kelas iia serang", "lapas serang", "lp serang"], priority: 3),
        WatchTarget(name: "Kanwil Kemenkumham Banten", aliases: ["kanwil kemenkumham banten", "kemenkumham banten", "kanwil banten"], priority: 2),
        WatchList.service,
    ])

    public func run(now: Date = Date(), logger: Logger = Logger(label: "pantau.demo")) async throws -> Result {
        let lexicon = try Lexicon.load(from: URL(fileURLWithPath: lexiconsPath))
        let dir = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let databasePath = dir.appendingPathComponent("pantau.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }

        let site = Box<DemoSite?>(nil)
        let server = try await LocalHTTPServer.start { request in
            site.value?.respond(to: request) ?? LocalHTTPServer.Response(status: 503)
        }
        defer { Task { await server.stop() } }
        let demoSite = DemoSite(now: now, baseURL: server.baseURL)
        site.value = demoSite

        var fetch = HTTPClientConfiguration()
        fetch.maxConcurrent = 8
        fetch.maxPerHost = 8
        fetch.totalTimeout = 15
        let client = HTTPClient(configuration: fetch)
        defer { client.shutdown() }
        let store = try ArchiveStore(path: databasePath)
        let analyzer = ToneAnalyzer(lexicon: lexicon, watchList: Self.watchList, morphology: HunspellDictionary())
        let run = MonitorRun(store: store, client: client, analyzer: analyzer, maxArticlesPerSource: 50, logger: logger,
                             now: { now })
        let summary = try await run.run(sources: demoSite.sources)
        let day = JakartaTime.dayString(now)
        let writer = DigestWriter(store: store, themes: try DigestWriter.themes(inLexicons: lexiconsPath))
        let period = try DigestWriter.period(date: day, since: nil, now: now)
        let digest = try writer.digest(period: period, generatedAt: now)
        let paths = try writer.write(digest, to: dir.appendingPathComponent("Reports").path)
        await server.stop()
        return Result(summary: summary, digest: digest, databasePath: databasePath, reportPaths: paths)
    }
}

/// A lock-protected mutable cell shared with the server's handler.
final class Box<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
