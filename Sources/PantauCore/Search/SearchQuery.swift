import Foundation

/// A news-search query: words, `"exact phrases"`, prefixes (`napi*`), `AND`, `OR`,
/// `NOT`/`-word` and parentheses. Parsed by Pantau; each backend compiles it to its own
/// full-text syntax (SQLite: `SearchQuery.ftsExpression()` in PantauStore).
public indirect enum SearchQuery: Sendable, Equatable {
    case term(String, prefix: Bool)
    case phrase([String])
    case and([SearchQuery])
    case or([SearchQuery])
    case not(SearchQuery)
    /// `a NEAR/5 b`: both within 5 words of each other.
    case near([SearchQuery], distance: Int)
    /// `title:kabur` (a column of the index).
    case column(String, SearchQuery)
    /// `source:detik`, `tone:negative`, `target:"lapas serang"`: filters on stored fields,
    /// allowed at the top level of the query only.
    case filter(field: String, value: String)

    /// A malformed query, with the 1-based character position of the problem.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var position: Int
        public var message: String
        public var description: String { "kueri tidak valid di posisi \(position): \(message)" }

        public init(position: Int, message: String) {
            self.position = position
            self.message = message
        }
    }

    public static func parse(_ text: String) throws(ParseError) -> SearchQuery {
        var parser = QueryParser(text)
        return try parser.parseQuery()
    }

    /// The field filters at the top level, and the query without them (nil when only
    /// filters were given).
    public func splitFilters() throws(ParseError) -> (query: SearchQuery?, filters: [(field: String, value: String)]) {
        switch self {
        case .filter(let field, let value):
            return (nil, [(field, value)])
        case .and(let parts):
            var rest: [SearchQuery] = []
            var filters: [(String, String)] = []
            for part in parts {
                if case .filter(let f, let v) = part { filters.append((f, v)) } else { rest.append(part) }
            }
            if rest.contains(where: { $0.containsFilter() }) {
                throw ParseError(position: 1, message: "filter source:/tone:/target: hanya boleh di tingkat atas (digabung dengan AND)")
            }
            return (rest.isEmpty ? nil : (rest.count == 1 ? rest[0] : .and(rest)), filters)
        default:
            if containsFilter() {
                throw ParseError(position: 1, message: "filter source:/tone:/target: hanya boleh di tingkat atas (digabung dengan AND)")
            }
            return (self, [])
        }
    }

    func containsFilter() -> Bool {
        switch self {
        case .filter: return true
        case .and(let p), .or(let p), .near(let p, _): return p.contains { $0.containsFilter() }
        case .not(let q), .column(_, let q): return q.containsFilter()
        default: return false
        }
    }
}

/// Recursive descent over the query's characters; nesting is capped so a hostile query
/// cannot exhaust the stack.
struct QueryParser {
    private let chars: [Character]
    private var index = 0
    private var depth = 0

    init(_ text: String) { chars = Array(text) }

    private enum Token: Equatable {
        case word(String, prefix: Bool)
        case phrase([String])
        case open, close, and, or, not, minus
        case near(Int)
        case field(String)
    }

    static let fields: Set<String> = ["title", "source", "tone", "target", "judul", "sumber", "nada", "sasaran"]

    mutating func parseQuery() throws(SearchQuery.ParseError) -> SearchQuery {
        skipSpaces()
        guard index < chars.count else { throw error("kueri kosong") }
        let q = try parseOr()
        skipSpaces()
        if index < chars.count {
            throw error(chars[index] == ")" ? "kurung tutup tanpa pasangan" : "sisa kueri tidak dipahami")
        }
        return q
    }

