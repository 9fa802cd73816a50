import ArgumentParser
import Foundation

/// The `pantau` command: media monitoring for the Humas teams of the correctional service.
///
/// Global options live here, on the root, and subcommands read them with `@ParentCommand`,
/// so they are accepted both before and after the subcommand name.
public struct Pantau: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pantau",
        abstract: "Pemantauan media untuk Humas Pemasyarakatan.",
        discussion: """
        Contoh:
          pantau demo                                  # coba dengan situs contoh di 127.0.0.1
          pantau init                                  # tulis pantau.toml bawaan
          pantau run                                   # satu putaran pemantauan atas Feeds/*.opml
          pantau digest --date 2026-11-29              # ringkasan harian ke Reports/2026/
          pantau search '"lapas serang" AND kabur' --since 7d --tone negative
          echo "Napi kabur dari lapas" | pantau score
          pantau serve                                 # tampilan web di http://127.0.0.1:8080/
        """,
        version: PantauVersion.string,
        subcommands: [
            InitCommand.self, RunCommand.self, DigestCommand.self, SearchCommand.self, ScoreCommand.self,
            FeedsCommand.self, ExtractCommand.self, LexiconCommand.self, LabelCommand.self, RespondCommand.self,
            StatusCommand.self, PruneCommand.self, RescoreCommand.self, ReindexCommand.self, AlertsCommand.self, BackupCommand.self, DemoCommand.self,
            ServeCommand.self, UsersCommand.self,
        ])

    @Option(name: .customLong("config"), help: ArgumentHelp("Berkas konfigurasi (bawaan: ./pantau.toml).", valueName: "PATH"))
    public var configPath: String?

    @Option(name: .customLong("database"), help: ArgumentHelp("Basis data SQLite (bawaan: ./pantau.sqlite).", valueName: "PATH"))
    public var databasePath: String?

    @Option(name: .customLong("lexicons"), help: ArgumentHelp("Folder leksikon (bawaan: ./Lexicons).", valueName: "DIR"))
    public var lexiconsPath: String?

    @Option(name: .customLong("feeds"), help: ArgumentHelp("Folder sumber OPML (bawaan: ./Feeds).", valueName: "DIR"))
    public var feedsPath: String?

    @Flag(name: .customLong("verbose"), help: "Catatan rinci ke stderr.")
    public var verbose = false

    public init() {}
}

/// The version printed by `pantau --version`.
public enum PantauVersion {
    public static let string = "0.1.0"
}
