import Foundation
import Logging
import PantauCore
import PantauPipeline
import PantauSentiment
import PantauStore

/// Settings resolved for one command: flags over environment over file over defaults.
struct CLIContext {
    var configuration: Configuration

    init(_ root: Pantau) throws(CLIError) {
        do {
            configuration = try Configuration.load(explicitPath: root.configPath)
        } catch {
            throw CLIError(error.description, code: .configuration)
        }
        for notice in configuration.notices {
            FileHandle.standardError.write(Data("pantau: \(notice)\n".utf8))
        }
        if let v = root.databasePath { configuration.databasePath = v }
        if let v = root.lexiconsPath { configuration.lexiconsPath = v }
        if let v = root.feedsPath { configuration.feedsPath = v }
    }

    /// Opens the archive; read-only commands never create one.
    func openStore(create: Bool) throws(CLIError) -> ArchiveStore {
        do {
            return try ArchiveStore(path: configuration.databasePath, create: create)
        } catch {
            throw CLIError(error.message)
        }
    }

    func loadLexicon() throws(CLIError) -> Lexicon {
        do {
            return try Lexicon.load(from: URL(fileURLWithPath: configuration.lexiconsPath))
        } catch {
            throw CLIError(error.description, code: .configuration)
        }
    }

    func analyzer() throws(CLIError) -> ToneAnalyzer {
        ToneAnalyzer(lexicon: try loadLexicon(), watchList: configuration.watchList, morphology: Self.morphology())
    }

    /// The hunspell dictionary, or nil with one warning on stderr when it is not installed.
    static func morphology() -> HunspellDictionary? {
        if let dictionary = HunspellDictionary() { return dictionary }
        FileHandle.standardError.write(Data("pantau: kamus hunspell-id tidak ada di \(HunspellDictionary.defaultPath).dic; memakai stemmer bawaan saja\n".utf8))
        return nil
    }

    func logger(_ label: String, verbose: Bool) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = verbose ? .info : .warning
        return logger
    }
}

/// A command failure: one line for stderr and the exit code cron and systemd act on.
public struct CLIError: Error, CustomStringConvertible {
    /// Exit codes, documented in docs/operations.md.
    public enum Code: Int32, Sendable {
        case failure = 1
        case usage = 2
        case sourcesFailed = 3
        case locked = 75
        case configuration = 78
    }

    public var message: String
    public var code: Code

    public init(_ message: String, code: Code = .failure) {
        self.message = message
        self.code = code
    }

    public var description: String { message }
}

/// Terminal helpers: colour only when stdout is a terminal.
enum Terminal {
    static var isTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    static func bold(_ s: String) -> String { isTTY ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func red(_ s: String) -> String { isTTY ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    static func green(_ s: String) -> String { isTTY ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
    static func highlight(_ s: String) -> String { isTTY ? "\u{1B}[1;33m\(s)\u{1B}[0m" : "[\(s)]" }

    static func label(_ label: ToneLabel) -> String {
        switch label {
        case .negative: red(label.indonesian.uppercased())
        case .positive: green(label.indonesian.uppercased())
        case .neutral: label.indonesian.uppercased()
        }
    }
}