    private mutating func parseOr() throws(SearchQuery.ParseError) -> SearchQuery {
        var parts = [try parseAnd()]
        while case .or? = peekToken() {
            _ = try nextToken()
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(SearchQuery.ParseError) -> SearchQuery {
        var parts = [try parseUnary()]
        while let t = peekToken(), t != .close, t != .or {
            if case .near(let distance) = t {
                _ = try nextToken()
                let right = try parseUnary()
                let left = parts.removeLast()
                parts.append(.near([left, right], distance: distance))
                continue
            }
            if t == .and { _ = try nextToken() }
            parts.append(try parseUnary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseUnary() throws(SearchQuery.ParseError) -> SearchQuery {
        skipSpaces()
        let start = index
        guard let token = try nextToken() else { throw error("istilah diharapkan setelah operator") }
        switch token {
        case .not, .minus:
            return .not(try parseUnary())
        case .open:
            depth += 1
            guard depth <= 50 else { throw error("kurung terlalu dalam") }
            let inner = try parseOr()
            skipSpaces()
            guard index < chars.count, chars[index] == ")" else { throw error("kurung buka tanpa pasangan", at: start) }
            index += 1
            depth -= 1
            return inner
        case .word(let w, let prefix):
            return .term(w, prefix: prefix)
        case .phrase(let words):
            return .phrase(words)
        case .close:
            throw error("kurung tutup tanpa pasangan", at: start)
        case .and, .or, .near:
            throw error("operator tanpa istilah di depannya", at: start)
        case .field(let name):
            let valueStart = index
            guard let value = try nextToken() else { throw error("nilai diharapkan setelah \(name):", at: valueStart) }
            let canonical = ["judul": "title", "sumber": "source", "nada": "tone", "sasaran": "target"][name] ?? name
            if canonical == "title" {
                switch value {
                case .word(let w, let p): return .column("title", .term(w, prefix: p))
                case .phrase(let ws): return .column("title", .phrase(ws))
                default: throw error("title: butuh kata atau frasa", at: valueStart)
                }
            }
            switch value {
            case .word(let w, _): return .filter(field: canonical, value: w)
            case .phrase(let ws): return .filter(field: canonical, value: ws.joined(separator: " "))
            default: throw error("\(name): butuh kata atau frasa", at: valueStart)
            }
        }
    }

    private mutating func peekToken() -> Token? {
        let saved = index
        defer { index = saved }
        return try? nextToken()
    }

    private mutating func nextToken() throws(SearchQuery.ParseError) -> Token? {
        skipSpaces()
        guard index < chars.count else { return nil }
        let c = chars[index]
        switch c {
        case "(": index += 1; return .open
        case ")": index += 1; return .close
        case "-":
            index += 1
            return .minus
        case "\"", "“", "”":
            let start = index
            index += 1
            var text = ""
            while index < chars.count, chars[index] != "\"", chars[index] != "”", chars[index] != "“" {
                text.append(chars[index])
                index += 1
            }
            guard index < chars.count else { throw error("tanda kutip tanpa pasangan", at: start) }
            index += 1
            let words = Self.words(text)
            guard !words.isEmpty else { throw error("frasa kosong", at: start) }
            return .phrase(words)
        default:
            let start = index
            var text = ""
            while index < chars.count, !chars[index].isWhitespace, !"()\"“”".contains(chars[index]) {
                text.append(chars[index])
                index += 1
            }
            switch text {
            case "AND": return .and
            case "OR": return .or
            case "NOT": return .not
            default: break
            }
            if text.hasPrefix("NEAR/") {
                guard let n = Int(text.dropFirst(5)), (1...100).contains(n) else {
                    throw error("NEAR/n butuh angka 1…100", at: start)
                }
                return .near(n)
            }
            if text == "NEAR" { return .near(10) }
            if text.hasSuffix(":"), Self.fields.contains(String(text.dropLast()).lowercased()) {
                return .field(String(text.dropLast()).lowercased())
            }
            if let colon = text.firstIndex(of: ":"), Self.fields.contains(String(text[..<colon]).lowercased()) {
                // "source:detik" typed as one token: split it.
                index = start + text.distance(from: text.startIndex, to: colon) + 1
                return .field(String(text[..<colon]).lowercased())
            }
            let prefix = text.hasSuffix("*")
            let words = Self.words(prefix ? String(text.dropLast()) : text)
            guard let first = words.first else { throw error("istilah '\(text)' tidak berisi huruf atau angka", at: start) }
            if words.count > 1 { return .phrase(words) }
            return .word(first, prefix: prefix)
        }
    }

    /// Letters and digits only, lower-cased: the same words the index holds.
    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private mutating func skipSpaces() { while index < chars.count, chars[index].isWhitespace { index += 1 } }

    private func error(_ message: String, at position: Int? = nil) -> SearchQuery.ParseError {
        SearchQuery.ParseError(position: (position ?? index) + 1, message: message)
    }
}
