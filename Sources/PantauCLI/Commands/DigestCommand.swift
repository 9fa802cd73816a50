import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline

/// `pantau digest`: writes the daily digest as HTML and Markdown under `Reports/`.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Tulis ringkasan harian (HTML dan Markdown) ke Reports/YYYY/.",
        discussion: """
        Sebuah artikel termasuk hari (WIB) saat Pantau pertama kali melihatnya.

        Contoh:
          pantau digest                     # hari ini
          pantau digest --date 2026-11-28
          pantau digest --out /srv/laporan
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Hari yang diringkas, YYYY-MM-DD (bawaan: hari ini, WIB).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Folder laporan (bawaan: Reports).", valueName: "DIR"))
    var out: String?

    func validate() throws {
        if let date, JakartaTime.dayInterval(date) == nil {
            throw ValidationError("tanggal '\(date)' tidak valid; pakai YYYY-MM-DD")
        }
    }

    func run() async throws {
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        let day = date ?? JakartaTime.dayString(Date())
        let writer = DigestWriter(store: store)
        do {
            let digest = try writer.digest(day: day)
            let paths = try writer.write(digest, to: out ?? context.configuration.reportsPath)
            print("Ringkasan \(day): \(digest.total) artikel, \(digest.needsResponse.count) perlu tanggapan.")
            for p in paths { print("  \(p)") }
        } catch {
            throw CLIError(error.message)
        }
    }
}
