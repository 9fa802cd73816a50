import Foundation
import PantauCore
import PantauFetch
import PantauSentiment
import PantauStore
import PantauTesting
import Testing
@testable import PantauPipeline

@Suite struct MonitorRunTests {
    static let lexicon = Lexicon(words: ["kabur": -4, "prestasi": 3], negators: ["tidak"])

    static func rss(_ base: String, items: [(String, String)]) -> String {
        var s = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title>"
        for (slug, title) in items {
            s += "<item><title>\(title)</title><link>\(base)/berita/\(slug)?utm_source=rss</link>"
            s += "<pubDate>Sun, 29 Nov 2026 01:00:00 +0000</pubDate><description>Ringkasan \(title)</description></item>"
        }
        return s + "</channel></rss>"
    }

    static func page(_ title: String) -> String {
        "<html><head><title>\(title)</title></head><body><nav><a href='/'>Beranda</a></nav><article><h1>\(title)</h1>"
            + "<p>Dua napi kabur dari lapas pada Sabtu malam, menurut keterangan petugas yang berjaga di pos utama.</p>"
            + "<p>Petugas masih memburu keduanya bersama polisi setempat dan warga sekitar lapas.</p></article></body></html>"
    }

    @Test func badSourcesAreRecordedAndTheRunContinues() async throws {
        let box = BaseURL()
        let server = try await LocalHTTPServer.start { request in
            let base = box.value
            switch request.path {
            case "/baik/rss": return .init(contentType: "application/rss+xml", text: Self.rss(base, items: [("satu", "Napi Kabur"), ("dua", "Bukan HTML")]))
            case "/berita/satu": return .init(contentType: "text/html", text: Self.page("Napi Kabur"))
            case "/berita/dua": return .init(status: 200, headers: ["Content-Type": "image/png"], body: Data([0x89, 0x50]))
            case "/bukan-xml/rss": return .init(contentType: "text/plain", text: "ini bukan feed")
            case "/html/rss": return .init(contentType: "text/html", text: "<html><body><h1>Error</h1></body></html>")
            default: return .init(status: 404)
            }
        }
        box.value = server.baseURL
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)/p.sqlite").path
        let store = try ArchiveStore(path: path)
        let client = HTTPClient()
        defer { client.shutdown() }
        let run = MonitorRun(store: store, client: client, analyzer: ToneAnalyzer(lexicon: Self.lexicon))
        let sources = [
            Source(feedURL: server.url("/baik/rss"), title: "Baik"),
            Source(feedURL: server.url("/bukan-xml/rss"), title: "Bukan XML"),
            Source(feedURL: server.url("/html/rss"), title: "Halaman HTML"),
            Source(feedURL: "http://127.0.0.1:1/rss", title: "Tak Terjangkau"),
        ]
        let summary = try await run.run(sources: sources)
        #expect(summary.sourcesOK == 1)
        #expect(summary.sourcesFailed == 3)
        #expect(summary.articlesNew == 2)
        let failures = Dictionary(uniqueKeysWithValues: summary.outcomes.map { ($0.source.title, $0.error?.message) })
        #expect(summary.outcomes.first { $0.source.title == "Tak Terjangkau" }?.error?.kind == .fetch(.connection))
        #expect(failures["Bukan XML"]??.contains("feed") == true)
        #expect(failures["Halaman HTML"]??.contains("HTML") == true)
        #expect(failures["Tak Terjangkau"]??.contains("koneksi") == true)
        // The non-HTML page fell back to the feed summary, with a warning naming it.
        #expect(summary.outcomes[0].warnings.contains { $0.contains("bukan halaman HTML") })
        // Tracking parameters are gone from stored URLs; a second run adds nothing.
        #expect(try store.contains(url: server.url("/berita/satu")))
        let again = try await run.run(sources: sources)
        #expect(again.articlesNew == 0)
        #expect(try store.articleCount() == 2)
        let day = JakartaTime.dayString(Date())
        let articles = try store.articles(firstSeenIn: JakartaTime.dayInterval(day)!)
        #expect(articles.first { $0.url.hasSuffix("/satu") }?.tone.label == .negative)
        await server.stop()
    }
}

final class BaseURL: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = ""
    var value: String {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

@Suite struct ConfigurationTests {
    @Test func precedenceFileThenEnvironment() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("pantau.toml")
        try "[paths]\ndatabase = \"dari-berkas.sqlite\"\nfeeds = \"F\"\n".write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try Configuration.load(explicitPath: file.path, environment: [:])
        #expect(fromFile.databasePath == "dari-berkas.sqlite")
        #expect(fromFile.feedsPath == "F")
        let fromEnv = try Configuration.load(explicitPath: file.path, environment: ["PANTAU_DATABASE": "dari-env.sqlite"])
        #expect(fromEnv.databasePath == "dari-env.sqlite")
        #expect(fromEnv.feedsPath == "F")
    }

    @Test func defaultFileParsesAndUnknownKeysFail() throws {
        var config = Configuration()
        try config.apply(toml: Configuration.defaultFileText, file: "pantau.toml")
        #expect(config.watchList.targets.first?.name == "Lapas Kelas IIA Serang")
        #expect(config.watchList.targets.contains { $0.name == "Pemasyarakatan" })
        var bad = Configuration()
        do {
            try bad.apply(toml: "[paths]\n\ndatabse = \"x\"\n", file: "pantau.toml")
            Issue.record("unknown key accepted")
        } catch {
            #expect(error.description == "pantau.toml:3: kunci 'databse' tidak dikenal di [paths]; yang dikenal: database, feeds, lexicons, reports")
        }
        #expect(throws: Configuration.Failure.self) { try Configuration.load(explicitPath: "/tidak/ada.toml", environment: [:]) }
        var broken = Configuration()
        #expect(throws: Configuration.Failure.self) { try broken.apply(toml: "[paths\n", file: "x.toml") }
    }
}
