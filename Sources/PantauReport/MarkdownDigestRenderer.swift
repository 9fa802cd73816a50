import PantauCore

/// Renders a digest as Markdown for mail and wikis. Article-derived text is escaped: no raw
/// HTML, and only http(s) links.
public struct MarkdownDigestRenderer: Sendable {
    public init() {}

    public func render(_ digest: Digest) -> String {
        var out = "# Ringkasan Media Harian — \(DigestText.dayTitle(digest.day))\n\n"
        out += "## Ringkasan\n\n"
        out += "- Artikel baru: **\(digest.total)** (relevan: \(digest.relevant), tidak relevan: \(digest.irrelevantCount))\n"
        out += "- Nada: negatif \(digest.counts[.negative] ?? 0), netral \(digest.counts[.neutral] ?? 0), positif \(digest.counts[.positive] ?? 0)\n"
        out += "- Perlu tanggapan: **\(digest.needsResponse.count)**\n\n"
        out += "## Perlu Tanggapan\n\n"
        out += digest.needsResponse.isEmpty ? "_Tidak ada pemberitaan negatif hari ini._\n\n" : list(digest.needsResponse, evidence: true)
        out += "## Berita Positif untuk Diperkuat\n\n"
        out += digest.positive.isEmpty ? "_Tidak ada._\n\n" : list(digest.positive, evidence: true)
        out += "## Pemberitaan Lain yang Relevan\n\n"
        out += digest.neutral.isEmpty ? "_Tidak ada._\n\n" : list(digest.neutral, evidence: false)
        out += "---\n\nDibuat oleh Pantau pada \(JakartaTime.dayString(digest.generatedAt)) \(JakartaTime.timeString(digest.generatedAt)) WIB.\n"
        return out
    }

    private func list(_ items: [Digest.Item], evidence: Bool) -> String {
        var out = ""
        for (n, item) in items.enumerated() {
            let a = item.article
            let title = Escaping.markdown(a.title.isEmpty ? a.url : a.title)
            let linked = Escaping.safeURL(a.url).map { "[\(title)](\(Escaping.markdownURL($0)))" } ?? title
            out += "\(n + 1). \(linked)  \n"
            out += "   \(Escaping.markdown(a.outlet)) · \(DigestText.published(a)) · nada \(a.tone.label.indonesian) (\(String(format: "%.2f", a.tone.score))) · prioritas \(item.priority)\n"
            if evidence, let ev = DigestText.evidence(item) {
                let runs = DigestText.highlightRuns(ev.sentence, terms: ev.terms)
                let text = runs.map { $0.1 ? "**\(Escaping.markdown($0.0))**" : Escaping.markdown($0.0) }.joined()
                out += "   > \(text)\n"
            }
            if !item.terms.isEmpty {
                out += "   Kata penentu: \(item.terms.map(Escaping.markdown).joined(separator: ", "))\n"
            }
            out += "\n"
        }
        return out
    }
}
