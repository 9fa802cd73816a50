import Foundation
import PantauCore
import PantauFeeds

extension Monitor {
    /// What one `pantau run` did.
    public struct RunReport: Sendable {
        public var summary: MonitorRun.Summary
        /// The alerts sent after the run (nil: no channel configured).
        public var alerts: AlertDispatcher.Summary?
        /// Why the alerts could not be prepared, if they could not.
        public var alertError: String?
        /// The search index was built by an older stemmer (`pantau reindex`).
        public var indexNeedsRebuild: Bool
    }

    /// The sources of `Feeds/*.opml` (a configuration error when there are none).
    public func sources() throws(PipelineError) -> [Source] {
        let sources: [Source]
        do {
            sources = try OPMLReader().sources(inDirectory: URL(fileURLWithPath: configuration.feedsPath))
        } catch {
            throw PipelineError(error.description, kind: .configuration)
        }
        guard !sources.isEmpty else {
            throw PipelineError("tidak ada sumber di \(configuration.feedsPath)/*.opml", kind: .configuration)
        }
        return sources
    }

    /// One monitoring pass over `Feeds/*.opml` under the run lock (with `wait`, waits for
    /// another run to finish; else fails as `.locked`), then the alerts and the check of
    /// the search index. Cancelling the task lets sources in flight finish and starts no
    /// new work.
    public func runOnce(wait: Bool) async throws(PipelineError) -> RunReport {
        let sources = try sources()
        // Workers on a PostgreSQL archive run at once by design: they share the sources
        // through leases in the database, not through a lock file.
        if configuration.databaseIsServer { return try await run(sources: sources) }
        let lock: RunLock
        do {
            lock = try RunLock(databasePath: configuration.databasePath, wait: wait)
        } catch let busy as RunLock.Busy {
            throw PipelineError(busy.description, kind: .locked)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError("\(error)")
        }
        defer { withExtendedLifetime(lock) {} }
        return try await run(sources: sources)
    }

    /// One monitoring pass over `sources` (no lock: `runOnce` takes it; the demo owns its
    /// archive), then alerts and the index check.
    public func run(sources: [Source]) async throws(PipelineError) -> RunReport {
        let analyzer = try analyzer()
        let archive = try archive(create: true)
        var run = MonitorRun(store: archive, client: client, analyzer: analyzer,
                             maxArticlesPerSource: configuration.maxArticlesPerSource, retry: configuration.retry,
                             respectRobots: configuration.respectRobots, logger: logger("pantau.run"), now: now)
        if let leasing = archive as? any SourceLeasing {
            let host = ProcessInfo.processInfo.hostName
            run.workers = MonitorRun.Workers(leasing: leasing, worker: "\(host):\(getpid())", lease: configuration.workerLease,
                                             round: configuration.workerRound)
        }
        let summary: MonitorRun.Summary
        do { summary = try await run.run(sources: sources) } catch { throw PipelineError(error) }
        var report = RunReport(summary: summary, alerts: nil, alertError: nil, indexNeedsRebuild: false)
        if configuration.alerts.isEnabled {
            let dispatcher = AlertDispatcher(store: archive, settings: configuration.alerts, client: alertClient,
                                             logger: logger("pantau.alerts"))
            do {
                report.alerts = try await dispatcher.dispatch(now: now())
            } catch {
                report.alertError = error.message
            }
        }
        report.indexNeedsRebuild = (try? archive.indexNeedsRebuild()) == true
        return report
    }
}
