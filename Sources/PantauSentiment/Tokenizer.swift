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

    /// Sentences of `text`: split after `.`, `!`, `?` followed by a space, and at line breaks.
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func flush() {
            let s = String(current).trimmingWhitespace()
            if !s.isEmpty { result.append(s) }
            current = String.UnicodeScalarView()
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                flush()
            } else {
                current.append(c)
                if c == "." || c == "!" || c == "?" {
                    let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                    // "Rp 1.000", "dr.", "No.3": only a full stop before a space ends a sentence.
                    if next == " " || next == "\n" || next == "\"" || next == "”" {
                        if c != "." || !endsWithAbbreviation(current) { flush() }
                    }
                }
            }
            i += 1
        }
        flush()
        return result
    }

    private static let abbreviations: Set<String> = ["dr", "drs", "ir", "h", "hj", "no", "st", "kol", "brigjen", "kompol", "ipda", "aiptu", "bripka", "jl", "kec", "kab", "sdr", "tn", "ny", "prof", "m", "s"]

    private static func endsWithAbbreviation(_ s: String.UnicodeScalarView) -> Bool {
        var word = String.UnicodeScalarView()
        var index = s.index(before: s.endIndex)
        while index > s.startIndex {
            index = s.index(before: index)
            let c = s[index]
            if !c.properties.isAlphabetic { break }
            word.insert(c, at: word.startIndex)
        }
        let w = String(word).lowercased()
        return w.count <= 1 ? !w.isEmpty : abbreviations.contains(w)
    }

    /// Word tokens of a sentence, lower-cased, with their scalar ranges.
    public static func words(_ sentence: String) -> [Token] {
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
