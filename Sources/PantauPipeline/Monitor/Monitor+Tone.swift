import Foundation
import PantauCore
import PantauSentiment

/// Tone scoring and the lexicon's check.
extension Monitor {
    /// The tone of a text (with its headline when known), with the evidence.
    public func score(title: String? = nil, text: String) throws(PipelineError) -> ToneResult {
        try analyzer().analyze(title: title, text: text)
    }

    /// A scorer for many texts: the analyzer is loaded once.
    public func scorer() throws(PipelineError) -> @Sendable (_ title: String?, _ text: String) -> ToneResult {
        let analyzer = try analyzer()
        return { title, text in analyzer.analyze(title: title, text: text) }
    }

    /// One finding of the lexicon check.
    public struct LexiconFinding: Sendable, CustomStringConvertible {
        public var isError: Bool
        public var description: String
    }

    /// Duplicates, conflicts, bad weights and unreachable entries in the lexicon folder
    /// (and `userDirectories`, read last); the lexicon must load first.
    public func checkLexicon(userDirectories: [String] = []) throws(PipelineError) -> [LexiconFinding] {
        let directory = URL(fileURLWithPath: configuration.lexiconsPath)
        _ = try analyzer()
        return LexiconChecker().check(directory: directory, overrides: userDirectories.map { URL(fileURLWithPath: $0) })
            .map { LexiconFinding(isError: $0.severity == .error, description: $0.description) }
    }
}
