import Foundation
import Hummingbird
import PantauCore
import PantauPipeline

/// `/artikel/ID`: one article with why it got its tone (the deciding sentences with their
/// terms marked, the rules that changed a term's weight, the incident), its story's other
/// copies, the corrections and responses recorded, and — for officers — the forms.
extension WebApp {
    func articlePage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        let t = visit.strings
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
            throw PageError(.notFound, t["error.notFound"])
        }
        let page = try await blocking { try self.monitor.articlePage(id) }
        let a = page.detail.summary
        var body = "<article>\n<h1>\(HTML.escape(a.title.isEmpty ? a.url : a.title))</h1>\n"
        body += "<p class=\"meta\">\(HTML.escape(t["article.outlet"])): \(HTML.escape(a.outlet)) (\(HTML.escape(a.outletCategory)))"
        if let published = a.published { body += " · \(HTML.escape(t["article.published"])): \(HTML.time(published))" }
        body += " · \(HTML.escape(t["article.firstSeen"])): \(HTML.time(a.firstSeen))"
        if let author = page.detail.author, !author.isEmpty { body += " · \(HTML.escape(author))" }
        body += "<br>\(HTML.outletLink(t["article.original"], to: a.url))</p>\n"
        body += toneSection(page.detail, strings: t)
        body += forms(a, visit: visit)
        body += "<h2>\(HTML.escape(t["article.text"]))</h2>\n<div class=\"text\">\(Self.paragraphs(page.detail.text))</div>\n"
        body += clusterSection(page.copies, visit: visit)
        body += historySection(t["article.labels"], page.labels, strings: t, value: t.correction)
        body += historySection(t["article.responses"], page.responses, strings: t, value: t.status)
        body += "</article>"
        return html(Layout.page(title: a.title, body: body, strings: t, viewer: visit.viewer, current: ""))
    }

    /// The text as paragraphs, escaped (the extractor separates them with blank lines).
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { "<p>\(HTML.escape($0))</p>" }.joined(separator: "\n")
    }

    func toneSection(_ detail: ArticleDetail, strings t: WebStrings) -> String {
        let tone = detail.summary.tone
        var out = "<section id=\"nada\"><h2>\(HTML.escape(t["article.tone"]))</h2>\n<p>"
        out += "<span class=\"tag \(tone.label.rawValue)\">\(HTML.escape(t.label(tone.label)))</span> "
        out += "(\(HTML.escape(t["article.score"])) \(String(format: "%.2f", tone.score)))"
        if let correction = detail.summary.correction {
            out += " · \(HTML.escape(t["article.corrected"])): \(HTML.escape(t.correction(correction)))"
            out += " · \(HTML.escape(t["article.scorer"])): \(HTML.escape(t.label(detail.scorerLabel)))"
        }
        if tone.needsResponse { out += " · <b>\(HTML.escape(t["article.needsResponse"]))</b> (\(HTML.escape(t["article.priority"])) \(tone.priority))" }
        out += "</p>\n"
        if !tone.targets.isEmpty {
            out += "<p class=\"small\">\(HTML.escape(t["article.targets"])): \(tone.targets.map(HTML.escape).joined(separator: ", "))</p>\n"
        }
        if let incident = tone.incident {
            out += "<p class=\"small\">\(HTML.escape(t["article.incident"])): <b>\(HTML.escape(incident))</b> (\(HTML.escape(t["article.severity"])) \(tone.severity))</p>\n"
        }
        let terms = tone.decidingTerms
        if !terms.isEmpty {
            out += "<p class=\"small\">\(HTML.escape(t["article.terms"])): \(terms.prefix(12).map { "<mark>\(HTML.escape($0))</mark>" }.joined(separator: ", "))</p>\n"
        }
        out += "<h3>\(HTML.escape(t["article.sentences"]))</h3>\n"
        guard !tone.sentences.isEmpty else { return out + "<p><em>\(HTML.escape(t["article.noSentences"]))</em></p></section>\n" }
        for sentence in tone.sentences.prefix(8) {
            let label = sentence.score < 0 ? "negative" : sentence.score > 0 ? "positive" : "neutral"
            out += "<blockquote class=\"\(label)\">\(HTML.highlight(sentence.text, terms: sentence.hits.map(\.surface)))"
            let rules = sentence.hits.map { hit -> String in
                let applied = hit.rules.isEmpty ? "" : " — " + hit.rules.map(HTML.escape).joined(separator: ", ")
                return "<span class=\"tag\">\(HTML.escape(hit.surface)) \(String(format: "%+.2f", hit.weight))\(applied)</span>"
            }
            out += "<br><span class=\"small\">\(rules.joined(separator: " "))</span></blockquote>\n"
        }
        return out + "</section>\n"
    }

    func clusterSection(_ copies: [ArticleSummary], visit: Visit) -> String {
        let t = visit.strings
        var out = "<section id=\"cerita\"><h2>\(HTML.escape(t["article.cluster"]))</h2>\n"
        guard !copies.isEmpty else { return out + "<p><em>\(HTML.escape(t["article.alone"]))</em></p></section>\n" }
        out += "<ul class=\"plain\">\n"
        for c in copies {
            out += "<li><a href=\"/artikel/\(c.id)\(visit.langQuery)\">\(HTML.escape(c.title.isEmpty ? c.url : c.title))</a> "
            out += "<span class=\"meta\">— \(HTML.escape(c.outlet)) · \(HTML.time(c.published ?? c.firstSeen)) · "
            out += "<span class=\"tag \(c.tone.label.rawValue)\">\(HTML.escape(t.label(c.tone.label)))</span></span></li>\n"
        }
        return out + "</ul></section>\n"
    }

    func historySection(_ title: String, _ entries: [HistoryEntry], strings t: WebStrings, value: (String) -> String) -> String {
        var out = "<section><h2>\(HTML.escape(title))</h2>\n"
        guard !entries.isEmpty else { return out + "<p><em>\(HTML.escape(t["article.none"]))</em></p></section>\n" }
        out += "<ul class=\"plain history\">\n"
        for e in entries {
            let scope = e.clusterID != nil ? " (\(HTML.escape(t["form.scopeCluster"])))" : ""
            out += "<li>\(HTML.time(e.createdAt)) · <b>\(HTML.escape(value(e.value)))</b>\(scope)"
            if let note = e.note, !note.isEmpty { out += " — \(HTML.escape(note))" }
            if let link = e.link, !link.isEmpty { out += " · \(HTML.outletLink(link, to: link))" }
            out += "</li>\n"
        }
        return out + "</ul></section>\n"
    }

    /// The correction and response forms for officers; a note for the others.
    func forms(_ a: ArticleSummary, visit: Visit) -> String {
        let t = visit.strings
        guard let session = visit.session else {
            return visit.viewer.readOnly ? "<p class=\"notice\">\(HTML.escape(t["error.noUsers"]))</p>\n"
                : "<p class=\"notice\">\(HTML.escape(t["form.signIn"]))</p>\n"
        }
        guard session.role >= .officer else { return "<p class=\"notice\">\(HTML.escape(t["form.viewerOnly"]))</p>\n" }
        let csrf = "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(session.csrf))\">"
        let scope = a.clusterID.map { cluster in
            """
            <label>\(HTML.escape(t["form.scope"]))<select name="scope"><option value="article">\(HTML.escape(t["form.scopeArticle"]))</option>\
            <option value="cluster" selected>\(HTML.escape(t["form.scopeCluster"])) (k\(cluster))</option></select></label>
            """
        } ?? ""
        let labels = Curation.labels.sorted().map { "<option value=\"\($0)\">\(HTML.escape(t.correction($0)))</option>" }.joined()
        let statuses = Curation.statuses.map {
            "<option value=\"\($0)\"\(a.responseStatus == $0 ? " selected" : "")>\(HTML.escape(t.status($0)))</option>"
        }.joined()
        return """
        <section id="tindakan" class="forms">
        <form class="stack" method="post" action="/artikel/\(a.id)/tanggapan\(visit.langQuery)">\(csrf)
        <b>\(HTML.escape(t["form.respond"])) (\(HTML.escape(t["article.status"])): \(HTML.escape(t.status(a.responseStatus))))</b>
        <label>\(HTML.escape(t["article.status"]))<select name="status">\(statuses)</select></label>
        \(scope)
        <label>\(HTML.escape(t["form.note"]))<textarea name="note" rows="2" maxlength="2000"></textarea></label>
        <label>\(HTML.escape(t["form.link"]))<input type="url" name="link" maxlength="2000" placeholder="https://"></label>
        <button type="submit">\(HTML.escape(t["form.respondSubmit"]))</button>
        </form>
        <form class="stack" method="post" action="/artikel/\(a.id)/label\(visit.langQuery)">\(csrf)
        <b>\(HTML.escape(t["form.label"]))</b>
        <label>\(HTML.escape(t["form.label"]))<select name="label">\(labels)</select></label>
        \(scope)
        <label>\(HTML.escape(t["form.note"]))<textarea name="note" rows="2" maxlength="2000"></textarea></label>
        <button type="submit">\(HTML.escape(t["form.labelSubmit"]))</button>
        </form>
        </section>

        """
    }
}
