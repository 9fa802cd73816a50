import ArgumentParser
import Foundation
import Logging

/// Logs go to stderr; stdout carries only results. swift-log allows one bootstrap per
/// process, hence the `static let`.
private let loggingBootstrapped: Bool = {
    LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
    return true
}()

private func bootstrapLogging() { _ = loggingBootstrapped }

/// Runs `pantau` with `arguments` and returns the exit code: errors become one line on
/// stderr (`pantau: …`), usage errors exit 2.
public enum PantauEntry {
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Int32 {
        bootstrapLogging()
        do {
            var command = try Pantau.parseAsRoot(arguments)
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
            return 0
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("pantau: \(error.message)\n".utf8))
            return error.code.rawValue
        } catch {
            let code = Pantau.exitCode(for: error)
            if code == .success {
                // --help and --version print to stdout.
                print(Pantau.fullMessage(for: error))
                return 0
            }
            let message = Pantau.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
            FileHandle.standardError.write(Data("pantau: \(firstLine)\n".utf8))
            if code == .validationFailure {
                FileHandle.standardError.write(Data("Lihat `pantau --help`.\n".utf8))
                return CLIError.Code.usage.rawValue
            }
            return code.rawValue
        }
    }
}
