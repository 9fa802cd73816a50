import Foundation

/// The digest's charts as inline SVG: no scripts, no external assets, scale to the page
/// width through `viewBox`. Every label is escaped (outlet and unit names come from data).
enum SVGCharts {
    static let colors = (negative: "#c0392b", neutral: "#95a5a6", positive: "#1e8449")

    /// Stacked bars: relevant articles per day by tone.
    static func daily(_ days: [Digest.DayCount], strings: DigestStrings) -> String {
        guard !days.isEmpty else { return "" }
        let width = 640.0, height = 180.0, left = 28.0, bottom = 22.0, top = 8.0
        let maxTotal = max(1, days.map(\.total).max() ?? 1)
        let slot = (width - left) / Double(days.count)
        let scale = (height - bottom - top) / Double(maxTotal)
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Escaping.html(strings["dailyChart"]))\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" stroke=\"#888\" stroke-width=\"0.5\"/>"
        out += "<text x=\"\(left - 4)\" y=\"\(top + 8)\" font-size=\"9\" text-anchor=\"end\">\(maxTotal)</text>"
        out += "<text x=\"\(left - 4)\" y=\"\(height - bottom)\" font-size=\"9\" text-anchor=\"end\">0</text>"
        for (i, day) in days.enumerated() {
            let x = left + Double(i) * slot + slot * 0.15
            let w = slot * 0.7
            var y = height - bottom
            let parts: [(Int, String, String)] = [(day.negative, colors.negative, strings["negative"]),
                                                  (day.neutral, colors.neutral, strings["neutral"]),
                                                  (day.positive, colors.positive, strings["positive"])]
            for (count, color, name) in parts where count > 0 {
                let h = Double(count) * scale
                y -= h
                out += "<rect x=\(q(x)) y=\(q(y)) width=\(q(w)) height=\(q(h)) fill=\"\(color)\"><title>\(Escaping.html(day.day)) \(name): \(count)</title></rect>"
            }
            if i % 5 == 0 || i == days.count - 1 {
                // The last label is anchored at its end so it stays inside the chart.
                let anchor = i == days.count - 1 ? "end" : "middle"
                let lx = i == days.count - 1 ? x + w : x + w / 2
                out += "<text x=\(q(lx)) y=\"\(height - 8)\" font-size=\"9\" text-anchor=\"\(anchor)\">\(Escaping.html(String(day.day.suffix(5))))</text>"
            }
        }
        return out + legend(strings, x: left + 4, y: top + 4) + "</svg>"
    }

    /// Horizontal bars: the negative share of each outlet's relevant coverage.
    static func outletShare(_ rows: [Digest.OutletShare], strings: DigestStrings) -> String {
        let rows = Array(rows.prefix(10))
        guard !rows.isEmpty else { return "" }
        let width = 640.0, rowHeight = 20.0, labelWidth = 190.0
        let height = rowHeight * Double(rows.count) + 6
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Escaping.html(strings["outletChart"]))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight + 3
            let barWidth = (width - labelWidth - 110) * row.share
            out += "<text x=\"\(labelWidth - 6)\" y=\(q(y + 13)) font-size=\"11\" text-anchor=\"end\">\(Escaping.html(clip(row.outlet, 30)))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\(q(y + 2)) width=\(q(width - labelWidth - 110)) height=\"14\" fill=\"#eef0f4\"/>"
            out += "<rect x=\"\(labelWidth)\" y=\(q(y + 2)) width=\(q(barWidth)) height=\"14\" fill=\"\(colors.negative)\"/>"
            out += "<text x=\"\(width - 104)\" y=\(q(y + 13)) font-size=\"11\">\(Int((row.share * 100).rounded()))% (\(row.negative)/\(row.total))</text>"
        }
        return out + "</svg>"
    }

    /// Horizontal stacked bars: tone of the coverage naming each unit or target.
    static func targets(_ rows: [Digest.TargetTone], strings: DigestStrings) -> String {
        let rows = Array(rows.prefix(10))
        guard !rows.isEmpty else { return "" }
        let width = 640.0, rowHeight = 20.0, labelWidth = 190.0
        let height = rowHeight * Double(rows.count) + 26
        let maxTotal = Double(max(1, rows.map { $0.negative + $0.neutral + $0.positive }.max() ?? 1))
        let scale = (width - labelWidth - 40) / maxTotal
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Escaping.html(strings["targetChart"]))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight + 3
            out += "<text x=\"\(labelWidth - 6)\" y=\(q(y + 13)) font-size=\"11\" text-anchor=\"end\">\(Escaping.html(clip(row.target, 30)))</text>"
            var x = labelWidth
            for (count, color) in [(row.negative, colors.negative), (row.neutral, colors.neutral), (row.positive, colors.positive)] where count > 0 {
                let w = Double(count) * scale
                out += "<rect x=\(q(x)) y=\(q(y + 2)) width=\(q(w)) height=\"14\" fill=\"\(color)\"/>"
                x += w
            }
            out += "<text x=\(q(x + 4)) y=\(q(y + 13)) font-size=\"11\">\(row.negative + row.neutral + row.positive)</text>"
        }
        return out + legend(strings, x: labelWidth, y: height - 14) + "</svg>"
    }

    private static func legend(_ strings: DigestStrings, x: Double, y: Double) -> String {
        var out = ""
        var cx = x
        for (color, name) in [(colors.negative, strings["negative"]), (colors.neutral, strings["neutral"]), (colors.positive, strings["positive"])] {
            out += "<rect x=\(q(cx)) y=\(q(y)) width=\"9\" height=\"9\" fill=\"\(color)\"/>"
            out += "<text x=\(q(cx + 12)) y=\(q(y + 8)) font-size=\"9\">\(Escaping.html(name))</text>"
            cx += 62
        }
        return out
    }

    /// A quoted SVG coordinate with one decimal.
    private static func q(_ v: Double) -> String { "\"\(String(format: "%.1f", v))\"" }

    private static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
