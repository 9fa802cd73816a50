import Foundation
import PantauCore
import PantauFetch
import PantauSentiment
import PantauStore
import PantauTesting
import PantauXML
import Testing
@testable import PantauPipeline

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    func hit(_ path: String) { lock.lock(); counts[path, default: 0] += 1; lock.unlock() }
    func count(_ path: String) -> Int { lock.lock(); defer { lock.unlock() }; return counts[path] ?? 0 }
}

/// Fetch policies as the pipeline applies them: robots.txt, moved feeds, Google News links,
/// and hostile sources that must each end in one recorded error.
@Suite struct IngestionPolicyTests {
    static let lexicon = Lexicon(words: ["kabur": -4])

    static func page(_ title: String) -> String {
        "<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + "<p>Dua napi kabur dari lapas pada Sabtu malam, menurut keterangan petugas yang berjaga.</p>"
            + "<p>Petugas masih memburu keduanya bersama polisi setempat dan warga sekitar lapas.</p></article></body></html>"
    }

    static func rss(_ links: [String]) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title>"
            + links.enumerated().map { "<item><title>Berita \($0.offset)</title><link>\($0.element)</link><description>Ringkasan \($0.offset)</description></item>" }.joined()
            + "</channel></rss>"
    }

    /// A Google-News-style id: base64url of a small protobuf carrying the publisher URL.
    static func googleID(_ url: String) -> String {
        var bytes: [UInt8] = [0x08, 0x13, 0x22, UInt8(url.utf8.count)]
        bytes += Array(url.utf8)
        bytes += [0xD2, 0x01, 0x00]
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    func run(_ server: LocalHTTPServer, sources: [Source], store: ArchiveStore, googleHosts: Set<String> = []) async throws -> MonitorRun.Summary {
        var fetch = HTTPClientConfiguration()
        fetch.totalTimeout = 3
        fetch.lowSpeedSeconds = 2
        fetch.maxBodyBytes = 2_000_000
        let client = HTTPClient(configuration: fetch)
        defer { client.shutdown() }
        var run = MonitorRun(store: store, client: client, analyzer: ToneAnalyzer(lexicon: Self.lexicon),
                             retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01))
        run.logger.logLevel = .critical
        if !googleHosts.isEmpty { run.googleNewsHosts = googleHosts }
        return try await run.run(sources: sources)
    }

    static func store() throws -> ArchiveStore {
        try ArchiveStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("ing-\(UUID().uuidString)/p.sqlite").path)
    }

    @Test func robotsMovedFeedsAndGoogleNews() async throws {
        let counter = Counter()
        let base = BaseURL()
        let server = try await LocalHTTPServer.start { request in
            counter.hit(request.path)
            let b = base.value
            switch request.path {
            case "/robots.txt": return .init(contentType: "text/plain", text: "User-agent: *\nDisallow: /rahasia/\n")
            case "/lama/rss": return .init(status: 301, headers: ["Location": "/baru/rss"])
            case "/baru/rss": return .init(contentType: "application/rss+xml", text: Self.rss(["\(b)/berita/1", "\(b)/rahasia/2"]))
            case "/google/rss":
                return .init(contentType: "application/rss+xml", text: Self.rss([
                    "\(b)/rss/articles/\(Self.googleID("\(b)/berita/3"))?oc=5",
                    "\(b)/rss/articles/CBMiZZZZ?oc=5",
                    "\(b)/rss/articles/TERUS?oc=5",
                ]))
            case "/rss/articles/CBMiZZZZ": return .init(status: 302, headers: ["Location": "/berita/4"])
            case "/rss/articles/TERUS": return .init(contentType: "text/html", text: "<html><body>Google News</body></html>")
            default:
                if request.path.hasPrefix("/berita/") || request.path.hasPrefix("/rahasia/") {
                    return .init(contentType: "text/html", text: Self.page("Napi Kabur \(request.path)"))
                }
                return .init(status: 404)
            }
        }
        base.value = server.baseURL
        let store = try Self.store()
        let sources = [Source(feedURL: server.url("/lama/rss"), title: "Pindah"),
                       Source(feedURL: server.url("/google/rss"), title: "Google News", category: "pencarian")]
        let first = try await run(server, sources: sources, store: store, googleHosts: ["127.0.0.1"])
        #expect(first.sourcesFailed == 0)
        // robots.txt: the disallowed page is never fetched; its story is kept from the feed.
        #expect(counter.count("/rahasia/2") == 0)
        #expect(counter.count("/robots.txt") == 1)
        #expect(try store.contains(url: server.url("/rahasia/2")))
        // Google News: decoded id, followed redirect, and an unresolved link kept with a warning.
        #expect(try store.contains(url: server.url("/berita/3")))
        #expect(try store.contains(url: server.url("/berita/4")))
        let google = try #require(first.outcomes.first { $0.source.title == "Google News" })
        #expect(google.warnings.contains { $0.contains("Google News") })
        // The moved feed is fetched from its new address next time.
        _ = try await run(server, sources: sources, store: store, googleHosts: ["127.0.0.1"])
        #expect(counter.count("/lama/rss") == 1)
        #expect(counter.count("/baru/rss") == 2)
        await server.stop()
    }

    @Test func hostileSourcesEachEndInOneRecordedError() async throws {
        let server = try await LocalHTTPServer.start { request in
            switch request.path {
            case "/baik/rss": return .init(contentType: "application/rss+xml", text: Self.rss([]))
            case "/bom/rss":
                return .init(status: 200, headers: ["Content-Encoding": "gzip", "Content-Type": "application/rss+xml"],
                             body: Gzip.compress(Data(count: 20_000_000))!)
            case "/loop/rss": return .init(status: 302, headers: ["Location": "/loop/rss"])
            case "/500/rss": return .init(status: 500)
            case "/teks/rss": return .init(contentType: "text/plain", text: "bukan feed sama sekali")
            case "/html/rss": return .init(contentType: "text/html", text: "<html><body><h1>Maintenance</h1></body></html>")
            case "/xxe/rss":
                return .init(contentType: "application/rss+xml",
                             text: "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&x;</title></channel></rss>")
            default: return .init(status: 404)
            }
        }
        let store = try Self.store()
        let names = ["baik", "bom", "loop", "500", "teks", "html", "xxe"]
        let sources = names.map { Source(feedURL: server.url("/\($0)/rss"), title: $0) }
        let summary = try await run(server, sources: sources, store: store)
        let errors = Dictionary(uniqueKeysWithValues: summary.outcomes.map { ($0.source.title, $0.error) })
        #expect(errors["baik"]! == nil)
        #expect(errors["bom"]??.contains("batas") == true)
        #expect(errors["loop"]??.contains("pengalihan") == true)
        #expect(errors["500"]??.contains("HTTP 500") == true)
        #expect(errors["teks"]! != nil)
        #expect(errors["html"]??.contains("HTML") == true)
        // XXE: the external entity is refused (nothing of /etc/passwd anywhere), and a
        // broken document with no article is the source's failure, said in one line.
        #expect(errors["xxe"]??.contains("tanpa artikel") == true)
        #expect(errors["xxe"]??.contains("root:") == false)
        for (name, error) in errors where name != "baik" {
            #expect(error.map { !$0.contains("\n") } == true, "\(name): one line")
        }
        await server.stop()
    }
}

