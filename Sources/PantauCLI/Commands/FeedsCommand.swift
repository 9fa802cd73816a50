import ArgumentParser
import Foundation
import PantauCore
import PantauFeeds

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
        let context = try CLIContext(root)
        let sources: [PantauCore.Source]
        do {
            sources = try OPMLReader().sources(inDirectory: URL(fileURLWithPath: context.configuration.feedsPath))
        } catch {
            throw CLIError(error.description, code: .configuration)
        }
        for s in sources {
            print("\(s.category.padding(toLength: 10, withPad: " ", startingAt: 0)) tier \(s.tier)  \(s.title)\(s.kind == .sitemap ? " (sitemap)" : "")\n    \(s.feedURL)")
        }
        print("\(sources.count) sumber.")
    }
}
