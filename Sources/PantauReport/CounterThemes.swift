import Foundation
import PantauCore

/// Which of the institution's own good news answers which kind of bad news, from
/// `Lexicons/themes.tsv`: an escape story is answered by security sweeps, a released
/// inmate reoffending by job training, extortion by integrity awards. Story keywords
/// alone match only rewrites of the same story; themes match a story to its answer.
public struct CounterThemes: Sendable, Equatable {
    /// Root → themes it signals in a negative story, and in a positive one.
    var issueRoots: [String: Set<String>] = [:]
    var answerRoots: [String: Set<String>] = [:]

    public init() {}

    public var isEmpty: Bool { issueRoots.isEmpty }

    /// Reads `theme<TAB>issue|answer<TAB>word` rows; words are matched by their root.
    public static func load(from url: URL) throws(ReportError) -> CounterThemes {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReportError("berkas tema \(url.path) tidak bisa dibaca")
        }
        return try parse(text, file: url.path)
    }

    public static func parse(_ text: String, file: String = "themes.tsv") throws(ReportError) -> CounterThemes {
        var themes = CounterThemes()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3, fields[1] == "issue" || fields[1] == "answer", !fields[2].isEmpty else {
                throw ReportError("\(file):\(n + 1): baris harus tema<TAB>issue|answer<TAB>kata")
            }
            for word in fields[2].lowercased().split(separator: " ") {
                let root = Stemmer.root(String(word))
                if fields[1] == "issue" {
                    themes.issueRoots[root, default: []].insert(fields[0])
                } else {
                    themes.answerRoots[root, default: []].insert(fields[0])
                }
            }
        }
        return themes
    }

    /// The themes a negative story raises, weighted by its keywords' weights.
    func issueThemes(_ keywords: [(term: String, weight: Double)]) -> [String: Double] {
        weigh(keywords, issueRoots)
    }

    /// The themes a positive story answers.
    func answerThemes(_ keywords: [(term: String, weight: Double)]) -> [String: Double] {
        weigh(keywords, answerRoots)
    }

    private func weigh(_ keywords: [(term: String, weight: Double)], _ table: [String: Set<String>]) -> [String: Double] {
        let total = keywords.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return [:] }
        var out: [String: Double] = [:]
        for k in keywords {
            for theme in table[k.term] ?? [] { out[theme, default: 0] += k.weight / total }
        }
        return out
    }
}
