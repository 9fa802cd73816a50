import Foundation

/// The Indonesian tone lexicon and its rule lists, loaded from a `Lexicons/` folder.
///
/// Files (see `Lexicons/README.md`): `general.tsv` and `domain.tsv` (`term<TAB>weight`,
/// −5…+5; domain entries override general ones), `negators.txt`, `intensifiers.tsv`
/// (`term<TAB>multiplier`), `contrast.txt` (`term<TAB>after|concessive`),
/// `normalization.tsv` (`informal<TAB>formal`). Every `*.tsv` under `custom/` (or the
/// folders passed as `overrides`) is read last and takes precedence. Immutable once loaded.
public struct Lexicon: Sendable {
    /// Single-word entries by lower-case term.
    public private(set) var words: [String: Double] = [:]
    /// Multi-word entries, grouped by their first word, longest first.
    public private(set) var phrases: [String: [Phrase]] = [:]
    public private(set) var negators: Set<String> = []
    public private(set) var intensifiers: [String: Double] = [:]
    public private(set) var contrastAfter: Set<String> = []
    public private(set) var contrastConcessive: Set<String> = []
    public private(set) var normalization: [String: String] = [:]
    /// Frame words by role name (`prevention`, `capture`, `agent`, …), from `frames.tsv`;
    /// see that file for what each role does.
    public private(set) var frames: [String: Set<String>] = [:]
    /// The roles of each single-word frame term (the analyzer's lookup).
    public private(set) var frameRoles: [String: FrameRoles] = [:]
    /// Incident roots with their class and severity (`incidents.tsv`): what makes a
    /// negative story a crisis (an escape or a riot) rather than bad press.
    public private(set) var incidents: [String: (kind: String, severity: Int)] = [:]
    /// Words without tone that the stemmer must leave alone (`neutral.txt`).
    public private(set) var neutralWords: Set<String> = []
    /// Direction words (`naik` +1, `turun` −1) from `quantities.tsv`.
    public private(set) var directions: [String: Double] = [:]
    /// Quantities whose increase is good (+1) or bad (−1), by first word, longest first.
    public private(set) var quantities: [String: [(words: [String], polarity: Double)]] = [:]
    /// Multi-word negators, intensifiers and contrast markers, by first word, longest
    /// first: the analyzer joins them into one token before scoring.
    public private(set) var multiwordMarkers: [String: [[String]]] = [:]
    /// Multi-word frame terms by first word, longest first; matched in place (not joined,
    /// so lexicon phrases that contain them still match).
    public private(set) var multiwordFrames: [String: [(words: [String], roles: FrameRoles)]] = [:]
    /// A short fingerprint of the loaded files, stored with every score so a lexicon change
    /// can trigger a rescore.
    public private(set) var version: String = "empty"

    public struct Phrase: Sendable, Equatable {
        public var words: [String]
        public var weight: Double
        public var text: String { words.joined(separator: " ") }
    }

    public init() {}

    /// Entries given in code (tests, tools).
    public init(words: [String: Double], negators: Set<String> = [], intensifiers: [String: Double] = [:],
                contrastAfter: Set<String> = [], contrastConcessive: Set<String> = [], frames: [String: Set<String>] = [:]) {
        for (term, weight) in words { add(term: term, weight: weight) }
        self.negators = negators
        self.intensifiers = intensifiers
        self.contrastAfter = contrastAfter
        self.contrastConcessive = contrastConcessive
        self.frames = frames
        sortPhrases()
    }

