import ArgumentParser
import Foundation
import PantauPipeline

/// `pantau reindex`: rebuild the search index with this Pantau's stemmer.
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Bangun ulang indeks pencarian (setelah stemmer berubah).",
        discussion: """
        Indeks memakai tokenizer Pantau (akar kata Indonesia), jadi shell sqlite3 biasa tidak
        bisa mencarinya. `pantau run` memberi tahu bila reindex diperlukan.

        Contoh:
          pantau reindex
        """)

    @ParentCommand var root: Pantau

    func run() async throws {
        do {
            let count = try CLIContext(root).monitor.reindex()
            print("Indeks dibangun ulang: \(count) artikel.")
        } catch let error as PipelineError {
            throw CLIError(error)
        }
    }
}
