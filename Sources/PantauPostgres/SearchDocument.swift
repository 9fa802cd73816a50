import PantauCore

/// An article's entry in the PostgreSQL index: its tokens (`IndexTokens`, the same as
/// SQLite's FTS5 holds) as a `tsvector` literal, title at weight A from position 1, text
/// at weight D from 101 positions after the title, so no phrase or NEAR (at most 100)
/// spans both columns.
///
/// PostgreSQL keeps positions up to 16,383 and 256 of them per lexeme: a lexeme further
/// into a long text is still found, but phrases past that point are not.
struct SearchDocument {
    static let columnGap = 101
    static let maxPosition = 16_383
    static let maxPositionsPerLexeme = 256

    var vector: String
    var titleTokens: Int
    var textTokens: Int

    init(title: String, text: String, tokens: inout IndexTokens) {
        var positions: [String: [String]] = [:]
        var order: [String] = []
        var position = 0
        func add(_ token: String, weight: String) {
            position += 1
            let clamped = min(position, Self.maxPosition)
            if positions[token] == nil { order.append(token); positions[token] = [] }
            guard positions[token]!.count < Self.maxPositionsPerLexeme else { return }
            if clamped == Self.maxPosition, positions[token]!.last?.hasPrefix("\(Self.maxPosition)") == true { return }
            positions[token]!.append("\(clamped)\(weight)")
        }
        var titleCount = 0
        for token in tokens.tokens(of: title) { add(token, weight: "A"); titleCount += 1 }
        position = titleCount + Self.columnGap - 1
        var textCount = 0
        for token in tokens.tokens(of: text) { add(token, weight: ""); textCount += 1 }
        var out = ""
        for token in order {
            out += TextQuery.lexeme(token, prefix: false, titleOnly: false)
            out += ":" + positions[token]!.joined(separator: ",") + " "
        }
        vector = out
        titleTokens = titleCount
        textTokens = textCount
    }

    /// The positions of one stored lexeme, from `unnest(tsvector)`: (position, in title).
    typealias Occurrences = [String: [(position: Int, title: Bool)]]

    /// Parses the `lexeme positions weights` lines the search query returns.
    static func occurrences(_ text: String) -> Occurrences {
        var out: Occurrences = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let positions = parts[1].split(separator: ",").compactMap { Int($0) }
            let weights = parts[2].split(separator: ",")
            out[String(parts[0])] = zip(positions, weights).map { ($0, $1 == "A") }
        }
        return out
    }

    /// How often each phrase occurs in the title and in the text (`MatchCounts.hits`).
    static func hits(of phrases: [TextQuery.Phrase], in occurrences: Occurrences) -> [[Int32]] {
        phrases.map { phrase in
            var counts: [Int32] = [0, 0]
            guard !phrase.tokens.isEmpty else { return counts }
            // Position → in title, for every lexeme a token of the phrase may be.
            func places(_ index: Int) -> [Int: Bool] {
                let token = phrase.tokens[index]
                var out: [Int: Bool] = [:]
                if phrase.prefix && index == phrase.tokens.count - 1 {
                    for (lexeme, list) in occurrences where lexeme.hasPrefix(token) { for o in list { out[o.position] = o.title } }
                } else {
                    for o in occurrences[token] ?? [] { out[o.position] = o.title }
                }
                return out
            }
            let later = (0..<(phrase.tokens.count - 1)).map { places($0 + 1) }
            for (start, title) in places(0) {
                guard !phrase.titleOnly || title else { continue }
                var matched = true
                for (offset, map) in later.enumerated() {
                    if map[start + offset + 1] != title { matched = false; break }
                }
                if matched { counts[title ? 0 : 1] += 1 }
            }
            return counts
        }
    }

    /// FTS5's `snippet(…, '[', ']', '…', 14)` over `text`: the window of 14 tokens holding
    /// the most distinct phrases (then the most hits), each hit between brackets, with an
    /// ellipsis where the text goes on.
    static func snippet(_ text: String, phrases: [TextQuery.Phrase], tokens: inout IndexTokens, size: Int = 14) -> String {
        var spans: [(token: String, start: Int, end: Int)] = []
        var copy = text
        copy.withUTF8 { bytes in
            tokens.forEach(in: bytes, stem: true) { token, start, end in
                spans.append((token, start, end))
                return true
            }
        }
        var folded = IndexTokens()
        let unstemmed = folded.tokens(of: text, stem: false)
        guard !spans.isEmpty, unstemmed.count == spans.count else { return "" }
        // Which tokens are hits, and of which phrase.
        var hitPhrase = [Int](repeating: -1, count: spans.count)
        var hitLength = [Int](repeating: 0, count: spans.count)
        for (p, phrase) in phrases.enumerated() where !phrase.titleOnly && !phrase.tokens.isEmpty {
            let n = phrase.tokens.count
            guard spans.count >= n else { continue }
            for i in 0...(spans.count - n) {
                var ok = true
                for j in 0..<n {
                    let isPrefix = phrase.prefix && j == n - 1
                    let candidate = isPrefix ? unstemmed[i + j] : spans[i + j].token
                    let matches = isPrefix ? (candidate.hasPrefix(phrase.tokens[j]) || spans[i + j].token.hasPrefix(phrase.tokens[j]))
                        : candidate == phrase.tokens[j]
                    if !matches { ok = false; break }
                }
                if ok, hitPhrase[i] < 0 { hitPhrase[i] = p; hitLength[i] = n }
            }
        }
        var bestStart = 0
        var bestScore = (-1, -1)
        let windowCount = max(1, spans.count - size + 1)
        for start in 0..<windowCount {
            let end = min(spans.count, start + size)
            var distinct = Set<Int>()
            var count = 0
            for i in start..<end where hitPhrase[i] >= 0 { distinct.insert(hitPhrase[i]); count += 1 }
            let score = (distinct.count, count)
            if score > bestScore { bestScore = score; bestStart = start }
        }
        // Centre the hits FTS5-like: start a few tokens before the first hit of the window.
        if let firstHit = (bestStart..<min(spans.count, bestStart + size)).first(where: { hitPhrase[$0] >= 0 }) {
            let lastHit = (bestStart..<min(spans.count, bestStart + size)).last(where: { hitPhrase[$0] >= 0 }) ?? firstHit
            let spare = size - (lastHit - firstHit + 1)
            bestStart = max(0, min(firstHit - spare / 2, spans.count - size))
        }
        let end = min(spans.count, bestStart + size)
        let bytes = Array(text.utf8)
        var out = bestStart > 0 ? "…" : ""
        var cursor = spans[bestStart].start
        var open = 0
        for i in bestStart..<end {
            out += String(decoding: bytes[cursor..<spans[i].start], as: UTF8.self)
            if hitPhrase[i] >= 0 && open == 0 { out += "["; open = hitLength[i] }
            out += String(decoding: bytes[spans[i].start..<spans[i].end], as: UTF8.self)
            cursor = spans[i].end
            if open > 0 {
                open -= 1
                if open == 0 || i == end - 1 { out += "]"; open = 0 }
            }
        }
        if end < spans.count { out += "…" }
        return out
    }
}
