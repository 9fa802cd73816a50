import Foundation
import Logging
import PantauCore
import PantauFetch
import PantauPostgres
import PantauSentiment
import PantauStore
import Synchronization

/// The one place that runs Pantau: built from a `Configuration`, it owns the HTTP clients,
/// the archive, the tone analyzer and the logger, and offers one method per use case (run
/// once, digest, search, rescore, label, respond, alerts, feeds, extract, status, prune,
/// backup). The CLI and the web view parse their input, call it and print.
///
/// Each part is built on first use, so a use case pays only for what it needs: parsing a
/// feed file or extracting a page opens no archive and loads no lexicon; searching and
/// scoring need neither `Feeds/` nor `pantau.toml`.
public final class Monitor: Sendable {
    public let configuration: Configuration
    public let logger: Logger
    /// The clock of runs and digests (tests and the demo fix it).
    let now: @Sendable () -> Date
    /// One-line notices for the operator (a missing dictionary); the CLI prints them on stderr.
    let notify: @Sendable (String) -> Void
    private let parts: Mutex<Parts>

    /// What is built on first use.
    private struct Parts {
        var archive: (any Archive)?
        var analyzer: ToneAnalyzer?
        var tuning: String?
        var client: HTTPClient?
        var alertClient: HTTPClient?
    }

    /// - Parameters:
    ///   - archive: an archive to use instead of the SQLite file at `databasePath` (another
    ///     backend, or one a test built).
    ///   - notify: where one-line notices go; by default stderr, as `pantau: …`.
    public init(configuration: Configuration, archive: (any Archive)? = nil, logger: Logger = Logger(label: "pantau"),
                now: @escaping @Sendable () -> Date = { Date() },
                notify: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data("pantau: \($0)\n".utf8)) }) {
        self.configuration = configuration
        self.logger = logger
        self.now = now
        self.notify = notify
        parts = Mutex(Parts(archive: archive))
    }

    deinit { shutdown() }

    /// Stops the HTTP clients (transfers in flight fail as cancelled). Idempotent.
    public func shutdown() {
        let clients = parts.withLock { parts -> [HTTPClient] in
            defer { parts.client = nil; parts.alertClient = nil }
            return [parts.client, parts.alertClient].compactMap { $0 }
        }
        for client in clients { client.shutdown() }
    }

    /// A logger for one use case, at the configured level.
    func logger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = self.logger.logLevel
        return logger
    }

    // MARK: Parts

    /// The archive; read-only use cases (`create` false) never create one. The database
    /// setting picks the backend: a `postgresql://` (or `postgres://`) address is a
    /// PostgreSQL server, anything else a SQLite file.
    func archive(create: Bool) throws(PipelineError) -> any Archive {
        let path = configuration.databasePath
        let result: Result<any Archive, ArchiveError> = parts.withLock { parts in
            if let archive = parts.archive { return .success(archive) }
            do throws(ArchiveError) {
                let store: any Archive = PostgresURL.isPostgres(path)
                    ? try PostgresArchive(address: path, create: create)
                    : try ArchiveStore(path: path, create: create)
                parts.archive = store
                return .success(store)
            } catch {
                return .failure(error)
            }
        }
        return try result.get(PipelineError.init)
    }

    /// The tone analyzer: the lexicons, the watch list and hunspell's Indonesian dictionary
    /// when installed (else the built-in stemmer, with one notice).
    func analyzer() throws(PipelineError) -> ToneAnalyzer {
        let configuration = self.configuration
        let notify = self.notify
        let result: Result<ToneAnalyzer, PipelineError> = parts.withLock { parts in
            if let analyzer = parts.analyzer { return .success(analyzer) }
            do throws(LexiconError) {
                let lexicon = try Lexicon.load(from: URL(fileURLWithPath: configuration.lexiconsPath))
                let morphology = HunspellDictionary()
                if morphology == nil {
                    notify("kamus hunspell-id tidak ada di \(HunspellDictionary.defaultPath).dic; memakai stemmer bawaan saja")
                }
                var analyzer = ToneAnalyzer(lexicon: lexicon, watchList: configuration.watchList, morphology: morphology)
                if let tuning = parts.tuning { try analyzer.tuning.apply(tuning) }
                parts.analyzer = analyzer
                return .success(analyzer)
            } catch {
                return .failure(PipelineError(error))
            }
        }
        return try result.get()
    }

    /// The HTTP client for sources and pages, with the configured limits.
    var client: HTTPClient {
        let fetch = configuration.fetch
        return parts.withLock { parts in
            if let client = parts.client { return client }
            let client = HTTPClient(configuration: fetch)
            parts.client = client
            return client
        }
    }

    /// The HTTP client for alerts and the alert test: the operator's own servers may sit on
    /// a private network, so private addresses are allowed.
    var alertClient: HTTPClient {
        var fetch = configuration.fetch
        fetch.refusePrivateAddresses = false
        return parts.withLock { parts in
            if let client = parts.alertClient { return client }
            let client = HTTPClient(configuration: fetch)
            parts.alertClient = client
            return client
        }
    }

    /// Tuning of the tone scorer (`name=value,…`, for evaluations), applied before the
    /// analyzer is first used.
    public func tune(_ spec: String) throws(PipelineError) {
        var probe = ToneAnalyzer.Tuning()
        do { try probe.apply(spec) } catch { throw PipelineError(error.description, kind: .usage) }
        parts.withLock { parts in
            parts.tuning = spec
            parts.analyzer = nil
        }
    }
}

extension Result {
    /// The value, or the failure mapped to a typed error.
    func get<E: Error>(_ transform: (Failure) -> E) throws(E) -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw transform(error)
        }
    }
}
