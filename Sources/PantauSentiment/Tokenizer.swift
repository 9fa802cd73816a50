import PantauCore

/// Splits Indonesian text into sentences and lower-cased word tokens.
///
/// Works on Unicode scalars without Foundation: letters and digits form words, an inner
/// hyphen keeps reduplications together (`kerusuhan-kerusuhan`), everything else separates.
public enum Tokenizer {
    /// One word with its place in the source text (for highlighting).
    public struct Token: Sendable, Equatable {
        public var text: String
        /// Scalar offsets of the token in its sentence.
        public var range: Range<Int>
    }

    /// Sentences of `text`: split after `.`, `!`, `?` followed by a space or a closing
    /// quote, and at line breaks; "dr." and "No." style abbreviations do not end one.
    /// Works on UTF-8 bytes (the markers are ASCII), so it is linear and allocation-light.
    public static func sentences(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { sentences(bytes: $0) } ?? []
    }

    static func sentences(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        let n = bytes.count
        var start = 0
        func flush(_ end: Int) {
            var a = start, b = end
            while a < b, isSpace(bytes[a]) { a += 1 }
            while b > a, isSpace(bytes[b - 1]) { b -= 1 }
            if b > a { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)) }
        }
        var i = 0
        while i < n {
            let c = bytes[i]
            if c == 10 || c == 13 {
                flush(i)
                start = i + 1
            } else if c == 46 || c == 33 || c == 63 {
                let next: UInt8 = i + 1 < n ? bytes[i + 1] : 32
                // A space, a line break, a straight quote, or the first byte of "”" (E2 80 9D).
                let closes = next == 32 || next == 10 || next == 13 || next == 34 || next == 9
                    || (next == 0xE2 && i + 3 < n && bytes[i + 2] == 0x80 && bytes[i + 3] == 0x9D)
                if closes && (c != 46 || !endsWithAbbreviation(bytes, before: i)) {
                    var end = i + 1
                    if next == 34 { end += 1 } else if next == 0xE2 { end += 3 }
                    flush(end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        flush(n)
        return result
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    private static let abbreviations: Set<String> = ["dr", "drs", "ir", "h", "hj", "no", "st", "kol", "brigjen", "kompol", "ipda", "aiptu", "bripka", "jl", "kec", "kab", "sdr", "tn", "ny", "prof", "m", "s"]

    /// Whether the word before the full stop at `dot` is a single letter or a known
    /// abbreviation ("dr.", "No.", "H.").
    private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before dot: Int) -> Bool {
        var k = dot
        while k > 0, (bytes[k - 1] | 0x20) >= 97, (bytes[k - 1] | 0x20) <= 122 { k -= 1 }
        let length = dot - k
        guard length > 0, length <= 8 else { return false }
        if length == 1 { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<dot]), as: UTF8.self).lowercased()
        return abbreviations.contains(word)
    }

    /// Word tokens of a sentence, lower-cased, with their scalar ranges.
    public static func words(_ sentence: String) -> [Token] {
        var utf8 = sentence.utf8
        if let fast = utf8.withContiguousStorageIfAvailable({ asciiWords($0) }) ?? nil { return fast }
        if sentence.utf8.allSatisfy({ $0 < 0x80 }) {
            var copy = sentence
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            if let fast = utf8.withContiguousStorageIfAvailable({ asciiWords($0) }) ?? nil { return fast }
        }
        return scalarWords(sentence)
    }

    /// The same rules over ASCII bytes, without Unicode property lookups (most news text);
    /// nil when a non-ASCII byte appears.
    static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
        var tokens: [Token] = []
        var start = -1
        var buffer: [UInt8] = []
        buffer.reserveCapacity(24)
        @inline(__always) func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        @inline(__always) func isWord(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 48 && b <= 57) }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if isWord(b) {
                if start < 0 { start = i }
                buffer.append(b.asciiLowercased)
            } else if b == 45, start >= 0, i + 1 < n, isAlpha(bytes[i + 1]), isAlpha(bytes[i - 1]) {
                buffer.append(b)
            } else if b == 39, start >= 0, i + 1 < n, isAlpha(bytes[i + 1]) {
                // "jum'at": keep the word whole.
            } else if start >= 0 {
                tokens.append(Token(text: String(decoding: buffer, as: UTF8.self), range: start..<i))
                buffer.removeAll(keepingCapacity: true)
                start = -1
            }
            i += 1
        }
        if start >= 0 { tokens.append(Token(text: String(decoding: buffer, as: UTF8.self), range: start..<n)) }
        return tokens
    }

    static func scalarWords(_ sentence: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        var previous: Unicode.Scalar = " "
        let scalars = Array(sentence.unicodeScalars)
        func flush(end: Int) {
            if !current.isEmpty {
                tokens.append(Token(text: String(current), range: start..<end))
                current = String.UnicodeScalarView()
            }
        }
        for (i, c) in scalars.enumerated() {
            offset = i
            let isWord = c.properties.isAlphabetic || c.properties.numericType != nil
            if isWord {
                if current.isEmpty { start = i }
                for lower in c.properties.lowercaseMapping.unicodeScalars { current.append(lower) }
            } else if c == "-" && !current.isEmpty && i + 1 < scalars.count && scalars[i + 1].properties.isAlphabetic
                        && previous.properties.isAlphabetic {
                current.append(c)
            } else if (c == "'" || c == "’") && !current.isEmpty && i + 1 < scalars.count && scalars[i + 1].properties.isAlphabetic {
                // "jum'at": keep the word whole.
                continue
            } else {
                flush(end: i)
            }
            previous = c
        }
        flush(end: offset + 1)
        return tokens
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
