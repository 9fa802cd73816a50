import Foundation
import Hummingbird
import PantauCore
import PantauPipeline

/// `/tanggapan`: the response queue, negative stories that need a response, most urgent
/// first, each with its status.
extension WebApp {
    func queuePage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        let t = visit.strings
        let queue = try await blocking { try self.monitor.responseQueue() }
        var body = "<h1>\(HTML.escape(t["queue.title"]))</h1>\n<p class=\"meta\">\(HTML.escape(t["queue.intro"]))</p>\n"
        if queue.isEmpty {
            body += "<p><em>\(HTML.escape(t["queue.none"]))</em></p>"
        } else {
            body += """
            <div class="table-wrap"><table class="queue"><thead><tr><th class="n">\(HTML.escape(t["article.priority"]))</th>\
            <th>\(HTML.escape(t["queue.story"]))</th><th>\(HTML.escape(t["article.status"]))</th></tr></thead><tbody>

            """
            for item in queue {
                let a = item.article
                let copies = a.clusterSize > 1 ? " · \(a.clusterSize) \(HTML.escape(t["search.copies"])), \(a.clusterOutlets) media" : ""
                body += """
                <tr data-id="\(a.id)"><td class="n">\(item.priority)</td><td><a href="/artikel/\(a.id)\(visit.langQuery)">\(HTML.escape(a.title.isEmpty ? a.url : a.title))</a><br>\
                <span class="meta">\(HTML.escape(a.outlet)) · \(HTML.time(a.published ?? a.firstSeen))\(copies)</span></td>\
                <td class="status">\(HTML.escape(t.status(a.responseStatus)))</td></tr>

                """
            }
            body += "</tbody></table></div>"
        }
        return html(Layout.page(title: t["queue.title"], body: body, strings: t, viewer: visit.viewer, current: "/tanggapan"))
    }
}
