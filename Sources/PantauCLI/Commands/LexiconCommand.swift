import ArgumentParser
import Foundation
import PantauPipeline

/// `pantau lexicon …`: the tone lexicon.
struct LexiconCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Periksa leksikon nada.",
        subcommands: [LexiconCheckCommand.self])
}

/// `pantau lexicon check`: duplicates, conflicts, bad weights, unreachable entries.
struct LexiconCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Cari entri ganda, bertentangan, berbobot salah, atau tak terjangkau.",
        discussion: """
        Berkas pengguna di Lexicons/custom/*.tsv (atau --user DIR) dibaca terakhir dan didahulukan.

        Contoh:
          pantau lexicon check
          pantau --lexicons /etc/pantau/Lexicons lexicon check --user ./leksikon-saya
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Folder leksikon pengguna tambahan.", valueName: "DIR"))
    var user: [String] = []

    func run() async throws {
        let findings: [Monitor.LexiconFinding]
        do { findings = try CLIContext(root).monitor.checkLexicon(userDirectories: user) } catch let error as PipelineError {
            throw CLIError(error)
        }
        for finding in findings { print(finding.description) }
        let errors = findings.filter(\.isError).count
        print("\(errors) galat, \(findings.count - errors) peringatan.")
        if errors > 0 { throw CLIError("leksikon punya \(errors) galat", code: .configuration) }
    }
}
