import Foundation

/// An article's story keywords as stored: one `article_keyword` row per article, the
/// terms and weights as `term<TAB>weight` lines, strongest first.
///
/// One row instead of a row per term: storing an article then writes one b-tree entry
/// that lands at the end of the table, where 24 rows in two indexes cost a third of
/// ingest time. Nothing looks a term up across articles in SQL: clustering keeps its
/// postings in memory (`ClusterMemory`), and the digest reads the rows of its articles.
public enum KeywordRow {
    public static func encode(_ keywords: [(term: String, weight: Double)]) -> String {
        var out = ""
        out.reserveCapacity(keywords.count * 24)
        for (i, (term, weight)) in keywords.enumerated() {
            if i > 0 { out += "\n" }
            out += term
            out += "\t"
            out += String(weight)
        }
        return out
    }

    /// The keywords of a stored row, strongest first; malformed lines are skipped.
    public static func decode(_ text: String) -> [(term: String, weight: Double)] {
        var out: [(term: String, weight: Double)] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                  let weight = Double(String(decoding: line[line.index(after: tab)...], as: UTF8.self)) else { continue }
            out.append((String(decoding: line[..<tab], as: UTF8.self), weight))
        }
        return out.sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
    }
}
