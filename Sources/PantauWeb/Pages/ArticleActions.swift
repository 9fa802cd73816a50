import Foundation
import Hummingbird
import PantauCore
import PantauPipeline

/// `POST /artikel/ID/label` and `POST /artikel/ID/tanggapan`: the same records as `pantau
/// label` and `pantau respond`, on the article or its whole story; then back to the
/// article page (303).
extension WebApp {
    func postLabel(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (visit, form) = try await authorizePost(request, context, role: .officer)
        let (id, subject) = try await subject(context, form: form, visit: visit)
        guard let label = form.trimmed("label"), Curation.labels.contains(label) else {
            throw PageError(.badRequest, "label harus negative, neutral, positive atau irrelevant")
        }
        let note = try Self.note(form)
        try await blocking { try self.monitor.label(subject, as: label, note: note) }
        digests.clear()
        return redirect("/artikel/\(id)\(visit.langQuery)#nada")
    }

    func postResponse(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (visit, form) = try await authorizePost(request, context, role: .officer)
        let (id, subject) = try await subject(context, form: form, visit: visit)
        guard let status = form.trimmed("status"), Curation.statuses.contains(status) else {
            throw PageError(.badRequest, "status harus baru, ditangani, dijawab atau selesai")
        }
        let note = try Self.note(form)
        let link = form.trimmed("link")
        if let link, TextSafety.webURL(link) == nil || link.count > 2000 || link.contains(where: \.isWhitespace) {
            throw PageError(.badRequest, "tautan harus alamat http:// atau https:// tanpa spasi")
        }
        _ = try await blocking { try self.monitor.respond(subject, status: status, note: note, link: link) }
        digests.clear()
        return redirect("/artikel/\(id)\(visit.langQuery)#tindakan")
    }

    /// The article of the path, and what the form applies to: the article itself or its
    /// story cluster (`scope=cluster`).
    func subject(_ context: WebRequestContext, form: FormData, visit: Visit) async throws -> (Int64, Subject) {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
            throw PageError(.notFound, visit.strings["error.notFound"])
        }
        guard form["scope"] == "cluster" else { return (id, .article(id)) }
        let page = try await blocking { try self.monitor.articlePage(id) }
        guard let cluster = page.detail.summary.clusterID else { return (id, .article(id)) }
        return (id, .cluster(cluster))
    }

    static func note(_ form: FormData) throws -> String? {
        guard let note = form.trimmed("note") else { return nil }
        guard note.count <= 2000 else { throw PageError(.badRequest, "catatan terlalu panjang: maksimal 2000 karakter") }
        return note
    }
}
