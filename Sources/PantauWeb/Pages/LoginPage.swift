import Foundation
import Hummingbird
import PantauCore
import PantauPipeline

/// `/masuk` and `/keluar`: signing in and out. The sign-in form carries a token that must
/// match a cookie set with the form (the browser has no session yet to hold one), failed
/// attempts are limited per address, and a success starts a new session (a token an
/// attacker planted before is never promoted).
extension WebApp {
    func loginPage(_ request: Request, _ context: WebRequestContext, message: String? = nil,
                   status: HTTPResponse.Status = .ok) async throws -> Response {
        let query = FormData(request.uri.query ?? "")
        let t = strings(query)
        let anyone = try await usersExist()
        let existing = request.cookies[Self.loginCookie]?.value
        let csrf = existing.flatMap { $0.count == 64 ? $0 : nil } ?? Token.make()
        let next = Self.safeNext(query["next"])
        let lang = t.language == "en" ? "?lang=en" : ""
        var body = "<h1>\(HTML.escape(t["login.title"]))</h1>\n"
        if let message { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(message))</p>\n" }
        if !anyone { body += "<p class=\"notice\">\(HTML.escape(t["login.noUsers"]))</p>\n" }
        body += """
        <form class="stack" method="post" action="/masuk\(lang)">
        <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="next" value="\(HTML.escape(next))">
        <label>\(HTML.escape(t["login.name"]))<input name="name" autocomplete="username" required autofocus></label>
        <label>\(HTML.escape(t["login.password"]))<input type="password" name="password" autocomplete="current-password" required></label>
        <button type="submit">\(HTML.escape(t["login.submit"]))</button>
        </form>
        """
        let viewer = Layout.Viewer(session: sessions.session(request.cookies[Self.sessionCookie]?.value, now: now()), readOnly: !anyone)
        var response = html(Layout.page(title: t["login.title"], body: body, strings: t, viewer: viewer, current: "/masuk"),
                            status: status)
        if existing != csrf {
            response.setCookie(Cookie(name: Self.loginCookie, value: csrf, maxAge: 3600, path: "/masuk", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    func postLogin(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var request = request
        let t = strings(FormData(request.uri.query ?? ""))
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: context.maxUploadSize) } catch {
            throw PageError(.contentTooLarge, t["error.tooLarge"])
        }
        let form = FormData(String(buffer: body))
        guard try await usersExist() else { throw PageError(.forbidden, t["error.noUsers"]) }
        guard let cookie = request.cookies[Self.loginCookie]?.value, let field = form["csrf"], Token.equal(cookie, field) else {
            throw PageError(.forbidden, t["error.csrf"])
        }
        let address = context.clientAddress
        let current = now()
        guard throttle.allows(address, now: current) else {
            return try await loginPage(request, context, message: t["login.throttled"], status: .tooManyRequests)
        }
        let name = form.trimmed("name") ?? ""
        let password = form["password"] ?? ""
        let account = try await blocking { () -> UserAccount? in
            let account = try self.monitor.user(named: name)
            // An unknown name costs a bcrypt check too, so timing does not reveal names.
            let ok = Passwords.verify(password, hash: account?.passwordHash ?? Passwords.decoy)
            return ok ? account : nil
        }
        guard let account else {
            throttle.failed(address, now: current)
            return try await loginPage(request, context, message: t["login.failed"], status: .unauthorized)
        }
        throttle.succeeded(address)
        sessions.end(request.cookies[Self.sessionCookie]?.value)
        let (token, _) = sessions.start(user: account.name, role: account.role, now: current)
        var response = redirect(Self.safeNext(form["next"]))
        response.setCookie(Cookie(name: Self.sessionCookie, value: token, maxAge: Int(sessions.lifetime), path: "/",
                                  httpOnly: true, sameSite: .strict))
        response.setCookie(Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/masuk", httpOnly: true, sameSite: .strict))
        return response
    }

    func postLogout(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (visit, _) = try await authorizePost(request, context, role: .viewer)
        sessions.end(visit.token)
        var response = redirect("/masuk\(visit.langQuery)")
        response.setCookie(Cookie(name: Self.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    /// Where to go after signing in: a path of this site only (never `//host` or a URL),
    /// so the sign-in page cannot be used to send someone elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
              !next.contains(where: { $0.isNewline || $0 == "\\" }), !next.hasPrefix("/masuk") else { return "/" }
        return next
    }
}
