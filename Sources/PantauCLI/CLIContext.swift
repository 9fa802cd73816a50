import Foundation
import Logging
import PantauCore
import PantauPipeline

/// Settings resolved for one command (flags over environment over file over defaults),
/// and the `Monitor` built from them.
struct CLIContext {
    let monitor: Monitor
    var configuration: Configuration { monitor.configuration }

    init(_ root: Pantau) throws(CLIError) {
        var configuration: Configuration
        do {
            configuration = try Configuration.load(explicitPath: root.configPath)
        } catch {
            throw CLIError(PipelineError(error))
        }
        for notice in configuration.notices {
            FileHandle.standardError.write(Data("pantau: \(notice)\n".utf8))
        }
        if let v = root.databasePath { configuration.databasePath = v }
        if let v = root.lexiconsPath { configuration.lexiconsPath = v }
        if let v = root.feedsPath { configuration.feedsPath = v }
        var logger = Logger(label: "pantau")
        logger.logLevel = root.verbose ? .info : .warning
        monitor = Monitor(configuration: configuration, logger: logger)
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

    /// The exit code of a pipeline failure comes from its kind.
    public init(_ error: PipelineError) {
        let code: Code = switch error.kind {
        case .failure, .notFound, .conflict, .forbidden: .failure
        case .usage: .usage
        // Another writer held the archive: a temporary failure, as a held run lock.
        case .busy: .locked
        case .sourcesFailed: .sourcesFailed
        case .locked: .locked
        case .configuration: .configuration
        }
        self.init(error.message, code: code)
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
