import ArgumentParser
import Foundation
import PantauCore
import PantauFeeds
import PantauFetch
import PantauPipeline

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

    func run() async throws {
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
            summary = try await run.run(sources: sources)
        } catch {
            throw CLIError(error.message)
        }
        let seconds = summary.finishedAt.timeIntervalSince(summary.startedAt)
        print("Putaran #\(summary.runID): \(summary.sourcesOK) sumber berhasil, \(summary.sourcesFailed) gagal, "
              + "\(summary.articlesNew) artikel baru (\(String(format: "%.1f", seconds)) dtk).")
        for outcome in summary.outcomes {
            if let error = outcome.error { print("  gagal: \(outcome.source.title) — \(error)") }
        }
        if (try? store.indexNeedsRebuild()) == true {
            print("Catatan: indeks pencarian dibuat dengan stemmer lama; jalankan `pantau reindex`.")
        }
        if summary.sourcesFailed > 0 { throw CLIError("\(summary.sourcesFailed) sumber gagal", code: .sourcesFailed) }
    }
}
