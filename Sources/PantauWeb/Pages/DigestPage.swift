import Foundation
import Hummingbird
import PantauCore
import PantauPipeline
import PantauReport

/// `/`, `/laporan?since=7d|30d` and `/laporan/YYYY-MM-DD`: the HTML digest itself, built
/// live from the archive with the same renderer and templates as `pantau digest`, so its
/// sections, their order and its print CSS are the digest's. The page adds the navigation
/// bar and, on every story, a link to its article page.
extension WebApp {
    func digestPage(_ request: Request, _ context: WebRequestContext, date: String?) async throws -> Response {
        let visit = try await visit(request, context)
        let t = visit.strings
        let since = date == nil ? (visit.query["since"] ?? "24h") : nil
        if let date, JakartaTime.dayInterval(date) == nil {
            throw PageError(.notFound, "tanggal '\(date)' tidak valid; pakai format YYYY-MM-DD")
        }
        if let since, !["24h", "7d", "30d"].contains(since) {
            throw PageError(.badRequest, "since='\(since)' tidak dikenal; pakai 24h, 7d atau 30d")
        }
        let language = t.language
        let html = try await digests.page("\(date ?? "")|\(since ?? "")|\(language)", now: now()) {
            let rendered = try await self.blocking {
                try self.monitor.digest(date: date, since: since, language: language, formats: [.html])
            }
            return String(decoding: rendered.files.first?.contents ?? Data(), as: UTF8.self)
        }
        let current = date != nil ? "" : since == "24h" ? "/" : "/laporan?since=\(since ?? "")"
        return self.html(Self.decorate(html, strings: t, viewer: visit.viewer, current: current))
    }

    /// The digest's HTML with the navigation bar after `<body>`, its style before
    /// `</head>`, and a link to the article page at the end of every story (`data-id`).
    static func decorate(_ html: String, strings t: WebStrings, viewer: Layout.Viewer, current: String) -> String {
        var out = html
        if let head = out.range(of: "</head>") {
            out.replaceSubrange(head, with: "<style>\(Layout.navCSS)</style>\n</head>")
        }
        if let body = out.range(of: "<body>") {
            out.replaceSubrange(body, with: "<body>\n" + Layout.navigation(strings: t, viewer: viewer, current: current))
        }
        let label = HTML.escape(t.language == "en" ? "Details and response" : "Rincian dan tanggapan")
        let lang = t.language == "en" ? "?lang=en" : ""
        var result = ""
        result.reserveCapacity(out.utf8.count + 4096)
        var rest = out[...]
        let marker = "data-id=\""
        while let found = rest.range(of: marker) {
            let digits = rest[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let end = rest[found.upperBound...].range(of: "\n</li>") else {
                result += rest[..<found.upperBound]
                rest = rest[found.upperBound...]
                continue
            }
            result += rest[..<end.lowerBound]
            result += "\n<a class=\"detail\" href=\"/artikel/\(digits)\(lang)\">\(label) ›</a>"
            rest = rest[end.lowerBound...]
            // Step past this item's `</li>` so the next marker is searched after it.
            result += rest[..<end.upperBound]
            rest = rest[end.upperBound...]
        }
        result += rest
        return result
    }
}
