import Foundation

/// The tokens of Pantau's full-text index, one definition for every backend: words cut at
/// `UInt8.isWordByte` (ASCII letters and digits, any non-ASCII scalar), lower-cased with
/// Latin diacritics folded, and reduced to their root by `Stemmer` ("kerusuhan" → "rusuh").
/// SQLite's FTS5 tokenizer and PostgreSQL's `tsvector` both store exactly these tokens, so a
/// query means the same on both.
public struct IndexTokens {
    /// Roots of words as they appear (case and diacritics included): a text repeats its
    /// words, and stemming is the cost of indexing. One cache per tokenizer, so no lock.
    private var roots: [String: String] = [:]

    public init() {}

    /// Calls `body` with each token of `bytes` and the byte range of its word, in order;
    /// `body` returns false to stop. With `stem` false (FTS5 prefix queries) words are
    /// folded but not stemmed.
    public mutating func forEach(in bytes: UnsafeBufferPointer<UInt8>, stem: Bool,
                                 _ body: (_ token: String, _ start: Int, _ end: Int) -> Bool) {
        var i = 0
        let n = bytes.count
        while i < n {
            // Skip to the start of a word: ASCII letters/digits or any non-ASCII scalar.
            while i < n, !bytes[i].isWordByte { i += 1 }
            let start = i
            while i < n, bytes[i].isWordByte { i += 1 }
            guard i > start else { continue }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            let token: String
            if stem, let cached = roots[raw] {
                token = cached
            } else {
                let word = Self.fold(raw)
                token = stem ? Stemmer.root(word) : word
                if stem {
                    if roots.count >= 100_000 { roots.removeAll(keepingCapacity: true) }
                    roots[raw] = token
                }
            }
            guard !token.isEmpty else { continue }
            if !body(token, start, i) { return }
        }
    }

    /// The tokens of `text`, in order.
    public mutating func tokens(of text: String, stem: Bool = true) -> [String] {
        var out: [String] = []
        var text = text
        text.withUTF8 { bytes in
            forEach(in: bytes, stem: stem) { token, _, _ in
                out.append(token)
                return true
            }
        }
        return out
    }

    /// Lower case without diacritics ("Tahanán" → "tahanan"); ASCII words take a fast path.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        // Punctuation outside ASCII (curly quotes, dashes) is not a word.
        let letters = folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return String(String.UnicodeScalarView(letters))
    }
}
