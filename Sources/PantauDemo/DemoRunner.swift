import Foundation
import Logging
import PantauCore
import PantauPipeline
import PantauReport
import PantauSentiment
import PantauTesting

/// `pantau demo`: serves the built-in sample news site on 127.0.0.1, runs the full
/// pipeline over it into `DIR/pantau.sqlite`, and writes the day's digest under
/// `DIR/Reports/`. Each demo starts from a fresh database; with `database` a PostgreSQL
/// address, it fills that database instead, which must hold no articles yet.
public struct DemoRunner: Sendable {
    public var directory: String
    public var lexiconsPath: String
    /// A `postgresql://` address to fill instead of `DIR/pantau.sqlite`.
    public var database: String?

    public init(directory: String, lexiconsPath: String, database: String? = nil) {
        self.directory = directory
        self.lexiconsPath = lexiconsPath
        self.database = database
    }

    /// What the demo produced.
    public struct Result: Sendable {
        public var summary: MonitorRun.Summary
        public var digest: Digest
        public var databasePath: String
        public var reportPaths: [String]
    }

    /// The demo's settings: its archive in `DIR`, Lapas Serang as the home unit and the
    /// Banten regional office on the watch list, then the service in general, and more
    /// articles per source than a real run takes (the sample site has them all at once).
    public static func configuration(directory: String, lexiconsPath: String) -> Configuration {
        var configuration = Configuration()
        configuration.databasePath = URL(fileURLWithPath: directory).appendingPathComponent("pantau.sqlite").path
        configuration.reportsPath = URL(fileURLWithPath: directory).appendingPathComponent("Reports").path
        configuration.lexiconsPath = lexiconsPath
        configuration.watchList = WatchList(targets: [
            WatchTarget(name: "Lapas Kelas IIA Serang", aliases: ["lapas kelas iia serang", "lapas serang", "lp serang"], priority: 3),
            WatchTarget(name: "Kanwil Kemenkumham Banten", aliases: ["kanwil kemenkumham banten", "kemenkumham banten", "kanwil banten"], priority: 2),
            WatchList.service,
        ])
        configuration.maxArticlesPerSource = 50
        configuration.fetch.maxConcurrent = 8
        configuration.fetch.maxPerHost = 8
        configuration.fetch.totalTimeout = 15
        return configuration
    }

    public func run(now: Date = Date(), logger: Logger = Logger(label: "pantau.demo")) async throws -> Result {
        var configuration = Self.configuration(directory: directory, lexiconsPath: lexiconsPath)
        if let database { configuration.databasePath = database }
        let monitor = Monitor(configuration: configuration, logger: logger, now: { now })
        defer { monitor.shutdown() }
        // The lexicon first: a broken one fails before the site starts.
        _ = try monitor.scorer()
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: directory), withIntermediateDirectories: true)
        let databasePath = configuration.databasePath
        if configuration.databaseIsServer {
            // A server's archive is never emptied by the demo: nothing stored is lost.
            let stored = try monitor.openArchive().articleCount()
            guard stored == 0 else {
                throw PipelineError("basis data \(databasePath) sudah berisi \(stored) artikel; demo butuh basis data kosong", kind: .usage)
            }
        } else {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        }

        let site = Box<DemoSite?>(nil)
        let server = try await LocalHTTPServer.start { request in
            site.value?.respond(to: request) ?? LocalHTTPServer.Response(status: 503)
        }
        defer { Task { await server.stop() } }
        let demoSite = DemoSite(now: now, baseURL: server.baseURL)
        site.value = demoSite

        let report = try await monitor.run(sources: demoSite.sources)
        let rendered = try monitor.digest(date: JakartaTime.dayString(now), since: nil)
        let paths = try rendered.write(to: configuration.reportsPath)
        await server.stop()
        return Result(summary: report.summary, digest: rendered.digest, databasePath: databasePath, reportPaths: paths)
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
