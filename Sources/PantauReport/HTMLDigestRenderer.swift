import PantauCore

/// Renders a digest as one self-contained HTML file: inline CSS, no scripts, no external
/// assets, readable on a phone and printable. Every article-derived string is escaped.
public struct HTMLDigestRenderer: Sendable {
    public init() {}

    public func render(_ digest: Digest) -> String {
        let e = Escaping.html
        var out = """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Ringkasan Media Harian — \(e(DigestText.dayTitle(digest.day)))</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:860px;margin:0 auto;padding:1rem;color:#1d2330;line-height:1.45}
        h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.2rem;border-bottom:2px solid #d9dee8;padding-bottom:.2rem;margin-top:2rem}
        .stats{display:flex;flex-wrap:wrap;gap:.6rem}.stat{flex:1 1 8rem;border-radius:8px;padding:.6rem .8rem;background:#f2f4f8}
        .stat b{display:block;font-size:1.6rem}.neg{background:#fde8e8}.pos{background:#e5f6ea}.neu{background:#eef0f4}
        ol{padding-left:1.2rem}li{margin-bottom:1rem}.meta{color:#5b6475;font-size:.9rem}
        blockquote{margin:.4rem 0;padding:.3rem .7rem;border-left:4px solid #c0392b;background:#fff6f5}
        li.positive blockquote{border-color:#1e8449;background:#f3fbf5}
        mark{background:#ffe08a;padding:0 .1em}.terms{font-size:.9rem}
        footer{margin-top:2rem;color:#7a8291;font-size:.85rem}
        @media print{body{max-width:none;font-size:11pt}h2{break-before:auto;break-after:avoid}li{break-inside:avoid}a{color:inherit;text-decoration:none}}
        </style>
        </head>
        <body>
        <h1>Ringkasan Media Harian<br><small>\(e(DigestText.dayTitle(digest.day)))</small></h1>
        <section id="ringkasan">
        <h2>Ringkasan</h2>
        <div class="stats">
        <div class="stat"><b>\(digest.total)</b>artikel baru</div>
        <div class="stat"><b>\(digest.relevant)</b>relevan</div>
        <div class="stat neg"><b>\(digest.counts[.negative] ?? 0)</b>negatif</div>
        <div class="stat neu"><b>\(digest.counts[.neutral] ?? 0)</b>netral</div>
        <div class="stat pos"><b>\(digest.counts[.positive] ?? 0)</b>positif</div>
        </div>
        </section>

        """
        out += section(id: "perlu-tanggapan", title: "Perlu Tanggapan", items: digest.needsResponse, evidence: true,
                       empty: "Tidak ada pemberitaan negatif hari ini.")
        out += section(id: "positif", title: "Berita Positif untuk Diperkuat", items: digest.positive, evidence: true, empty: "Tidak ada.")
        out += section(id: "netral", title: "Pemberitaan Lain yang Relevan", items: digest.neutral, evidence: false, empty: "Tidak ada.")
        out += "<footer>Dibuat oleh Pantau pada \(JakartaTime.dayString(digest.generatedAt)) \(JakartaTime.timeString(digest.generatedAt)) WIB. \(digest.irrelevantCount) artikel tidak menyangkut satuan yang dipantau.</footer>\n</body>\n</html>\n"
        return out
    }

    private func section(id: String, title: String, items: [Digest.Item], evidence: Bool, empty: String) -> String {
        let e = Escaping.html
        var out = "<section id=\"\(id)\">\n<h2>\(title)</h2>\n"
        guard !items.isEmpty else { return out + "<p><em>\(empty)</em></p>\n</section>\n" }
        out += "<ol>\n"
        for item in items {
            let a = item.article
            let title = e(a.title.isEmpty ? a.url : a.title)
            let headline = Escaping.safeURL(a.url).map { "<a href=\"\(e($0))\">\(title)</a>" } ?? title
            out += "<li class=\"\(a.tone.label.rawValue)\" data-id=\"\(a.id)\"><strong>\(headline)</strong><br>\n"
            out += "<span class=\"meta\">\(e(a.outlet)) · \(e(DigestText.published(a))) · nada \(a.tone.label.indonesian) (\(String(format: "%.2f", a.tone.score))) · prioritas \(item.priority)</span>\n"
            if evidence, let ev = DigestText.evidence(item) {
                let runs = DigestText.highlightRuns(ev.sentence, terms: ev.terms)
                out += "<blockquote>" + runs.map { $0.1 ? "<mark>\(e($0.0))</mark>" : e($0.0) }.joined() + "</blockquote>\n"
            }
            if !item.terms.isEmpty {
                out += "<div class=\"terms\">Kata penentu: \(item.terms.map(e).joined(separator: ", "))</div>\n"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }
}
