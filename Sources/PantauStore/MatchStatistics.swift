import Foundation
import GRDB
import GRDBSQLite
import PantauCore

/// `pantau_hits(article_fts)`: an FTS5 auxiliary function that returns, for the current
/// match, the token count of each column and how often each phrase of the query occurs
/// in each column, as a blob of native `Int32`s:
/// `[phrases, columns, size(col 0)…, hits(phrase 0, col 0), hits(phrase 0, col 1), …]`.
///
/// Relevance ranking reads it for a window of recent matches and scores them in Swift
/// (`RelevanceRanking`). FTS5's own `bm25()` first counts every document that contains
/// each phrase, a full pass over the index that cost 40 ms for a common word and 300 ms
/// for a common phrase at a million articles, whatever the LIMIT.
enum MatchStatistics {
    static let name = "pantau_hits"

    /// Registers the function on a connection (from `prepareDatabase`).
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction?(UnsafeMutablePointer(mutating: api), name, nil, function, nil)
    }

    /// The C callback: no captures, everything comes from the FTS5 context.
    private static let function: fts5_extension_function = { api, fts, context, _, _ in
        guard let api, let fts else { return }
        let phrases = Int(api.pointee.xPhraseCount(fts))
        let columns = Int(api.pointee.xColumnCount(fts))
        var out = [Int32](repeating: 0, count: 2 + columns + phrases * columns)
        out[0] = Int32(phrases)
        out[1] = Int32(columns)
        for column in 0..<columns {
            var size: Int32 = 0
            _ = api.pointee.xColumnSize(fts, Int32(column), &size)
            out[2 + column] = size
        }
        var instances: Int32 = 0
        _ = api.pointee.xInstCount(fts, &instances)
        for i in 0..<instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            guard api.pointee.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK,
                  phrase >= 0, Int(phrase) < phrases, column >= 0, Int(column) < columns else { continue }
            out[2 + columns + Int(phrase) * columns + Int(column)] += 1
        }
        out.withUnsafeBytes { bytes in
            // SQLITE_TRANSIENT: SQLite copies the bytes before `out` goes away.
            sqlite3_result_blob(context, bytes.baseAddress, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// One match as `pantau_hits` described it.
    typealias Match = MatchCounts
}

extension MatchCounts {
    /// A match from `pantau_hits`'s blob; nil when the blob is not one.
    init?(_ blob: Data) {
        guard blob.count % 4 == 0 else { return nil }
        let values: [Int32] = blob.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self) }
        }
        guard values.count >= 2 else { return nil }
        let phrases = Int(values[0]), columns = Int(values[1])
        guard phrases >= 0, columns >= 0, values.count == 2 + columns + phrases * columns else { return nil }
        self.init(columnSizes: Array(values[2..<(2 + columns)]),
                  hits: (0..<phrases).map { p in Array(values[(2 + columns + p * columns)..<(2 + columns + (p + 1) * columns)]) })
    }
}
