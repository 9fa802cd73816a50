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
            while i < n, !Self.isWordByte(bytes[i]) { i += 1 }
            let start = i
            while i < n, Self.isWordByte(bytes[i]) { i += 1 }
            guard i > start else { continue }
            let word = Self.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
            guard !word.isEmpty else { continue }
            let token = stem ? Stemmer.root(word) : word
            let rc = token.withCString { pointer in
                tokenCallback(context, 0, pointer, CInt(strlen(pointer)), CInt(start), CInt(i))
            }
            if rc != Self.ok { return rc }
        }
        return Self.ok
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57) || b >= 0x80
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
