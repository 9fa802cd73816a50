import ArgumentParser
import Foundation
import PantauStore

/// `pantau backup FILE`: a consistent copy of the archive while Pantau keeps running.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Salin basis data secara utuh (SQLite online backup), juga saat `pantau run` berjalan.",
        discussion: """
        Salinan ditulis ke berkas sementara lalu diganti namanya, jadi FILE tidak pernah
        setengah jadi. Memulihkan: hentikan Pantau, salin FILE ke lokasi basis data.

        Contoh:
          pantau backup /var/backups/pantau/pantau-$(date +%F).sqlite
        """)

    @ParentCommand var root: Pantau

    @Argument(help: ArgumentHelp("Berkas cadangan yang ditulis.", valueName: "FILE"))
    var file: String

    func run() async throws {
        let context = try CLIContext(root)
        let database = URL(fileURLWithPath: context.configuration.databasePath).standardizedFileURL.path
        guard URL(fileURLWithPath: file).standardizedFileURL.path != database else {
            throw CLIError("FILE sama dengan basis data \(database); pilih berkas lain")
        }
        let store = try context.openStore(create: false)
        do {
            try store.backup(to: file)
        } catch {
            throw CLIError(error.message)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print("Cadangan ditulis: \(file) (\(size / 1024) KB, \(try store.articleCount()) artikel).")
    }
}
