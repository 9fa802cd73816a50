import ArgumentParser
import Foundation
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
        let monitor = try CLIContext(root).monitor
        let wait = self.wait
        let task = Task { try await monitor.runOnce(wait: wait) }
        stop.onStop { task.cancel() }
        let report: Monitor.RunReport
        do { report = try await task.value } catch let error as PipelineError { throw CLIError(error) }
        let summary = report.summary
        let seconds = summary.finishedAt.timeIntervalSince(summary.startedAt)
        print("Putaran #\(summary.runID): \(summary.sourcesOK) sumber berhasil, \(summary.sourcesFailed) gagal, "
              + "\(summary.articlesNew) artikel baru (\(String(format: "%.1f", seconds)) dtk).")
        if summary.sourcesSkipped > 0 { print("  \(summary.sourcesSkipped) sumber sudah diambil pekerja lain pada putaran ini.") }
        for outcome in summary.outcomes {
            if let error = outcome.error { print("  gagal: \(outcome.source.title) — \(error)") }
        }
        if let sent = report.alerts, sent.sent + sent.failed > 0 {
            print("Peringatan: \(sent.sent) terkirim, \(sent.failed) gagal (dicoba lagi pada putaran berikutnya).")
        }
        if let error = report.alertError { print("Peringatan tidak terkirim: \(error)") }
        if report.indexNeedsRebuild {
            print("Catatan: indeks pencarian dibuat dengan stemmer lama; jalankan `pantau reindex`.")
        }
        if summary.sourcesFailed > 0 { throw CLIError(PipelineError("\(summary.sourcesFailed) sumber gagal", kind: .sourcesFailed)) }
    }
}