@Suite struct MultiPageTests {
    @Test func nextPagesAreJoinedAndNonArticlesAreNotScored() async throws {
        let base = BaseURL()
        let server = try await LocalHTTPServer.start { request in
            let b = base.value
            switch (request.path, request.query["page"]) {
            case ("/rss", _):
                return .init(contentType: "application/rss+xml", text: IngestionPolicyTests.rss(["\(b)/berita/9", "\(b)/hilang"]))
            case ("/berita/9", nil):
                return .init(contentType: "text/html", text: """
                    <html><head><title>Napi Kabur dari Lapas</title></head><body><article>
                    <p>Dua napi kabur dari lapas pada Sabtu malam, menurut keterangan petugas yang berjaga di pos utama.</p>
                    <p>Petugas masih memburu keduanya bersama polisi setempat dan warga sekitar lapas hingga Minggu pagi.</p>
                    <div class="pagination"><a href="\(b)/berita/9?page=2">Selanjutnya</a></div></article></body></html>
                    """)
            case ("/berita/9", "2"):
                return .init(contentType: "text/html", text: """
                    <html><head><title>Napi Kabur dari Lapas</title></head><body><article>
                    <p>Halaman kedua: kepala lapas meminta maaf kepada warga dan berjanji memperketat pengawasan blok hunian.</p>
                    <p>Kedua napi itu akhirnya tertangkap di rumah kerabat mereka di kecamatan tetangga pada Senin dini hari.</p>
                    </article></body></html>
                    """)
            case ("/hilang", _):
                return .init(contentType: "text/html", text: "<html><head><title>404 Not Found</title></head><body><h1>Halaman tidak ditemukan</h1></body></html>")
            default:
                return .init(status: 404)
            }
        }
        base.value = server.baseURL
        let store = try IngestionPolicyTests.store()
        let summary = try await IngestionPolicyTests().run(server, sources: [Source(feedURL: server.url("/rss"), title: "Uji")], store: store)
        #expect(summary.articlesNew == 2)
        let day = try #require(JakartaTime.dayInterval(JakartaTime.dayString(Date())))
        let stored = try store.articles(firstSeenIn: day)
        let story = try #require(stored.first { $0.url.hasSuffix("/berita/9") })
        let hits = try store.search(try SearchQuery.parse("tertangkap"))
        #expect(hits.map(\.article.id).contains(story.id)) // page 2's text is in the stored article
        let missing = try #require(stored.first { $0.url.hasSuffix("/hilang") })
        #expect(!missing.tone.relevant && missing.tone.label == .neutral)
        await server.stop()
    }

