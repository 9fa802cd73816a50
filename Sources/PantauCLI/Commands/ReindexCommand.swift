import ArgumentParser
import Foundation

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
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        do {
            let count = try store.rebuildIndex()
            print("Indeks dibangun ulang: \(count) artikel.")
        } catch {
            throw CLIError(error.message)
        }
    }
}
