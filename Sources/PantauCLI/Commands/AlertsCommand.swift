import ArgumentParser
import Foundation
import PantauFetch
import PantauCore
import PantauPipeline
import PantauStore

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
        let context = try CLIContext(root)
        let settings = context.configuration.alerts
        guard settings.isEnabled else {
            throw CLIError("belum ada saluran peringatan; isi [alerts.telegram], [alerts.webhook] atau [alerts.email] di pantau.toml", code: .configuration)
        }
        let store = try context.openStore(create: true)
        var fetch = context.configuration.fetch
        fetch.refusePrivateAddresses = false
        let client = HTTPClient(configuration: fetch)
        defer { client.shutdown() }
        let results = await AlertDispatcher(store: store, settings: settings, client: client).sendTest()
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
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        let records: [AlertRecord]
        do { records = try store.alerts(limit: max(1, limit)) } catch { throw CLIError(error.message) }
        if records.isEmpty { print("Belum ada peringatan."); return }
        for r in records {
            let first = r.message.split(separator: "\n").dropFirst().first.map(String.init) ?? r.message
            print("\(JakartaTime.dayString(r.createdAt)) \(JakartaTime.timeString(r.createdAt)) \(r.channel) \(r.status) ×\(r.attempts) \(r.key) — \(first.prefix(90))"
                  + (r.error.map { " [\($0)]" } ?? ""))
        }
    }
}
