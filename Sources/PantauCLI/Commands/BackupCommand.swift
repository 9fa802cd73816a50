import ArgumentParser
import Foundation
import PantauPipeline

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
        let copy: (bytes: Int, articles: Int)
        do { copy = try CLIContext(root).monitor.backup(to: file) } catch let error as PipelineError { throw CLIError(error) }
        print("Cadangan ditulis: \(file) (\(copy.bytes / 1024) KB, \(copy.articles) artikel).")
    }
}
