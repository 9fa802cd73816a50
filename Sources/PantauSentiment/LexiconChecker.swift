import Foundation

/// Finds problems in a lexicon folder that loading alone does not: duplicates, conflicting
/// signs across files, bad weights, and entries the scorer can never reach.
public struct LexiconChecker: Sendable {
    public init() {}

    /// One finding, with the place it was found.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public enum Severity: String, Sendable { case error, warning }
        public var severity: Severity
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(severity == .error ? "galat" : "peringatan"): \(message)" }
    }

    /// Checks `directory` and the user folders in `overrides` (read after it, so their
    /// entries take precedence; an override that changes a sign is reported as a warning).
    public func check(directory: URL, overrides: [URL] = []) -> [Finding] {
        var findings: [Finding] = []
        var weightFiles: [URL] = ["general.tsv", "domain.tsv"].map { directory.appendingPathComponent($0) }
        for folder in [directory.appendingPathComponent("custom")] + overrides {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            weightFiles += names.sorted().filter { $0.hasSuffix(".tsv") }.map { folder.appendingPathComponent($0) }
        }
        let normalization = Self.pairs(directory.appendingPathComponent("normalization.tsv"))
        let rules = Set(["negators.txt", "intensifiers.tsv", "contrast.txt"].flatMap {
            Self.pairs(directory.appendingPathComponent($0)).map(\.key)
        })
        // term → (file, line, weight) of its first definition.
        var defined: [String: (file: String, line: Int, weight: Double)] = [:]
        for url in weightFiles where FileManager.default.fileExists(atPath: url.path) {
            let file = url.relativePath
            var seenHere: [String: Int] = [:]
            guard let rows = try? Lexicon.rowsOf(url) else {
                findings.append(Finding(severity: .error, file: file, line: 1, message: "berkas tidak bisa dibaca sebagai UTF-8"))
                continue
            }
            for row in rows {
                guard row.fields.count == 2 else {
                    findings.append(Finding(severity: .error, file: file, line: row.line, message: "baris harus tepat 'istilah<TAB>bobot'"))
                    continue
                }
                let term = row.fields[0]
                guard let weight = Double(row.fields[1]), weight >= -5, weight <= 5, weight != 0 else {
                    findings.append(Finding(severity: .error, file: file, line: row.line,
                                            message: "bobot '\(row.fields[1])' untuk '\(term)' harus angka −5…+5 selain 0"))
                    continue
                }
                if term != term.lowercased() {
                    findings.append(Finding(severity: .warning, file: file, line: row.line, message: "'\(term)' tidak huruf kecil; dicocokkan sebagai '\(term.lowercased())'"))
                }
                if let first = seenHere[term] {
                    findings.append(Finding(severity: .error, file: file, line: row.line, message: "'\(term)' ganda (pertama di baris \(first))"))
                } else {
                    seenHere[term] = row.line
                }
                if let earlier = defined[term], earlier.file != file {
                    if (earlier.weight < 0) != (weight < 0) {
                        findings.append(Finding(severity: .warning, file: file, line: row.line,
                                                message: "'\(term)' \(Int(weight)) bertentangan dengan \(Int(earlier.weight)) di \(earlier.file):\(earlier.line); yang ini berlaku"))
                    } else if earlier.weight == weight {
                        findings.append(Finding(severity: .warning, file: file, line: row.line,
                                                message: "'\(term)' sudah ada dengan bobot sama di \(earlier.file):\(earlier.line)"))
                    }
                } else if defined[term] == nil {
                    defined[term] = (file, row.line, weight)
                }
                // Unreachable: a word the normaliser rewrites before lookup, or a word the
                // tokenizer splits differently from how the entry is written.
                let words = Tokenizer.words(term).map(\.text)
                if words.joined(separator: " ") != term.lowercased().split(separator: " ").joined(separator: " ") {
                    findings.append(Finding(severity: .error, file: file, line: row.line,
                                            message: "'\(term)' tidak terjangkau: teks dipecah menjadi \(words.map { "'\($0)'" }.joined(separator: " "))"))
                }
                for word in words {
                    if let target = normalization[word] {
                        findings.append(Finding(severity: .error, file: file, line: row.line,
                                                message: "'\(term)' tidak terjangkau: '\(word)' selalu dinormalisasi menjadi '\(target)'"))
                    }
                }
                if words.count == 1, rules.contains(words[0]) {
                    findings.append(Finding(severity: .error, file: file, line: row.line,
                                            message: "'\(term)' tidak terjangkau: kata ini dipakai sebagai aturan (negasi/penguat/kontras)"))
                }
            }
        }
        return findings
    }

    /// `key<TAB>value` pairs of a rule file (value empty for one-column files).
    static func pairs(_ url: URL) -> [(key: String, value: String)] {
        guard let rows = try? Lexicon.rowsOf(url) else { return [] }
        return rows.map { ($0.fields[0], $0.fields.count > 1 ? $0.fields[1] : "") }
    }
}

extension Array where Element == (key: String, value: String) {
    subscript(key: String) -> String? { first { $0.key == key }?.value }
}
