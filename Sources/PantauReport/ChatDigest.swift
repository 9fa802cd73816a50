import Foundation
import PantauCore

/// The digest as a chat message for a WhatsApp or Telegram group: at most 1,500 Unicode
/// characters, the counts first, then as many of the stories needing a response as fit.
enum ChatDigest {
    static let limit = 1500

    static func render(_ d: Digest, strings s: DigestStrings) -> String {
        let r = d.ringkasan
        var head = "*\(s.title(d.period))*\n\(s.periodText(d.period))\n"
        head += "\(r.total) \(s["articles"]) (\(r.relevant) \(s["relevant"])): "
        head += "\(r.negative) \(s["negative"]), \(r.neutral) \(s["neutral"]), \(r.positive) \(s["positive"])\n"
        if let lead = r.leadingIssue { head += "\(s["leadingIssue"]): \(line(lead, 160))\n" }
        head += "\n*\(s["perluTanggapan"]) (\(d.perluTanggapan.count))*\n"
        if d.perluTanggapan.isEmpty { head += "\(s["noNegative"])\n" }

        let footer = "\n(\(s["chatMore"]) \(d.period.day))"
        var body = ""
        var shown = 0
        for (n, item) in d.perluTanggapan.enumerated() {
            var entry = "\(n + 1). \(line(item.title, 140)) — \(line(item.outlet, 40)) [\(s["priority"]) \(item.priority)]\n"
            if let url = Escaping.safeURL(item.url), url.count <= 200 { entry += "\(url)\n" }
            let rest = d.perluTanggapan.count - shown - 1
            let more = rest > 0 ? "+\(rest) …\n" : ""
            guard (head + body + entry + more + footer).count < limit else { break }
            body += entry
            shown += 1
        }
        if shown < d.perluTanggapan.count { body += "+\(d.perluTanggapan.count - shown) …\n" }
        if let best = d.kontraNarasi.amplify.first {
            let extra = "\n*\(s["amplify"])*\n\(line(best.title, 140)) — \(line(best.outlet, 40))\n"
            if (head + body + extra + footer).count < limit { body += extra }
        }
        var text = head + body + footer
        if text.count >= limit { text = String(text.prefix(limit - 2)) + "…" }
        return text + "\n"
    }

    static func line(_ s: String, _ max: Int) -> String { TextSafety.oneLine(s, limit: max) }
}
