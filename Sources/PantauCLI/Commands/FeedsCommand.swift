import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline

/// `pantau feeds …`: the source list.
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Kelola dan periksa daftar sumber (Feeds/*.opml).",
        subcommands: [FeedsListCommand.self, FeedsCheckCommand.self, FeedsAddCommand.self, FeedsImportCommand.self,
                      FeedsExportCommand.self, FeedsParseCommand.self])
}

/// `pantau feeds list`: the sources Pantau would fetch.
struct FeedsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Tampilkan sumber dari Feeds/*.opml.",
        discussion: """
        Contoh:
          pantau feeds list
          pantau --feeds ./Feeds feeds list
        """)

    @ParentCommand var root: Pantau

    func run() async throws {
        let sources: [Source]
        do { sources = try CLIContext(root).monitor.listSources() } catch let error as PipelineError { throw CLIError(error) }
        for s in sources {
            print("\(s.category.padding(toLength: 10, withPad: " ", startingAt: 0)) tier \(s.tier)  \(s.title)\(s.kind == .sitemap ? " (sitemap)" : "")\n    \(s.feedURL)")
        }
        print("\(sources.count) sumber.")
    }
}
