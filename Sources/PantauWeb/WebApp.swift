import Dispatch
import Foundation
import Hummingbird
import Logging
import PantauCore
import PantauPipeline

/// The web view: every route of `pantau serve`, over one `Monitor`. Pages call the
/// monitor's use cases and render; nothing here knows a database or a stage.
///
/// Access: with no account yet, pages are read-only and served only to this machine, and
/// every POST is refused with a page that says how to add a user. Once an account
/// exists, every page but `/masuk` and `/healthz` needs a signed-in session; viewers
/// read, officers also correct labels and record responses. Every POST carries the
/// session's CSRF token (the sign-in form a cookie's).
public final class WebApp: Sendable {
    public let monitor: Monitor
    let sessions: SessionStore
    let throttle: LoginThrottle
    let digests: DigestCache
    let defaultLanguage: String
    let now: @Sendable () -> Date
    let logger: Logger

    /// - Parameters:
    ///   - loginLimit: failed sign-ins per address within 15 minutes before refusing.
    ///   - digestLifetime: how long a rendered digest page is reused (0: never).
    public init(monitor: Monitor, loginLimit: Int = 5, digestLifetime: TimeInterval = 30,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.monitor = monitor
        let web = monitor.configuration.web
        sessions = SessionStore(lifetime: Double(web.sessionHours) * 3600)
        throttle = LoginThrottle(limit: loginLimit)
        digests = DigestCache(lifetime: digestLifetime)
        defaultLanguage = web.language
        self.now = now
        logger = monitor.logger
    }

    /// The router with every page, wrapped in the middleware that turns errors into pages
    /// and sets the security headers on every response.
    public func router() -> Router<WebRequestContext> {
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: PageGuardMiddleware(app: self))
        router.get("/healthz") { _, _ in "ok" }
        // Browsers ask for an icon on every site; an empty answer keeps their consoles clean.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/") { request, context in try await self.digestPage(request, context, date: nil) }
        router.get("/laporan") { request, context in try await self.digestPage(request, context, date: nil) }
        router.get("/laporan/:date") { request, context in
            try await self.digestPage(request, context, date: context.parameters.get("date") ?? "")
        }
        router.get("/cari") { request, context in try await self.searchPage(request, context) }
        router.get("/artikel/:id") { request, context in try await self.articlePage(request, context) }
        router.post("/artikel/:id/label") { request, context in try await self.postLabel(request, context) }
        router.post("/artikel/:id/tanggapan") { request, context in try await self.postResponse(request, context) }
        router.get("/tanggapan") { request, context in try await self.queuePage(request, context) }
        router.get("/sumber") { request, context in try await self.sourcesPage(request, context) }
        router.get("/masuk") { request, context in try await self.loginPage(request, context) }
        router.post("/masuk") { request, context in try await self.postLogin(request, context) }
        router.post("/keluar") { request, context in try await self.postLogout(request, context) }
        return router
    }

    // MARK: Who is asking

    static let sessionCookie = "pantau_sesi"
    static let loginCookie = "pantau_masuk"

    /// One request as a page sees it: its language, its query and who is looking.
    struct Visit {
        var strings: WebStrings
        var query: FormData
        var viewer: Layout.Viewer
        var token: String?

        var session: Session? { viewer.session }
        /// `&lang=en` for links built on this page (empty in Bahasa Indonesia).
        var langSuffix: String { strings.language == "en" ? "&lang=en" : "" }
        var langQuery: String { strings.language == "en" ? "?lang=en" : "" }
    }

    func strings(_ query: FormData) -> WebStrings {
        WebStrings(language: query["lang"] ?? defaultLanguage)
    }

    /// Resolves the visitor and refuses one who may not read: without a session where
    /// accounts exist (sent to sign in), or a remote peer while none exists.
    func visit(_ request: Request, _ context: WebRequestContext) async throws -> Visit {
        let query = FormData(request.uri.query ?? "")
        let t = strings(query)
        let token = request.cookies[Self.sessionCookie]?.value
        if let session = sessions.session(token, now: now()) {
            return Visit(strings: t, query: query, viewer: .init(session: session, readOnly: false), token: token)
        }
        let anyone = try await usersExist()
        if anyone {
            let next = FormData.encode(request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
            throw PageRedirect(to: "/masuk?next=\(next)" + (t.language == "en" ? "&lang=en" : ""))
        }
        guard context.isLocalPeer else { throw PageError(.forbidden, t["error.local"] + " " + t["error.noUsers"]) }
        return Visit(strings: t, query: query, viewer: .init(session: nil, readOnly: true), token: nil)
    }

    /// Checks a POST: an account must exist, the session must be live, the form must carry
    /// its CSRF token, and the role must reach `role`. Returns the visit and the form.
    func authorizePost(_ request: Request, _ context: WebRequestContext, role: UserRole) async throws -> (Visit, FormData) {
        var request = request
        let query = FormData(request.uri.query ?? "")
        let t = strings(query)
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: context.maxUploadSize) } catch {
            throw PageError(.contentTooLarge, t["error.tooLarge"])
        }
        let form = FormData(String(buffer: body))
        guard try await usersExist() else { throw PageError(.forbidden, t["error.noUsers"]) }
        let token = request.cookies[Self.sessionCookie]?.value
        guard let session = sessions.session(token, now: now()) else { throw PageError(.unauthorized, t["error.signIn"]) }
        guard let csrf = form["csrf"], Token.equal(csrf, session.csrf) else { throw PageError(.forbidden, t["error.csrf"]) }
        guard session.role >= role else { throw PageError(.forbidden, t["error.role"]) }
        return (Visit(strings: t, query: query, viewer: .init(session: session, readOnly: false), token: token), form)
    }

    func usersExist() async throws -> Bool {
        try await blocking { try !self.monitor.users().isEmpty }
    }

    // MARK: Responses

    /// An HTML page, never cached (it may show signed-in content).
    func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A redirect after a POST (303: the browser follows with GET).
    func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    /// Runs archive work off the server's threads: SQLite reads are quick, but a write
    /// may wait for a running `pantau run` to release the archive.
    func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}

/// A page that cannot be shown, with its status and the message for the user.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// Not an error: the visitor must go elsewhere first (to sign in).
struct PageRedirect: Error {
    var location: String
    init(to location: String) { self.location = location }
}
