import Foundation
import Hummingbird
import PantauCore
import PantauPipeline

/// `/cari`: the archive search with the CLI's query language and the hits of `pantau
/// search` (one per story, its copies counted), 20 per page, matches marked. A query that
/// does not parse is shown back with the parser's message and position, status 400.
extension WebApp {
    static let hitsPerPage = 20

    func searchPage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        let t = visit.strings
        let q = visit.query.trimmed("q") ?? ""
        let source = visit.query.trimmed("source")
        let tone = visit.query.trimmed("tone").flatMap(ToneLabel.init(rawValue:))
        let sinceText = visit.query.trimmed("since")
        let untilText = visit.query.trimmed("until")
        let page = max(1, min(Int(visit.query["page"] ?? "") ?? 1, 500))
        var problem: String?
        var options = SearchOptions()
        options.tone = tone
        if let sinceText {
            options.since = TimeWindow.start(sinceText, now: now())
            if options.since == nil { problem = "sejak '\(sinceText)' tidak dikenal; pakai 24h, 7d, 30d atau YYYY-MM-DD" }
        }
        if let untilText {
            options.until = JakartaTime.dayInterval(untilText)?.start
            if options.until == nil { problem = "sampai '\(untilText)' bukan tanggal YYYY-MM-DD yang valid" }
        }
        var hits: [SearchHit] = []
        var more = false
        let text = Self.queryText(q, source: source)
        if problem == nil, let text {
            do {
                (hits, more) = try await storyPage(text, options: options, page: page)
            } catch let error as PipelineError where error.kind == .usage {
                problem = error.message
            }
        }
        let body = searchForm(visit, q: q, source: source, tone: tone, since: sinceText, until: untilText)
            + (problem.map { "<p class=\"error\" role=\"alert\"><b>\(HTML.escape(t["search.error"])):</b> \(HTML.escape($0))</p>" } ?? "")
            + (text == nil || problem != nil ? "" : results(hits, visit: visit, page: page, more: more))
        let title = q.isEmpty ? t["search.title"] : "\(t["nav.search"]): \(q)"
        return html(Layout.page(title: title, body: body, strings: t, viewer: visit.viewer, current: "/cari"),
                    status: problem == nil ? .ok : .badRequest)
    }

    /// The query as the CLI takes it: the typed query, with the source field as a
    /// `source:` filter at its top level. Nil when there is nothing to search for.
    static func queryText(_ q: String, source: String?) -> String? {
        guard let source else { return q.isEmpty ? nil : q }
        let filter = "source:\"\(source.replacingOccurrences(of: "\"", with: " "))\""
        guard !q.isEmpty else { return filter }
        // A top-level OR would take the filter into its last branch: bracket it first.
        if case .or? = try? SearchQuery.parse(q) { return "(\(q)) \(filter)" }
        return "\(q) \(filter)"
    }

    /// The stories of one page, and whether there are more. Copies fold into their story
    /// after the archive's cut, so the cut grows until the page is full or the archive has
    /// no more matches.
    func storyPage(_ text: String, options: SearchOptions, page: Int) async throws -> ([SearchHit], Bool) {
        let wanted = page * Self.hitsPerPage + 1
        var options = options
        var limit = max(50, wanted * 2)
        while true {
            options.limit = limit
            let raw = try await blocking { [options] in try self.monitor.search(text, options: options, allCopies: true) }
            let stories = Self.onePerStory(raw)
            if stories.count >= wanted || raw.count < limit || limit >= 10_000 {
                let start = (page - 1) * Self.hitsPerPage
                let slice = stories.count > start ? Array(stories[start..<min(start + Self.hitsPerPage, stories.count)]) : []
                return (slice, stories.count > start + Self.hitsPerPage)
            }
            limit = min(10_000, limit * 4)
        }
    }

    /// One hit per story, as `Monitor.search` without `allCopies`: the best-ranked copy.
    static func onePerStory(_ hits: [SearchHit]) -> [SearchHit] {
        var seen = Set<Int64>()
        return hits.filter { hit in hit.article.clusterID.map { seen.insert($0).inserted } ?? true }
    }

    func searchForm(_ visit: Visit, q: String, source: String?, tone: ToneLabel?, since: String?, until: String?) -> String {
        let t = visit.strings
        let tones = [("", t["search.any"])] + ToneLabel.allCases.map { ($0.rawValue, t.label($0)) }
        let options = tones.map { value, name in
            "<option value=\"\(value)\"\(tone?.rawValue ?? "" == value ? " selected" : "")>\(HTML.escape(name))</option>"
        }.joined()
        let lang = t.language == "en" ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : ""
        return """
        <h1>\(HTML.escape(t["search.title"]))</h1>
        <form class="search" method="get" action="/cari" role="search">\(lang)
        <label>\(HTML.escape(t["search.query"]))<input type="search" name="q" value="\(HTML.escape(q))" autofocus></label>
        <label>\(HTML.escape(t["search.tone"]))<select name="tone">\(options)</select></label>
        <label>\(HTML.escape(t["search.since"]))<input name="since" size="10" placeholder="7d" value="\(HTML.escape(since ?? ""))"></label>
        <label>\(HTML.escape(t["search.until"]))<input name="until" size="10" placeholder="YYYY-MM-DD" value="\(HTML.escape(until ?? ""))"></label>
        <label>\(HTML.escape(t["search.source"]))<input name="source" size="12" value="\(HTML.escape(source ?? ""))"></label>
        <button type="submit">\(HTML.escape(t["search.submit"]))</button>
        </form>
        <p class="meta">\(HTML.escape(t["search.help"]))</p>
        """
    }

    func results(_ hits: [SearchHit], visit: Visit, page: Int, more: Bool) -> String {
        let t = visit.strings
        guard !hits.isEmpty else { return "<p><em>\(HTML.escape(t["search.none"]))</em></p>" }
        var out = "<ol class=\"hits\" start=\"\((page - 1) * Self.hitsPerPage + 1)\">\n"
        for hit in hits {
            let a = hit.article
            let when = HTML.time(a.published ?? a.firstSeen)
            let copies = a.clusterSize > 1 ? " · \(a.clusterSize - 1) \(HTML.escape(t["search.copies"]))" : ""
            out += """
            <li data-id="\(a.id)"><strong><a href="/artikel/\(a.id)\(visit.langQuery)">\(HTML.escape(a.title.isEmpty ? a.url : a.title))</a></strong><br>
            <span class="meta">\(HTML.escape(a.outlet)) · \(when) · <span class="tag \(a.tone.label.rawValue)">\(HTML.escape(t.label(a.tone.label)))</span>\(copies)\
            \(a.responseStatus.map { " · \(HTML.escape(t["article.status"])): \(HTML.escape(t.status($0)))" } ?? "")</span>
            <div class="small">\(HTML.snippet(hit.snippet))</div>
            </li>

            """
        }
        out += "</ol>\n<div class=\"pages\">"
        var params = visit.query
        if page > 1 { out += "<a href=\"/cari?\(pageQuery(&params, page: page - 1))\">\(HTML.escape(t["search.prev"]))</a>" }
        out += "<span>\(HTML.escape(t["search.page"])) \(page)</span>"
        if more { out += "<a href=\"/cari?\(pageQuery(&params, page: page + 1))\" rel=\"next\">\(HTML.escape(t["search.next"]))</a>" }
        return out + "</div>"
    }

    /// This search's query string with another page number, escaped for an attribute.
    func pageQuery(_ query: inout FormData, page: Int) -> String {
        let keys = ["q", "tone", "since", "until", "source", "lang"]
        let pairs = keys.compactMap { key in query[key].map { "\(key)=\(FormData.encode($0))" } } + ["page=\(page)"]
        return HTML.escape(pairs.joined(separator: "&"))
    }
}
