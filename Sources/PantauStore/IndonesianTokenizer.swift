import Foundation
import GRDB
import PantauCore

/// The FTS5 tokenizer of the archive: words lower-cased, Latin diacritics folded, and
/// reduced to their root by the shared Indonesian stemmer, so that `rusuh` finds
/// `kerusuhan` (and `ricuh` does not). Prefix queries (`napi*`) are matched unstemmed.
///
/// The index can only be read through this tokenizer: the plain `sqlite3` shell cannot
/// query it. Its version (`Stemmer.rootVersion`) is recorded in the database; `pantau
/// reindex` rebuilds the index when it changes.
final class IndonesianTokenizer: FTS5CustomTokenizer {
    static let name = "pantau_id"
    /// SQLITE_OK (the C constant lives in a module this target does not import).
    static let ok: CInt = 0

    /// Roots of words as they appear (case and diacritics included), for this
    /// connection's tokenizer alone: SQLite calls one tokenizer instance from one thread at
    /// a time, so the cache needs no lock.
    private var roots: [String: String] = [:]

    init(db: Database, arguments: [String]) throws {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return Self.ok }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let stem = !tokenization.contains(.prefix)
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
            let rc = token.utf8.withContiguousStorageIfAvailable { buffer in
                tokenCallback(context, 0, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self),
                              CInt(buffer.count), CInt(start), CInt(i))
            } ?? token.withCString { pointer in
                tokenCallback(context, 0, pointer, CInt(strlen(pointer)), CInt(start), CInt(i))
            }
            if rc != Self.ok { return rc }
        }
        return Self.ok
    }

    /// Lower case without diacritics ("Tahanán" → "tahanan"); ASCII words take a fast path.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        // Punctuation outside ASCII (curly quotes, dashes) is not a word.
        let letters = folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return String(String.UnicodeScalarView(letters))
    }
}
