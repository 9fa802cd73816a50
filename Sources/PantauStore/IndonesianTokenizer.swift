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

    /// This connection's tokens (with their root cache): SQLite calls one tokenizer
    /// instance from one thread at a time, so the cache needs no lock.
    private var tokens = IndexTokens()

    init(db: Database, arguments: [String]) throws {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return Self.ok }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let stem = !tokenization.contains(.prefix)
        var rc = Self.ok
        tokens.forEach(in: bytes, stem: stem) { token, start, end in
            rc = token.utf8.withContiguousStorageIfAvailable { buffer in
                tokenCallback(context, 0, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self),
                              CInt(buffer.count), CInt(start), CInt(end))
            } ?? token.withCString { pointer in
                tokenCallback(context, 0, pointer, CInt(strlen(pointer)), CInt(start), CInt(end))
            }
            return rc == Self.ok
        }
        return rc
    }
}
