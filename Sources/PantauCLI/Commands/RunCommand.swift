import ArgumentParser
import Foundation
import PantauCore
import PantauFeeds
import PantauFetch
import PantauPipeline
import PantauStore

/// `pantau run`: one monitoring pass over the sources in `Feeds/*.opml`.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Satu putaran pemantauan atas semua sumber di Feeds/*.opml.",
        discussion: """
        Sumber yang gagal dicatat dan putaran tetap berlanjut. Kode keluar: 0 semua berhasil,
        3 selesai tetapi ada sumber yang gagal, 78 konfigurasi atau daftar sumber salah.

        Contoh:
          pantau run
          pantau run --feeds ./Feeds --database /var/lib/pantau/pantau.sqlite
        """)

    @ParentCommand var root: Pantau

    @Flag(help: "Tunggu bila putaran lain sedang berjalan (bawaan: keluar dengan kode 75).")
    var wait = false

    @Option(help: ArgumentHelp("Ulangi terus setiap selang ini, misalnya 30m atau 1h (tanpa cron).", valueName: "SELANG"))
    var every: String?

    func validate() throws {
        if let every, Self.seconds(every) == nil { throw ValidationError("--every harus seperti 30m, 1h atau 90s") }
    }

    static func seconds(_ text: String) -> Double? {
        guard let unit = text.last, let n = Double(text.dropLast()), n > 0 else { return nil }
        switch unit {
        case "s": return n >= 30 ? n : nil
        case "m": return n * 60
        case "h": return n * 3600
        default: return nil
        }
    }

    func run() async throws {
        let stop = StopSignal.install()
        guard let every, let interval = Self.seconds(every) else {
            try await once(stop: stop)
            return
        }
        // Scheduled mode: one pass, then sleep until the next, until SIGINT/SIGTERM.
        while !stop.requested {
            let started = Date()
            do { try await once(stop: stop) } catch let error as CLIError where error.code == .sourcesFailed || error.code == .locked {
                FileHandle.standardError.write(Data("pantau: \(error.message)\n".utf8))
            }
            while !stop.requested, Date().timeIntervalSince(started) < interval { try? await Task.sleep(for: .milliseconds(500)) }
        }
    }

    /// One monitoring pass under the run lock. A stop signal lets sources in flight finish
    /// (each commits in its own transaction) and starts no new work.
    func once(stop: StopSignal) async throws {
        let context = try CLIContext(root)
        let config = context.configuration
        let sources: [PantauCore.Source]
        do {
            sources = try OPMLReader().sources(inDirectory: URL(fileURLWithPath: config.feedsPath))
        } catch {
            throw CLIError(error.description, code: .configuration)
        }
        guard !sources.isEmpty else {
            throw CLIError("tidak ada sumber di \(config.feedsPath)/*.opml", code: .configuration)
        }
        let lock: RunLock
        do {
            lock = try RunLock(databasePath: config.databasePath, wait: wait)
        } catch let busy as RunLock.Busy {
            throw CLIError(busy.description, code: .locked)
        }
        defer { withExtendedLifetime(lock) {} }
        let analyzer = try context.analyzer()
        let store = try context.openStore(create: true)
        let client = HTTPClient(configuration: config.fetch)
        defer { client.shutdown() }
        let run = MonitorRun(store: store, client: client, analyzer: analyzer,
                             maxArticlesPerSource: config.maxArticlesPerSource, retry: config.retry,
                             respectRobots: config.respectRobots,
                             logger: context.logger("pantau.run", verbose: root.verbose))
        let summary: MonitorRun.Summary
        do {
            let task = Task { try await run.run(sources: sources) }
            stop.onStop { task.cancel() }
            summary = try await task.value
        } catch let error as ArchiveError {
            throw CLIError(error.message)
        }
        let seconds = summary.finishedAt.timeIntervalSince(summary.startedAt)
        print("Putaran #\(summary.runID): \(summary.sourcesOK) sumber berhasil, \(summary.sourcesFailed) gagal, "
              + "\(summary.articlesNew) artikel baru (\(String(format: "%.1f", seconds)) dtk).")
        for outcome in summary.outcomes {
            if let error = outcome.error { print("  gagal: \(outcome.source.title) — \(error)") }
        }
        if config.alerts.isEnabled {
            // Alerts go to the operator's own servers, which may sit on a private network.
            var alertFetch = config.fetch
            alertFetch.refusePrivateAddresses = false
            let alertClient = HTTPClient(configuration: alertFetch)
            defer { alertClient.shutdown() }
            let dispatcher = AlertDispatcher(store: store, settings: config.alerts, client: alertClient,
                                             logger: context.logger("pantau.alerts", verbose: root.verbose))
            do {
                let sent = try await dispatcher.dispatch()
                if sent.sent + sent.failed > 0 {
                    print("Peringatan: \(sent.sent) terkirim, \(sent.failed) gagal (dicoba lagi pada putaran berikutnya).")
                }
            } catch {
                print("Peringatan tidak terkirim: \(error.message)")
            }
        }
        if (try? store.indexNeedsRebuild()) == true {
            print("Catatan: indeks pencarian dibuat dengan stemmer lama; jalankan `pantau reindex`.")
        }
        if summary.sourcesFailed > 0 { throw CLIError("\(summary.sourcesFailed) sumber gagal", code: .sourcesFailed) }
    }
}
