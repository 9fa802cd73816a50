import Foundation
import Hummingbird
import PantauPipeline

/// Wraps every route (and the not-found answer): errors become pages in the visitor's
/// language instead of stack traces or bare statuses, and every response carries the
/// security headers.
struct PageGuardMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let app: WebApp

    /// No script at all, no remote source, no framing; styles are the pages' own inline CSS.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let redirect as PageRedirect {
            response = app.redirect(redirect.location)
        } catch {
            response = errorPage(error, request: request, context: context)
        }
        Self.secure(&response.headers)
        return response
    }

    // Names HTTPTypes does not define.
    static let frameOptions = HTTPFields.Element.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
    static let openerPolicy = HTTPFields.Element.Name("Cross-Origin-Opener-Policy")!

    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[Self.referrerPolicy] = "no-referrer"
        headers[Self.frameOptions] = "DENY"
        headers[Self.openerPolicy] = "same-origin"
    }

    func errorPage(_ error: any Error, request: Request, context: Context) -> Response {
        let t = app.strings(FormData(request.uri.query ?? ""))
        let (status, message): (HTTPResponse.Status, String)
        switch error {
        case let page as PageError:
            (status, message) = (page.status, page.message)
        case let failure as PipelineError:
            status = Self.status(of: failure.kind)
            message = failure.kind == .busy ? t["error.busy"] : failure.message
            if status == .internalServerError { context.logger.error("\(request.method) \(request.uri.path): \(failure.message)") }
        case let http as HTTPError where http.status == .notFound:
            (status, message) = (.notFound, t["error.notFound"])
        case let http as any HTTPResponseError:
            (status, message) = (http.status, http.status.reasonPhrase)
        default:
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            (status, message) = (.internalServerError, t["error.internal"])
        }
        let session = app.sessions.session(request.cookies[WebApp.sessionCookie]?.value, now: app.now())
        let body = """
        <h1>\(HTML.escape(t["error.title"])) \(status.code)</h1>
        <p class="error">\(HTML.escape(message))</p>
        <p><a href="/\(t.language == "en" ? "?lang=en" : "")">\(HTML.escape(t["error.back"]))</a></p>
        """
        let page = Layout.page(title: "\(t["error.title"]) \(status.code)", body: body, strings: t,
                               viewer: .init(session: session, readOnly: false), current: "")
        return app.html(page, status: status)
    }

    /// The HTTP status of a monitor failure.
    static func status(of kind: PipelineError.Kind) -> HTTPResponse.Status {
        switch kind {
        case .usage: .badRequest
        case .notFound: .notFound
        case .conflict: .conflict
        case .forbidden: .forbidden
        case .busy, .locked: .serviceUnavailable
        case .failure, .configuration, .sourcesFailed: .internalServerError
        }
    }
}
