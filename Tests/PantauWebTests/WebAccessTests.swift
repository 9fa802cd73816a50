import Foundation
import Hummingbird
import HummingbirdTesting
import PantauCore
import PantauPipeline
import Testing
@testable import PantauWeb

/// Accounts, sessions, CSRF, roles, the sign-in limit and the serve safety rules.
@Suite struct WebAccessTests {
    @Test func withAccountsPagesNeedASessionAndSignInSetsAStrictCookie() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            let anonymous = try await browser.get(client, "/cari?q=kabur")
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location] == "/masuk?next=%2Fcari%3Fq%3Dkabur")
            #expect(try await browser.get(client, "/healthz").status == .ok, "health needs no session")
            let form = try await browser.get(client, "/masuk")
            #expect(form.status == .ok)
            let loginCookie = form.headers[values: .setCookie].first { $0.hasPrefix("pantau_masuk=") } ?? ""
            #expect(loginCookie.contains("HttpOnly") && loginCookie.contains("SameSite=Strict"))
            let token = hiddenValue("csrf", in: String(buffer: form.body)) ?? ""
            let signedIn = try await browser.post(client, "/masuk", [("csrf", token), ("name", "sari"), ("password", "rahasia-sekali"),
                                                                     ("next", "/cari?q=kabur")])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/cari?q=kabur")
            let cookie = signedIn.headers[values: .setCookie].first { $0.hasPrefix("pantau_sesi=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Max-Age=\(8 * 3600)"), "the session expires")
            let page = try await browser.get(client, "/cari?q=kabur")
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<b>sari</b>"))
        }
    }

    @Test func signInRefusesAForeignNextAndWrongPasswords() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            let wrong = try await browser.signIn(client, "sari", "salah-sandinya")
            #expect(wrong.status == .unauthorized)
            #expect(browser.cookies["pantau_sesi"] == nil)
            let form = try await browser.get(client, "/masuk")
            let token = hiddenValue("csrf", in: String(buffer: form.body)) ?? ""
            let elsewhere = try await browser.post(client, "/masuk", [("csrf", token), ("name", "sari"), ("password", "rahasia-sekali"),
                                                                      ("next", "//evil.example/")])
            #expect(elsewhere.headers[.location] == "/")
        }
    }

    @Test func signInWithoutTheFormTokenIs403() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            _ = try await browser.get(client, "/masuk")
            let forged = try await browser.post(client, "/masuk", [("csrf", String(repeating: "0", count: 64)), ("name", "sari"),
                                                                   ("password", "rahasia-sekali")])
            #expect(forged.status == .forbidden)
            var stranger = Browser()
            let noCookie = try await stranger.post(client, "/masuk", [("name", "sari"), ("password", "rahasia-sekali")])
            #expect(noCookie.status == .forbidden)
            #expect(stranger.cookies["pantau_sesi"] == nil)
        }
    }

    @Test func postsNeedASessionAndItsCsrfToken() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var anonymous = Browser()
            let noSession = try await anonymous.post(client, "/artikel/\(fixture.escape)/tanggapan", [("status", "ditangani")])
            #expect(noSession.status == .unauthorized)

            var browser = Browser()
            _ = try await browser.signIn(client, "sari")
            let withoutToken = try await browser.post(client, "/artikel/\(fixture.escape)/tanggapan", [("status", "ditangani")])
            #expect(withoutToken.status == .forbidden)
            let wrongToken = try await browser.post(client, "/artikel/\(fixture.escape)/label",
                                                    [("csrf", String(repeating: "a", count: 64)), ("label", "neutral")])
            #expect(wrongToken.status == .forbidden)
            #expect(try fixture.monitor.labelHistory().isEmpty)
            #expect(try fixture.monitor.respond(.article(fixture.escape), status: nil, note: nil, link: nil).isEmpty)
        }
    }

    @Test func anOfficerRecordsResponsesAndLabelsAsTheCliDoes() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "sari")
            let before = String(buffer: try await browser.get(client, "/").body)
            #expect(!before.contains("status tanggapan: ditangani"))
            let page = String(buffer: try await browser.get(client, "/artikel/\(fixture.escape)").body)
            let csrf = hiddenValue("csrf", in: page) ?? ""
            #expect(csrf.count == 64)
            let responded = try await browser.post(client, "/artikel/\(fixture.escape)/tanggapan",
                                                   [("csrf", csrf), ("status", "ditangani"), ("scope", "cluster"),
                                                    ("note", "rilis <b>disiapkan</b>"), ("link", "https://lapas.example/rilis/1")])
            #expect(responded.status == .seeOther)
            #expect(responded.headers[.location]?.hasPrefix("/artikel/\(fixture.escape)") == true)
            let cluster = try #require(try fixture.monitor.articlePage(fixture.escape).detail.summary.clusterID)
            let history = try fixture.monitor.respond(.cluster(cluster), status: nil, note: nil, link: nil)
            #expect(history.map(\.value) == ["ditangani"])
            #expect(history.first?.note == "rilis <b>disiapkan</b>")
            #expect(history.first?.link == "https://lapas.example/rilis/1")

            let labelled = try await browser.post(client, "/artikel/\(fixture.complaint)/label",
                                                  [("csrf", csrf), ("label", "irrelevant"), ("scope", "article"), ("note", "bukan soal layanan")])
            #expect(labelled.status == .seeOther)
            #expect(try fixture.monitor.labelHistory().map(\.value) == ["irrelevant"])

            let after = String(buffer: try await browser.get(client, "/artikel/\(fixture.escapeCopy)").body)
            #expect(after.contains("rilis &lt;b&gt;disiapkan&lt;/b&gt;"), "the story's history shows on every copy, escaped")
            let queue = String(buffer: try await browser.get(client, "/tanggapan").body)
            #expect(queue.contains("<td class=\"status\">ditangani</td>"))
            let digest = String(buffer: try await browser.get(client, "/").body)
            #expect(digest.contains("status tanggapan: ditangani"), "a response shows on the digest page at once, not after its cache ages")
            #expect(!queue.contains("data-id=\"\(fixture.complaint)\""), "a story marked irrelevant leaves the queue")

            let bad = try await browser.post(client, "/artikel/\(fixture.escape)/tanggapan",
                                             [("csrf", csrf), ("status", "ditangani"), ("link", "javascript:alert(1)")])
            #expect(bad.status == .badRequest)
            let unknown = try await browser.post(client, "/artikel/\(fixture.escape)/label", [("csrf", csrf), ("label", "hebat")])
            #expect(unknown.status == .badRequest)
            let missing = try await browser.post(client, "/artikel/999999/label", [("csrf", csrf), ("label", "neutral")])
            #expect(missing.status == .notFound)
        }
    }

    @Test func viewersReadButMayNotChangeAnything() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("budi", role: .viewer)
        try await fixture.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "budi")
            let page = try await browser.get(client, "/artikel/\(fixture.escape)")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(!html.contains("action=\"/artikel/\(fixture.escape)/label\""), "no forms for a viewer")
            let csrf = hiddenValue("csrf", in: html) ?? ""
            let refused = try await browser.post(client, "/artikel/\(fixture.escape)/label", [("csrf", csrf), ("label", "positive")])
            #expect(refused.status == .forbidden)
            #expect(try fixture.monitor.labelHistory().isEmpty)
        }
    }

    @Test func signInIsLimitedPerAddress() async throws {
        let fixture = try WebFixture(loginLimit: 3)
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            for _ in 0..<3 { #expect(try await browser.signIn(client, "sari", "tebakan-salah").status == .unauthorized) }
            let blocked = try await browser.signIn(client, "sari")
            #expect(blocked.status == .tooManyRequests, "even the right password waits once the limit is reached")
            #expect(browser.cookies["pantau_sesi"] == nil)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        let fixture = try WebFixture()
        try fixture.addUser("sari", role: .officer)
        try await fixture.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "sari")
            let token = browser.cookies["pantau_sesi"]
            let page = String(buffer: try await browser.get(client, "/").body)
            let csrf = hiddenValue("csrf", in: page) ?? ""
            let out = try await browser.post(client, "/keluar", [("csrf", csrf)])
            #expect(out.status == .seeOther)
            // Even a browser that kept the old cookie is signed out: the server forgot it.
            var replay = Browser()
            replay.cookies["pantau_sesi"] = token
            #expect(try await replay.get(client, "/").status == .seeOther)
        }
    }

    @Test func sessionsExpire() {
        let store = SessionStore(lifetime: 60)
        let start = Date(timeIntervalSince1970: 1_000_000)
        let (token, _) = store.start(user: "sari", role: .officer, now: start)
        #expect(store.session(token, now: start.addingTimeInterval(59))?.user == "sari")
        #expect(store.session(token, now: start.addingTimeInterval(61)) == nil)
        #expect(store.session(token, now: start) == nil, "an expired session is gone for good")
    }

    @Test func serveRefusesAnotherHostUntilAUserExists() throws {
        let fixture = try WebFixture()
        #expect(throws: PipelineError.self) { try WebServer(monitor: fixture.monitor, host: "0.0.0.0", port: 0).checkSafety() }
        do {
            try WebServer(monitor: fixture.monitor, host: "0.0.0.0", port: 0).checkSafety()
        } catch {
            #expect(error.kind == .configuration)
        }
        try WebServer(monitor: fixture.monitor, host: "127.0.0.1", port: 0).checkSafety()
        try fixture.addUser("admin", role: .admin)
        try WebServer(monitor: fixture.monitor, host: "0.0.0.0", port: 0).checkSafety()
    }

    @Test func accountsKeepOnlyHashesAndRefuseDuplicates() throws {
        let fixture = try WebFixture()
        try UserAccounts.add("sari", role: .officer, password: "kata-sandi-panjang", monitor: fixture.monitor, cost: 4)
        let stored = try #require(try fixture.monitor.user(named: "sari"))
        #expect(stored.passwordHash.hasPrefix("$2"))
        #expect(!stored.passwordHash.contains("kata-sandi-panjang"))
        #expect(Passwords.verify("kata-sandi-panjang", hash: stored.passwordHash))
        #expect(!Passwords.verify("kata-sandi-panjanG", hash: stored.passwordHash))
        #expect(throws: PipelineError.self) { try UserAccounts.add("sari", role: .viewer, password: "lain-lagi-panjang", monitor: fixture.monitor, cost: 4) }
        #expect(throws: PipelineError.self) { try UserAccounts.add("budi", role: .viewer, password: "pendek", monitor: fixture.monitor, cost: 4) }
        #expect(throws: PipelineError.self) { try UserAccounts.add("bu di", role: .viewer, password: "cukup-panjang-ini", monitor: fixture.monitor, cost: 4) }
        try fixture.monitor.removeUser("sari")
        #expect(try fixture.monitor.users().isEmpty)
        #expect(throws: PipelineError.self) { try fixture.monitor.removeUser("sari") }
    }
}
