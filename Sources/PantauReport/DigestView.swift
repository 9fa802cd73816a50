import Foundation
import PantauCore

/// The digest as the templates see it: every value a ready-to-print string, list or flag.
/// Article-derived strings stay raw here; the template engine escapes them for the
/// format (HTML or Markdown), so a template author cannot forget to.
enum DigestView {
    static func make(_ d: Digest, strings s: DigestStrings) -> [String: Any] {
        let r = d.ringkasan
        let change = r.total - r.previousTotal
        let perDay = Double(r.total) / d.period.days
        var view: [String: Any] = [
            "lang": s.language,
            "t": s.t,
            "title": s.title(d.period),
            "periodText": s.periodText(d.period),
            "day": d.period.day,
            "generated": "\(JakartaTime.dayString(d.generatedAt)) \(JakartaTime.timeString(d.generatedAt)) WIB",
            "total": r.total, "relevant": r.relevant, "irrelevant": r.irrelevant,
            "negative": r.negative, "neutral": r.neutral, "positive": r.positive,
            "needsResponse": r.needsResponse,
            "previousTotal": r.previousTotal,
            "change": change > 0 ? "+\(change)" : "\(change)",
            "sevenDayAverage": String(format: "%.1f", r.sevenDayAverage),
            "perDay": String(format: "%.1f", perDay),
            "versusAverage": percentChange(perDay, r.sevenDayAverage),
            "multiDay": d.period.kind == "7d" || d.period.kind == "30d",
            "perluTanggapan": d.perluTanggapan.enumerated().map { item($0.element, rank: $0.offset + 1, s) },
            "issues": d.isuUtama.clusters.enumerated().map { n, i -> [String: Any] in
                compact(["rank": n + 1, "title": i.title, "url": safe(i.url), "articles": i.articles, "outlets": i.outlets,
                         "negative": i.negative, "neutral": i.neutral, "positive": i.positive,
                         "keywords": i.keywords.joined(separator: ", ")])
            },
            "emerging": d.isuUtama.emergingTerms.map { ["term": $0.term, "count": $0.count, "baseline": String(format: "%.1f", $0.baseline)] },
            "charts": [
                "daily": SVGCharts.daily(d.tren.daily, strings: s),
                "outlets": SVGCharts.outletShare(d.tren.outletNegativeShare, strings: s),
                "targets": SVGCharts.targets(d.tren.targets, strings: s),
            ],
            "recentDays": d.tren.daily.suffix(7).map { ["day": $0.day, "negative": $0.negative, "neutral": $0.neutral, "positive": $0.positive] },
            "outletShares": d.tren.outletNegativeShare.prefix(10).map {
                ["outlet": $0.outlet, "negative": $0.negative, "total": $0.total, "share": "\(Int(($0.share * 100).rounded()))%"]
            },
            "targetTones": d.tren.targets.prefix(10).map { ["target": $0.target, "negative": $0.negative, "neutral": $0.neutral, "positive": $0.positive] },
            "matches": d.kontraNarasi.matches.map { m -> [String: Any] in
                ["issueTitle": m.issueTitle, "material": m.material.map { x -> [String: Any] in
                    compact(["title": x.title, "url": safe(x.url), "outlet": x.outlet, "official": x.official,
                             "themes": x.themes.joined(separator: ", "),
                             "sharedTerms": x.sharedTerms.joined(separator: ", ")])
                }]
            },
            "amplify": d.kontraNarasi.amplify.enumerated().map { item($0.element, rank: $0.offset + 1, s) },
            "outlets": d.sebaranMedia.map { o -> [String: Any] in
                ["outlet": o.outlet, "category": o.category, "tier": o.tier, "total": o.total,
                 "negative": o.negative, "neutral": o.neutral, "positive": o.positive]
            },
        ]
        if let lead = r.leadingIssue { view["leadingIssue"] = lead }
        // Mustache has no "non-empty" test: flags open and close the lists' wrappers.
        for key in ["perluTanggapan", "issues", "emerging", "amplify"] {
            view["has_" + key] = !((view[key] as? [Any])?.isEmpty ?? true)
        }
        return view
    }

    static func item(_ i: Digest.Item, rank: Int, _ s: DigestStrings) -> [String: Any] {
        var v: [String: Any] = [
            "rank": rank, "id": i.id, "title": i.title, "outlet": i.outlet,
            "label": s.label(i.label), "labelClass": i.label.rawValue,
            "score": String(format: "%.2f", i.score), "priority": i.priority,
            "time": i.published.map { "\(s["published"]) \(JakartaTime.dayString($0)) \(JakartaTime.timeString($0)) WIB" } ?? s["unknownTime"],
            "terms": i.terms.joined(separator: ", "),
            "targets": i.targets.joined(separator: ", "),
            "evidence": i.evidence.map { e in
                ["runs": DigestText.highlightRuns(e.sentence, terms: e.terms).map { ["text": $0.0, "mark": $0.1] }]
            },
            "frames": i.frames.map { ["line": $0.explanation(english: s.language == "en")] },
            "status": s.status(i.responseStatus) ?? s["noStatus"],
            "corrected": i.correction != nil,
        ]
        if let first = (v["evidence"] as? [[String: Any]])?.first { v["lead"] = first }
        if let url = safe(i.url) { v["url"] = url }
        if let c = i.cluster, c.copies > 1 {
            var cluster: [String: Any] = ["copies": c.copies, "outlets": c.outlets]
            if let first = c.firstPublisher { cluster["firstPublisher"] = first }
            if let t = c.firstPublished { cluster["firstTime"] = "\(JakartaTime.dayString(t)) \(JakartaTime.timeString(t)) WIB" }
            v["cluster"] = cluster
        }
        return v
    }

    /// Drops absent values: a `nil` inside `Any` would print as "nil".
    static func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }

    /// Only http(s) links reach a template; anything else (`javascript:`) is dropped.
    static func safe(_ url: String) -> String? { Escaping.safeURL(url) }

    static func percentChange(_ value: Double, _ base: Double) -> String {
        guard base > 0 else { return "–" }
        let p = Int(((value - base) / base * 100).rounded())
        return p > 0 ? "+\(p)%" : "\(p)%"
    }
}
