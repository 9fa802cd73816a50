import Foundation
import Hummingbird
import HummingbirdTesting
import PantauCore
import PantauPipeline
import PantauStore
import PantauWeb

/// An archive with an escape story told twice, a complaint, a positive story and two
/// articles whose titles are hostile markup, and a web app over it with a fixed clock.
struct WebFixture {
    static let now = DateParser.parse("2026-11-29T09:00:00+07:00")!
    static let hostileTitle = "<script>alert('x')</script> Napi \"><img src=x onerror=alert(1)> kabur"

    let directory: URL
    let store: ArchiveStore
    let monitor: Monitor
    let app: WebApp
    /// Article ids: the two escape copies, the complaint, the positive story, the hostile one.
    let escape: Int64, escapeCopy: Int64, complaint: Int64, positive: Int64, hostile: Int64

    init(loginLimit: Int = 5) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try ArchiveStore(path: directory.appendingPathComponent("a.sqlite").path)
        let national = try store.register(Source(feedURL: "https://kabar.example/rss", title: "Kabar Nasional", tier: 1))
        let regional = try store.register(Source(feedURL: "https://warta.example/rss", title: "Warta <b>Daerah</b>", tier: 2))
        func tone(_ label: ToneLabel, _ score: Double, priority: Int, severity: Int = 0, term: String, sentence: String) -> ToneResult {
            let hit = ToneResult.Hit(surface: term, term: term, weight: label == .negative ? -4 : 3, rules: ["intensified"])
            return ToneResult(label: label, score: score, relevant: true, targets: ["Lapas Kelas IIA Serang"],
                              sentences: [.init(text: sentence, score: label == .negative ? -4 : 3, hits: [hit])],
                              priority: priority, incident: severity > 0 ? "keamanan" : nil, severity: severity)
        }
        let escapeText = "Dua narapidana Lapas Serang kabur setelah menggergaji teralis jendela sel dan memanjat tembok setinggi enam meter.\nPetugas menyisir permukiman di sekitar Kasemen."
        let seen = Self.now.addingTimeInterval(-3600)
        let escapeSentence = "Dua narapidana Lapas Serang kabur setelah menggergaji teralis."
        try store.insert([
            .init(url: "https://kabar.example/kabur", sourceID: national.id, guid: nil,
                  article: ExtractedArticle(title: "Dua Napi Lapas Serang Kabur Gergaji Teralis", text: escapeText),
                  summary: nil, tone: tone(.negative, -0.95, priority: 95, severity: 3, term: "kabur", sentence: escapeSentence), lexiconVersion: "t"),
            .init(url: "https://warta.example/kabur", sourceID: regional.id, guid: nil,
                  article: ExtractedArticle(title: "Napi Lapas Serang Kabur, Teralis Digergaji", text: escapeText + " Kalapas mengakui ada celah."),
                  summary: nil, tone: tone(.negative, -0.9, priority: 90, severity: 3, term: "kabur", sentence: escapeSentence), lexiconVersion: "t"),
            .init(url: "https://warta.example/antre", sourceID: regional.id, guid: nil,
                  article: ExtractedArticle(title: "Antrean Kunjungan Lapas Serang Dikeluhkan", text: "Pengunjung mengeluhkan antrean panjang di loket kunjungan pada hari Sabtu."),
                  summary: nil, tone: tone(.negative, -0.2, priority: 14, term: "mengeluhkan", sentence: "Pengunjung mengeluhkan antrean panjang."), lexiconVersion: "t"),
            .init(url: "https://kabar.example/latih", sourceID: national.id, guid: nil,
                  article: ExtractedArticle(title: "Warga Binaan Terima Sertifikat Las", text: "Enam puluh warga binaan menerima sertifikat pelatihan las."),
                  summary: nil, tone: tone(.positive, 0.7, priority: 0, term: "sertifikat", sentence: "Enam puluh warga binaan menerima sertifikat."), lexiconVersion: "t"),
            .init(url: "javascript:alert(1)", sourceID: regional.id, guid: nil,
                  article: ExtractedArticle(title: Self.hostileTitle, text: "Teks <script>alert(2)</script> tentang napi yang kabur dari rutan \"><img src=x onerror=alert(3)>."),
                  summary: nil, tone: tone(.negative, -0.6, priority: 60, term: "<script>kabur", sentence: "Napi <script>kabur</script> dari rutan."), lexiconVersion: "t"),
        ], seenAt: seen)
        let ids = try store.search(try SearchQuery.parse("napi OR pengunjung OR binaan"), options: { var o = SearchOptions(); o.limit = 20; return o }())
            .reduce(into: [String: Int64]()) { $0[$1.article.url] = $1.article.id }
        escape = ids["https://kabar.example/kabur"]!
        escapeCopy = ids["https://warta.example/kabur"]!
        complaint = ids["https://warta.example/antre"]!
        positive = ids["https://kabar.example/latih"]!
        hostile = ids["javascript:alert(1)"]!
        var configuration = Configuration()
        configuration.databasePath = store.path
        configuration.lexiconsPath = directory.appendingPathComponent("Lexicons").path
        configuration.feedsPath = directory.appendingPathComponent("Feeds").path
        configuration.reportsPath = directory.appendingPathComponent("Reports").path
        monitor = Monitor(configuration: configuration, archive: store, now: { Self.now }, notify: { _ in })
        app = WebApp(monitor: monitor, loginLimit: loginLimit, now: { Self.now })
    }

    /// Adds an account (a cheap bcrypt cost: tests check behaviour, not strength).
    func addUser(_ name: String, role: UserRole, password: String = "rahasia-sekali") throws {
        try monitor.addUser(name, role: role, passwordHash: Passwords.hash(password, cost: 4))
    }

    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: app.router()).test(.router, body)
    }
}

/// A browser's cookie jar and form handling, reduced to what the tests need.
struct Browser {
    var cookies: [String: String] = [:]

    var cookieHeader: HTTPFields {
        var headers = HTTPFields()
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return headers
    }

    /// Keeps the `Set-Cookie`s of a response (an empty value or `Max-Age=0` deletes).
    mutating func receive(_ response: TestResponse) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || line.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
    }

    mutating func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        receive(response)
        return response
    }

    mutating func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { "\($0.0)=\(formEncode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        receive(response)
        return response
    }

    /// Signs in through the form; returns the final response of the POST.
    mutating func signIn(_ client: any TestClientProtocol, _ name: String, _ password: String = "rahasia-sekali") async throws -> TestResponse {
        let form = try await get(client, "/masuk")
        let token = hiddenValue("csrf", in: String(buffer: form.body)) ?? ""
        return try await post(client, "/masuk", [("csrf", token), ("name", name), ("password", password), ("next", "/")])
    }

    func formEncode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// The value of the first hidden input `name` in a page.
func hiddenValue(_ name: String, in html: String) -> String? {
    guard let start = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
    let rest = html[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}

/// How many times `needle` occurs in `haystack`.
func occurrences(of needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}
