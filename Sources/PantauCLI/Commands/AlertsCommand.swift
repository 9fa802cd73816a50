import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline

/// `pantau alerts`: test the alert channels and read the record of alerts sent.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Uji saluran peringatan dan lihat catatan peringatan.",
        discussion: """
        Peringatan dikirim oleh `pantau run` saat sebuah cerita melewati ambang prioritas
        ([alerts] di pantau.toml), sekali per cerita dan saluran.

        Contoh:
          pantau alerts test
          pantau alerts list --limit 20
        """,
        subcommands: [AlertsTestCommand.self, AlertsListCommand.self])
}

struct AlertsTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Kirim pesan uji ke setiap saluran yang diatur.")

    @ParentCommand var root: Pantau

    func run() async throws {
        let monitor = try CLIContext(root).monitor
        let results: [(channel: String, error: String?)]
        do { results = try await monitor.testAlerts() } catch { throw CLIError(error) }
        var failed = 0
        for r in results {
            if let error = r.error {
                print("\(r.channel): GAGAL — \(error)")
                failed += 1
            } else {
                print("\(r.channel): terkirim")
            }
        }
        if failed > 0 { throw CLIError("\(failed) saluran gagal") }
    }
}

struct AlertsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Tampilkan peringatan terakhir (terbaru dahulu).")

    @ParentCommand var root: Pantau

    @Option(help: "Jumlah baris.") var limit = 30

    func run() async throws {
        let records: [AlertRecord]
        do { records = try CLIContext(root).monitor.alerts(limit: max(1, limit)) } catch let error as PipelineError { throw CLIError(error) }
        if records.isEmpty { print("Belum ada peringatan."); return }
        for r in records {
            let first = r.message.split(separator: "\n").dropFirst().first.map(String.init) ?? r.message
            print("\(JakartaTime.dayString(r.createdAt)) \(JakartaTime.timeString(r.createdAt)) \(r.channel) \(r.status) ×\(r.attempts) \(r.key) — \(first.prefix(90))"
                  + (r.error.map { " [\($0)]" } ?? ""))
        }
    }
}
