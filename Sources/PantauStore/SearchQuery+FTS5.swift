import PantauCore

/// The SQLite FTS5 MATCH expression of a query: every term quoted, so FTS5 syntax typed
/// inside a term is plain text.
extension SearchQuery {
    /// A word, or a prefix: the index holds roots ("pembinaan" as "bina"), so a prefix
    /// also matches its root as a word ("pembina*" finds "bina": the words that begin with
    /// "pembina" are its derived forms), except inside NEAR, which takes no OR. The root
    /// as a word, not a prefix: "bina*" would also match "binatang", and FTS5 gathers
    /// every document of a prefix before answering (100 ms for a common root at a million
    /// articles).
    static func termExpression(_ word: String, prefix: Bool, alternatives: Bool) -> String {
        guard prefix else { return quote(word) }
        let root = Stemmer.root(word)
        if alternatives, root != word, root.utf8.count >= 3 {
            // The tokenizer stems a query word again: a root that is not its own root
            // ("belajar" → "lajar") goes in as a prefix, which is matched as written.
            let alternative = Stemmer.root(root) == root ? quote(root) : quote(root) + " *"
            return "(" + quote(word) + " * OR " + alternative + ")"
        }
        return quote(word) + " *"
    }

    /// The FTS5 MATCH expression.
    public func ftsExpression() throws(ParseError) -> String {
        switch self {
        case .near(let parts, let distance):
            var inner: [String] = []
            for part in parts {
                switch part {
                case .term(let word, let prefix): inner.append(Self.termExpression(word, prefix: prefix, alternatives: false))
                case .phrase: inner.append(try part.ftsExpression())
                default: throw ParseError(position: 1, message: "NEAR hanya menerima kata atau frasa")
                }
            }
            return "NEAR(" + inner.joined(separator: " ") + ", \(distance))"
        case .column(let name, let inner):
            return name + " : " + (try inner.ftsExpression())
        case .filter:
            throw ParseError(position: 1, message: "filter source:/tone:/target: hanya boleh di tingkat atas (digabung dengan AND)")
        case .term(let word, let prefix):
            return Self.termExpression(word, prefix: prefix, alternatives: true)
        case .phrase(let words):
            return Self.quote(words.joined(separator: " "))
        case .or(let parts):
            var out: [String] = []
            for part in parts {
                if case .not = part { throw ParseError(position: 1, message: "NOT tidak bisa berdiri sendiri dalam OR") }
                out.append(try part.ftsExpression())
            }
            return "(" + out.joined(separator: " OR ") + ")"
        case .and(let parts):
            var positives: [String] = []
            var negatives: [String] = []
            for part in parts {
                if case .not(let inner) = part { negatives.append(try inner.ftsExpression()) } else { positives.append(try part.ftsExpression()) }
            }
            guard !positives.isEmpty else {
                throw ParseError(position: 1, message: "kueri butuh setidaknya satu istilah yang dicari, bukan hanya NOT")
            }
            var expr = "(" + positives.joined(separator: " AND ") + ")"
            for n in negatives { expr = "(" + expr + " NOT " + n + ")" }
            return expr
        case .not:
            throw ParseError(position: 1, message: "kueri butuh setidaknya satu istilah yang dicari, bukan hanya NOT")
        }
    }

    static func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