    /// Loads the folder `directory`, then each override folder in order.
    public static func load(from directory: URL, overrides: [URL] = []) throws(LexiconError) -> Lexicon {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconError(file: directory.path, message: "folder leksikon tidak ditemukan (pakai --lexicons DIR)")
        }
        var lexicon = Lexicon()
        var fingerprint = Hasher.Stable()
        func read(_ name: String, required: Bool) throws(LexiconError) -> [(line: Int, fields: [String])]? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if required { throw LexiconError(file: url.path, message: "berkas leksikon tidak ada") }
                return nil
            }
            let rows = try rowsOf(url)
            fingerprint.combine(name)
            for row in rows { fingerprint.combine(row.fields.joined(separator: "\t")) }
            return rows
        }
        for name in ["general.tsv", "domain.tsv"] {
            guard let rows = try read(name, required: name == "general.tsv") else { continue }
            try lexicon.addWeighted(rows, file: directory.appendingPathComponent(name).path)
        }
        if let rows = try read("neutral.txt", required: false) {
            for row in rows { lexicon.neutralWords.insert(row.fields[0]) }
        }
        if let rows = try read("negators.txt", required: false) {
            for row in rows { lexicon.negators.insert(row.fields[0]) }
        }
        if let rows = try read("intensifiers.tsv", required: false) {
            for row in rows {
                guard row.fields.count >= 2, let m = Double(row.fields[1]), m > 0, m <= 3 else {
                    throw LexiconError(file: directory.appendingPathComponent("intensifiers.tsv").path, line: row.line,
                                       message: "pengali harus angka 0…3")
                }
                lexicon.intensifiers[row.fields[0]] = m
            }
        }
        if let rows = try read("contrast.txt", required: false) {
            for row in rows {
                let kind = row.fields.count >= 2 ? row.fields[1] : "after"
                switch kind {
                case "after": lexicon.contrastAfter.insert(row.fields[0])
                case "concessive": lexicon.contrastConcessive.insert(row.fields[0])
                default:
                    throw LexiconError(file: directory.appendingPathComponent("contrast.txt").path, line: row.line,
                                       message: "jenis kontras harus 'after' atau 'concessive', bukan '\(kind)'")
                }
            }
        }
        if let rows = try read("frames.tsv", required: false) {
            for row in rows {
                guard row.fields.count >= 2, FrameRoles.named(row.fields[1]) != nil else {
                    throw LexiconError(file: directory.appendingPathComponent("frames.tsv").path, line: row.line,
                                       message: "peran harus salah satu dari \(FrameRoles.names.map(\.name).joined(separator: ", "))")
                }
                lexicon.frames[row.fields[1], default: []].insert(row.fields[0].lowercased())
            }
        }
        if let rows = try read("incidents.tsv", required: false) {
            for row in rows {
                guard row.fields.count >= 3, let severity = Int(row.fields[2]), (1...3).contains(severity) else {
                    throw LexiconError(file: directory.appendingPathComponent("incidents.tsv").path, line: row.line,
                                       message: "baris harus akar<TAB>jenis<TAB>keparahan (1…3)")
                }
                lexicon.incidents[row.fields[0]] = (row.fields[1], severity)
            }
        }
        if let rows = try read("quantities.tsv", required: false) {
            for row in rows {
                let role = row.fields.count >= 2 ? row.fields[1] : ""
                switch role {
                case "up": lexicon.directions[row.fields[0]] = 1
                case "down": lexicon.directions[row.fields[0]] = -1
                case "good", "bad":
                    let words = row.fields[0].split(separator: " ").map(String.init)
                    lexicon.quantities[words[0], default: []].append((words, role == "good" ? 1 : -1))
                default:
                    throw LexiconError(file: directory.appendingPathComponent("quantities.tsv").path, line: row.line,
                                       message: "peran harus up, down, good atau bad, bukan '\(role)'")
                }
            }
            for key in lexicon.quantities.keys { lexicon.quantities[key]?.sort { $0.words.count > $1.words.count } }
        }
        if let rows = try read("normalization.tsv", required: false) {
            for row in rows where row.fields.count >= 2 { lexicon.normalization[row.fields[0]] = row.fields[1] }
        }
        var extraFolders = [directory.appendingPathComponent("custom")]
        extraFolders.append(contentsOf: overrides)
        for folder in extraFolders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in files.sorted() where name.hasSuffix(".tsv") {
                let url = folder.appendingPathComponent(name)
                let rows = try rowsOf(url)
                fingerprint.combine(name)
                for row in rows { fingerprint.combine(row.fields.joined(separator: "\t")) }
                try lexicon.addWeighted(rows, file: url.path)
            }
        }
        lexicon.sortPhrases()
        lexicon.version = fingerprint.hex
        return lexicon
    }

    /// Rows of a TSV/list file: comments (`#`) and blank lines skipped, fields split on TAB.
    static func rowsOf(_ url: URL) throws(LexiconError) -> [(line: Int, fields: [String])] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(file: url.path, message: "tidak bisa dibaca")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: url.path, message: "bukan teks UTF-8")
        }
        var rows: [(Int, [String])] = []
        func trim(_ s: Substring) -> String {
            var t = s
            while let f = t.first, f == " " || f == "\r" { t = t.dropFirst() }
            while let l = t.last, l == " " || l == "\r" { t = t.dropLast() }
            return String(t)
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = trim(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            rows.append((index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(trim)))
        }
        return rows
    }

    private mutating func addWeighted(_ rows: [(line: Int, fields: [String])], file: String) throws(LexiconError) {
        for row in rows {
            guard row.fields.count >= 2 else {
                throw LexiconError(file: file, line: row.line, message: "baris harus 'istilah<TAB>bobot'")
            }
            guard let weight = Double(row.fields[1]), weight >= -5, weight <= 5 else {
                throw LexiconError(file: file, line: row.line, message: "bobot '\(row.fields[1])' bukan angka −5…+5")
            }
            add(term: row.fields[0].lowercased(), weight: weight)
        }
    }

    private mutating func add(term: String, weight: Double) {
        let parts = Tokenizer.words(term).map(\.text)
        guard !parts.isEmpty else { return }
        if parts.count == 1 {
            words[parts[0]] = weight
        } else {
            var list = phrases[parts[0], default: []]
            list.removeAll { $0.words == parts }
            list.append(Phrase(words: parts, weight: weight))
            phrases[parts[0]] = list
        }
    }

    private mutating func sortPhrases() {
        for key in phrases.keys { phrases[key]?.sort { $0.words.count > $1.words.count } }
        var markers: [String: [[String]]] = [:]
        let all = negators.union(intensifiers.keys).union(contrastAfter).union(contrastConcessive)
        for term in all {
            let parts = term.split(separator: " ").map(String.init)
            if parts.count > 1 { markers[parts[0], default: []].append(parts) }
        }
        for key in markers.keys { markers[key]?.sort { $0.count > $1.count } }
        multiwordMarkers = markers
        var single: [String: FrameRoles] = [:]
        var sequences: [[String]: FrameRoles] = [:]
        for (name, terms) in frames {
            guard let role = FrameRoles.named(name) else { continue }
            for term in terms {
                let parts = Tokenizer.words(term).map(\.text)
                if parts.count == 1 { single[parts[0], default: []].insert(role) }
                if parts.count > 1 { sequences[parts, default: []].insert(role) }
            }
        }
        var frameSequences: [String: [(words: [String], roles: FrameRoles)]] = [:]
        for (words, roles) in sequences { frameSequences[words[0], default: []].append((words, roles)) }
        for key in frameSequences.keys { frameSequences[key]?.sort { $0.words.count > $1.words.count } }
        frameRoles = single
        multiwordFrames = frameSequences
    }

    /// Whether `term` (a word or a phrase) has frame role `role` (a `frames.tsv` name).
    public func hasRole(_ role: String, _ term: String) -> Bool { frames[role]?.contains(term) ?? false }

    /// Whether `word` is a lexicon entry or the first word of a phrase (the stemmer's guide).
    public func knows(_ word: String) -> Bool { words[word] != nil || phrases[word] != nil }
}

extension Hasher {
    /// FNV-1a over strings: stable across processes (Swift's `Hasher` is seeded per run).
    struct Stable {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func combine(_ s: String) {
            for byte in s.utf8 {
                state ^= UInt64(byte)
                state = state &* 0x100_0000_01b3
            }
            state ^= 0x0A
            state = state &* 0x100_0000_01b3
        }

        var hex: String { String(state, radix: 16) }
    }
}