    /// A page whose text stays doubtful (a box of unrelated excerpts under "Pilihan Editor",
    /// or nothing the extractor can use) is stored, but its tone is scored on the feed's
    /// title and summary, and the record says so; a clear page is scored on its text.
    @Test func doubtfulPagesAreScoredOnTheFeed() async throws {
        let excerpts = [
            "Pemerintah kota meresmikan taman baru di pusat kota yang dilengkapi jalur sepeda, area bermain anak, dan perpustakaan kecil.",
            "Harga cabai di pasar tradisional turun dua ribu rupiah per kilogram setelah panen raya di sejumlah sentra produksi.",
            "Tim sepak bola daerah lolos ke babak final turnamen antarprovinsi setelah menang adu penalti dalam laga yang ketat.",
        ]
        let base = BaseURL()
        let server = try await LocalHTTPServer.start { request in
            let b = base.value
            switch request.path {
            case "/rss":
                return .init(contentType: "application/rss+xml", text: """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>
                    <item><title>Napi kabur dari lapas</title><link>\(b)/ragu</link><description>Dua napi kabur dari lapas pada Sabtu malam.</description></item>
                    <item><title>Pelatihan menjahit</title><link>\(b)/kosong</link><description>Napi kabur saat pelatihan menjahit.</description></item>
                    <item><title>Napi Kabur dari Lapas</title><link>\(b)/jelas</link><description>Ringkasan tanpa kata bernada.</description></item>
                    </channel></rss>
                    """)
            case "/ragu":
                return .init(contentType: "text/html", text: "<html><head><title>Napi Kabur dari Lapas Tanjung Rawa Saat Hujan Deras</title></head><body>"
                    + "<div class=\"wrap\"><h2>Pilihan Editor</h2>" + excerpts.map { "<p>\($0)</p>" }.joined() + "</div></body></html>")
            case "/kosong":
                return .init(contentType: "text/html", text: "<html><head><title>Pelatihan</title></head><body><div id=\"app\"></div></body></html>")
            case "/jelas":
                return .init(contentType: "text/html", text: IngestionPolicyTests.page("Napi Kabur dari Lapas"))
            default:
                return .init(status: 404)
            }
        }
        base.value = server.baseURL
        let store = try IngestionPolicyTests.store()
        let summary = try await IngestionPolicyTests().run(server, sources: [Source(feedURL: server.url("/rss"), title: "Uji")], store: store)
        #expect(summary.articlesNew == 3)
        let day = try #require(JakartaTime.dayInterval(JakartaTime.dayString(Date())))
        let stored = try store.articles(firstSeenIn: day)
        let doubtful = try #require(stored.first { $0.url.hasSuffix("/ragu") })
        let empty = try #require(stored.first { $0.url.hasSuffix("/kosong") })
        let clear = try #require(stored.first { $0.url.hasSuffix("/jelas") })
        // The feed's summary says "kabur": negative; the page's excerpts never do.
        #expect(doubtful.toneFromFeed && doubtful.tone.label == .negative)
        #expect(empty.toneFromFeed && empty.tone.label == .negative)
        // The clear page is scored on its text ("kabur"), not on its neutral summary.
        #expect(!clear.toneFromFeed && clear.tone.label == .negative)
        // The doubtful page's text is kept.
        #expect(try store.search(try SearchQuery.parse("cabai")).map(\.article.id) == [doubtful.id])
        #expect(summary.outcomes.first?.warnings.contains { $0.contains("/ragu") && $0.contains("meragukan") } == true)
        await server.stop()
    }
}
