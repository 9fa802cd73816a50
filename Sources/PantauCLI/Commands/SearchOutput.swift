import Foundation
import PantauCore

/// Renders search hits as a terminal table, JSON or CSV.
enum SearchOutput {
    static func json(_ hits: [SearchHit]) -> String {
        let iso = ISO8601DateFormatter()
        let objects: [[String: Any]] = hits.map { hit in
            let a = hit.article
            return [
                "id": a.id, "title": a.title, "source": a.outlet, "url": a.url,
                "published": a.published.map { iso.string(from: $0) } ?? NSNull(),
                "firstSeen": iso.string(from: a.firstSeen),
                "label": a.tone.label.rawValue, "score": a.tone.score, "relevant": a.tone.relevant,
                "priority": a.tone.priority,
                "terms": a.tone.decidingTerms, "snippet": hit.snippet,
                "cluster": a.clusterID.map { "k\($0)" } ?? NSNull(), "copies": a.clusterSize,
                "correction": a.correction ?? NSNull(), "response": a.responseStatus ?? NSNull(),
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func csv(_ hits: [SearchHit]) -> String {
        var out = "id,published,source,label,score,title,url,snippet\n"
        for hit in hits {
            let a = hit.article
            let published = a.published.map { JakartaTime.dayString($0) + " " + JakartaTime.timeString($0) } ?? ""
            let cells = [String(a.id), published, a.outlet, a.tone.label.rawValue, String(format: "%.3f", a.tone.score),
                         a.title, a.url, hit.snippet]
            out += cells.map(cell).joined(separator: ",") + "\n"
        }
        return out
    }

    /// Quotes a CSV cell; a cell that a spreadsheet would read as a formula gets a leading `'`.
    static func cell(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@\t\r".contains(first) { v = "'" + v }
        if v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    static func table(_ hits: [SearchHit], highlight: Bool) -> String {
        guard !hits.isEmpty else { return "Tidak ada hasil.\n" }
        var out = ""
        for hit in hits {
            let a = hit.article
            let date = (a.published ?? a.firstSeen)
            let copies = a.clusterSize > 1 ? "  (+\(a.clusterSize - 1) salinan, klaster k\(a.clusterID ?? 0))" : ""
            out += "#\(a.id)  \(JakartaTime.dayString(date)) \(JakartaTime.timeString(date))  \(a.tone.label.indonesian.uppercased())  \(a.outlet)\(copies)\n"
            out += "    \(highlight ? Terminal.bold(a.title) : a.title)\n"
            var snippet = hit.snippet
            if highlight {
                snippet = snippet.replacingOccurrences(of: "[", with: "\u{1B}[1;33m").replacingOccurrences(of: "]", with: "\u{1B}[0m")
            }
            out += "    \(snippet)\n    \(a.url)\n\n"
        }
        out += "\(hits.count) hasil.\n"
        return out
    }
}
