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

    /// FTS5's `snippet(…, '[', ']', '…', 14)` over `text`, by its algorithm (fts5_aux.c):
    /// a window of `size` tokens is tried around every phrase instance, centred on the hits
    /// it holds, and from the start of the sentence before it (a bonus of 100, 120 at the
    /// text's start); a window scores 1000 per distinct phrase and 1 per repeat. Every
    /// instance in the window is bracketed, an ellipsis marks text cut off.
    static func snippet(_ text: String, phrases: [TextQuery.Phrase], tokens: inout IndexTokens, size: Int = 14) -> String {
        var spans: [(token: String, start: Int, end: Int)] = []
        var copy = text
        copy.withUTF8 { bytes in
            tokens.forEach(in: bytes, stem: true) { token, start, end in
                spans.append((token, start, end))
                return true
            }
        }
        let bytes = Array(text.utf8)
        let count = spans.count
        // Phrase instances in the text: (phrase, first token, token count), in position order.
        var instances: [(phrase: Int, at: Int, length: Int)] = []
        for (p, phrase) in phrases.enumerated() where !phrase.titleOnly && !phrase.tokens.isEmpty {
            let n = phrase.tokens.count
            guard count >= n else { continue }
            for i in 0...(count - n) {
                let ok = (0..<n).allSatisfy { j in
                    phrase.prefix && j == n - 1 ? spans[i + j].token.hasPrefix(phrase.tokens[j]) : spans[i + j].token == phrase.tokens[j]
                }
                if ok { instances.append((p, i, n)) }
            }
        }
        instances.sort { ($0.at, $0.phrase) < ($1.at, $1.phrase) }
        // Sentence starts: the first token, and tokens after '.' or ':' and white space.
        var sentenceStarts: [Int] = count > 0 ? [0] : []
        for i in 1..<max(1, count) {
            var j = spans[i].start - 1
            while j >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) { j -= 1 }
            if j != spans[i].start - 1, j >= 0, bytes[j] == 0x2E || bytes[j] == 0x3A { sentenceStarts.append(i) }
        }
        func score(from start: Int) -> (score: Int, adjusted: Int) {
            var seen = Set<Int>()
            var total = 0
            var first = -1, last = 0
            for instance in instances where instance.at >= start && instance.at < start + size {
                total += seen.contains(instance.phrase) ? 1 : 1000
                seen.insert(instance.phrase)
                if first < 0 { first = instance.at }
                last = instance.at + instance.length
            }
            var adjusted = first - (size - (last - first)) / 2
            if adjusted + size > count { adjusted = count - size }
            return (total, max(0, adjusted))
        }
        var bestScore = 0
        var bestStart = 0
        if count > size {
            for instance in instances {
                let (value, adjusted) = score(from: instance.at)
                if value > bestScore { bestScore = value; bestStart = adjusted }
                var jj = 0
                while jj < sentenceStarts.count - 1, sentenceStarts[jj + 1] <= instance.at { jj += 1 }
                if sentenceStarts[jj] < instance.at {
                    let sentence = sentenceStarts[jj]
                    let value = score(from: sentence).score + (sentence == 0 ? 120 : 100)
                    if value > bestScore { bestScore = value; bestStart = sentence }
                }
            }
        }
        guard count > 0 else { return text }
        let end = min(count, bestStart + size)
        var out = bestStart > 0 ? "…" : ""
        var cursor = bestStart == 0 ? 0 : spans[bestStart].start
        var openUntil = -1
        for i in bestStart..<end {
            if openUntil < 0, let instance = instances.first(where: { $0.at == i }) {
                out += String(decoding: bytes[cursor..<spans[i].start], as: UTF8.self)
                out += "["
                cursor = spans[i].start
                openUntil = min(end, i + instance.length) - 1
            }
            if i == openUntil {
                out += String(decoding: bytes[cursor..<spans[i].end], as: UTF8.self) + "]"
                cursor = spans[i].end
                openUntil = -1
            }
        }
        if end >= count {
            out += String(decoding: bytes[cursor...], as: UTF8.self)
        } else {
            out += String(decoding: bytes[cursor..<spans[end - 1].end], as: UTF8.self) + "…"
        }
        return out
    }
}
