import Foundation
import Hummingbird
import PantauCore
import PantauPipeline

/// `/sumber`: the health of every source, as `pantau feeds check` reports it.
extension WebApp {
    func sourcesPage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        let t = visit.strings
        let sources = try await blocking { try self.monitor.sourceHealthIncludingArchived() }
        let current = now()
        var flagged = 0
        var rows = ""
        for (source, health) in sources {
            let status: String
            var detail = ""
            if let h = health {
                let week = 7 * 86400.0
                let dead = h.consecutiveFailures >= 3 || (h.lastSuccessAt.map { current.timeIntervalSince($0) > week } ?? true)
                let silent = !dead && (h.lastArticleAt.map { current.timeIntervalSince($0) > week } ?? true)
                status = dead ? "sources.dead" : silent ? "sources.silent" : "sources.ok"
                if let error = h.lastError { detail += "<br><span class=\"meta\">\(HTML.escape(t["sources.lastError"])): \(HTML.escape(error))</span>" }
                if let moved = h.currentURL { detail += "<br><span class=\"meta\">\(HTML.escape(t["sources.movedTo"])): \(HTML.escape(moved))</span>" }
                rows += "<tr><td class=\"\(status.dropFirst("sources.".count))\">\(HTML.escape(t[status]))</td><td class=\"n\">\(h.consecutiveFailures)</td>"
                rows += "<td class=\"n\">\(h.itemsSeen)</td><td class=\"n\">\(h.articles)</td>"
                rows += "<td>\(h.lastSuccessAt.map(HTML.time) ?? "-")</td>"
            } else {
                status = "sources.new"
                rows += "<tr><td>\(HTML.escape(t[status]))</td><td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">-</td><td>-</td>"
            }
            if status != "sources.ok" { flagged += 1 }
            rows += "<td>\(HTML.escape(source.title))<br><span class=\"meta\">\(HTML.escape(source.feedURL))</span>\(detail)</td></tr>\n"
        }
        let body = """
        <h1>\(HTML.escape(t["sources.title"]))</h1>
        <p>\(sources.count) \(HTML.escape(t["sources.summary"])) \(flagged)</p>
        <div class="table-wrap"><table><thead><tr><th>\(HTML.escape(t["sources.status"]))</th><th class="n">\(HTML.escape(t["sources.failures"]))</th>\
        <th class="n">\(HTML.escape(t["sources.items"]))</th><th class="n">\(HTML.escape(t["sources.articles"]))</th>\
        <th>\(HTML.escape(t["sources.lastSuccess"]))</th><th>\(HTML.escape(t["sources.source"]))</th></tr></thead><tbody>
        \(rows)</tbody></table></div>
        <p class="meta">\(HTML.escape(t["sources.legend"]))</p>
        """
        return html(Layout.page(title: t["sources.title"], body: body, strings: t, viewer: visit.viewer, current: "/sumber"))
    }
}
