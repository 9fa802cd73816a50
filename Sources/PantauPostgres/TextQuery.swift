import PantauCore

/// A search query compiled for PostgreSQL: the `tsquery` over the stored tokens, and its
/// phrases in the order SQLite's FTS5 expression names them (`SearchQuery.ftsExpression`),
/// for relevance ranking and snippets.
///
/// The same semantics as FTS5: every word goes through Pantau's tokenizer (`IndexTokens`),
/// so a word is matched by its root and a quoted phrase by consecutive roots; a prefix
/// (`pembina*`) is matched as typed (folded, not stemmed) or by its root as a word outside
/// NEAR; `title:` keeps a phrase to the title (weight A); `a NEAR/n b` is both within n
/// tokens, in either order. Title and text positions lie 101 apart (see `SearchDocument`),
/// so no phrase or NEAR spans both.
struct TextQuery {
    /// A run of consecutive tokens, the last one a prefix when `prefix`.
    struct Phrase: Equatable {
        var tokens: [String]
        var prefix: Bool
        var titleOnly: Bool
    }

    var tsquery: String
    var phrases: [Phrase]

    /// A token no text yields (not a word byte): a query word without tokens matches nothing,
    /// as FTS5's empty phrase does.
    static let nothing = "-"

    init(_ query: SearchQuery) throws(SearchQuery.ParseError) {
        var tokens = IndexTokens()
        var phrases: [Phrase] = []
        tsquery = try Self.compile(query, titleOnly: false, tokens: &tokens, phrases: &phrases)
        self.phrases = phrases
    }

    private static func compile(_ query: SearchQuery, titleOnly: Bool, tokens: inout IndexTokens,
                                phrases: inout [Phrase]) throws(SearchQuery.ParseError) -> String {
        switch query {
        case .near(let parts, let distance):
            var inner: [Phrase] = []
            for part in parts {
                switch part {
                case .term(let word, let prefix):
                    inner.append(term(word, prefix: prefix, titleOnly: titleOnly, tokens: &tokens))
                case .phrase(let words):
                    inner.append(Phrase(tokens: tokens.tokens(of: words.joined(separator: " ")), prefix: false, titleOnly: titleOnly))
                default:
                    throw SearchQuery.ParseError(position: 1, message: "NEAR hanya menerima kata atau frasa")
                }
            }
            phrases += inner
            return near(inner, distance: distance)
        case .column(_, let inner):
            return try compile(inner, titleOnly: true, tokens: &tokens, phrases: &phrases)
        case .filter:
            throw SearchQuery.ParseError(position: 1, message: "filter source:/tone:/target: hanya boleh di tingkat atas (digabung dengan AND)")
        case .term(let word, let prefix):
            let first = term(word, prefix: prefix, titleOnly: titleOnly, tokens: &tokens)
            phrases.append(first)
            guard prefix else { return render(first) }
            // The root as a word beside the prefix as typed, as the FTS5 compile does.
            let root = Stemmer.root(word)
            guard root != word, root.utf8.count >= 3 else { return render(first) }
            let alternative = Phrase(tokens: Stemmer.root(root) == root ? tokens.tokens(of: root) : tokens.tokens(of: root, stem: false),
                                     prefix: Stemmer.root(root) != root, titleOnly: titleOnly)
            phrases.append(alternative)
            return "(" + render(first) + " | " + render(alternative) + ")"
        case .phrase(let words):
            let phrase = Phrase(tokens: tokens.tokens(of: words.joined(separator: " ")), prefix: false, titleOnly: titleOnly)
            phrases.append(phrase)
            return render(phrase)
        case .or(let parts):
            var out: [String] = []
            for part in parts {
                if case .not = part { throw SearchQuery.ParseError(position: 1, message: "NOT tidak bisa berdiri sendiri dalam OR") }
                out.append(try compile(part, titleOnly: titleOnly, tokens: &tokens, phrases: &phrases))
            }
            return "(" + out.joined(separator: " | ") + ")"
        case .and(let parts):
            var positives: [String] = []
            var negatives: [String] = []
            // FTS5 lists the positive parts first (`(a AND b) NOT c`): phrases in that order.
            for part in parts {
                if case .not = part { continue }
                positives.append(try compile(part, titleOnly: titleOnly, tokens: &tokens, phrases: &phrases))
            }
            for part in parts {
                if case .not(let inner) = part { negatives.append(try compile(inner, titleOnly: titleOnly, tokens: &tokens, phrases: &phrases)) }
            }
            guard !positives.isEmpty else {
                throw SearchQuery.ParseError(position: 1, message: "kueri butuh setidaknya satu istilah yang dicari, bukan hanya NOT")
            }
            var expression = "(" + positives.joined(separator: " & ") + ")"
            for negative in negatives { expression = "(" + expression + " & !" + negative + ")" }
            return expression
        case .not:
            throw SearchQuery.ParseError(position: 1, message: "kueri butuh setidaknya satu istilah yang dicari, bukan hanya NOT")
        }
    }

    /// A word: its root, or as a prefix its folded form, as the FTS5 tokenizer reads it.
    private static func term(_ word: String, prefix: Bool, titleOnly: Bool, tokens: inout IndexTokens) -> Phrase {
        Phrase(tokens: tokens.tokens(of: word, stem: !prefix), prefix: prefix, titleOnly: titleOnly)
    }

    /// `'a' <-> 'b':*`, with `:A` on every token of a title phrase.
    static func render(_ phrase: Phrase) -> String {
        guard !phrase.tokens.isEmpty else { return lexeme(nothing, prefix: false, titleOnly: false) }
        return "(" + phrase.tokens.enumerated().map { i, token in
            lexeme(token, prefix: phrase.prefix && i == phrase.tokens.count - 1, titleOnly: phrase.titleOnly)
        }.joined(separator: " <-> ") + ")"
    }

    static func lexeme(_ token: String, prefix: Bool, titleOnly: Bool) -> String {
        let quoted = "'" + token.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
        let flags = (prefix ? "*" : "") + (titleOnly ? "A" : "")
        return flags.isEmpty ? quoted : quoted + ":" + flags
    }

    /// Both phrases with at most `distance` tokens between them, in either order: `x <k> y`
    /// holds when y starts k positions after x ends.
    private static func near(_ parts: [Phrase], distance: Int) -> String {
        guard parts.count == 2 else { return "(" + parts.map(render).joined(separator: " & ") + ")" }
        let a = render(parts[0]), b = render(parts[1])
        var options: [String] = []
        for k in 1...(distance + 1) {
            options.append("(" + a + " <\(k)> " + b + ")")
            options.append("(" + b + " <\(k)> " + a + ")")
        }
        return "(" + options.joined(separator: " | ") + ")"
    }
}
