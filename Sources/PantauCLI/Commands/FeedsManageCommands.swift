import ArgumentParser
import Foundation
import PantauCore
import PantauFeeds
import PantauFetch
import PantauPipeline
import PantauStore

/// The user's own source file, written by `feeds add` and `feeds import`.
enum UserSources {
    static let fileName = "user.opml"

    static func load(_ feedsDir: String) throws(CLIError) -> (all: [PantauCore.Source], user: [PantauCore.Source]) {
        let dir = URL(fileURLWithPath: feedsDir)
        do {
            let all = try OPMLReader().sources(inDirectory: dir)
            let userFile = dir.appendingPathComponent(fileName)
            let user = FileManager.default.fileExists(atPath: userFile.path) ? try OPMLReader().sources(inFile: userFile) : []
            return (all, user)
        } catch {
            throw CLIError(error.description, code: .configuration)
        }
    }

    static func save(_ sources: [PantauCore.Source], feedsDir: String) throws(CLIError) {
        try? FileManager.default.createDirectory(atPath: feedsDir, withIntermediateDirectories: true)
        let text = OPMLWriter().document(title: "Sumber tambahan pengguna", sources: sources)
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: feedsDir).appendingPathComponent(fileName))
        } catch {
            throw CLIError(error.message)
        }
    }
}

/// `pantau feeds check`: health of every source.
struct FeedsCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa kesehatan sumber: terakhir berhasil, galat, sumber mati atau sepi.",
        discussion: """
        MATI: gagal 3 kali berturut-turut atau tidak berhasil 7 hari. SEPI: berhasil diambil
        tetapi tanpa artikel baru 7 hari. BELUM: belum pernah diambil (`pantau run`).

        Contoh:
          pantau feeds check
        """)

    @ParentCommand var root: Pantau

    func run() async throws {
        let context = try CLIContext(root)
        let (sources, _) = try UserSources.load(context.configuration.feedsPath)
        let store = try context.openStore(create: false)
        let health: [ArchiveStore.SourceHealth]
        do { health = try store.sourceHealth() } catch { throw CLIError(error.message) }
        let byURL = Dictionary(health.map { ($0.feedURL, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Date()
        var flagged = 0
        print("STATUS  GAGAL  ITEM  ARTIKEL  TERAKHIR BERHASIL  SUMBER")
        for source in sources {
            guard let h = byURL[source.feedURL] else {
                print("BELUM       -     -        -  -                  \(source.title)")
                flagged += 1
                continue
            }
            let week = 7 * 86400.0
            let dead = h.consecutiveFailures >= 3 || (h.lastSuccessAt.map { now.timeIntervalSince($0) > week } ?? true)
            let silent = !dead && (h.lastArticleAt.map { now.timeIntervalSince($0) > week } ?? true)
            let status = dead ? "MATI" : silent ? "SEPI" : "OK"
            if dead || silent { flagged += 1 }
            let last = h.lastSuccessAt.map { JakartaTime.dayString($0) + " " + JakartaTime.timeString($0) } ?? "-"
            print("\(status.padding(toLength: 6, withPad: " ", startingAt: 0))  \(String(format: "%5d", h.consecutiveFailures))  \(String(format: "%4d", h.itemsSeen))  \(String(format: "%7d", h.articles))  \(last.padding(toLength: 17, withPad: " ", startingAt: 0))  \(h.title)")
            if let error = h.lastError { print("        galat terakhir: \(error)") }
            if let moved = h.currentURL { print("        pindah ke: \(moved)") }
        }
        print("\(sources.count) sumber, \(flagged) perlu perhatian.")
    }
}

/// `pantau feeds add URL`: a new source, its feed discovered from a homepage if needed.
struct FeedsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Tambah sumber; feed ditemukan dari halaman depan bila perlu.",
        discussion: """
        Sumber ditulis ke Feeds/user.opml (secara atomik).

        Contoh:
          pantau feeds add https://www.contoh-berita.id/
          pantau feeds add https://www.contoh-berita.id/rss --category regional --tier 3
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "URL feed atau halaman depan situs.")
    var url: String

    @Option(help: ArgumentHelp("Kategori: nasional, regional, resmi atau pencarian.", valueName: "KATEGORI"))
    var category = "nasional"

    @Option(help: "Tingkat jangkauan 1 (terbesar) sampai 3.")
    var tier = 2

    @Option(help: ArgumentHelp("Nama sumber (bawaan: judul feed).", valueName: "NAMA"))
    var title: String?

    func validate() throws {
        guard ["nasional", "regional", "resmi", "pencarian"].contains(category) else {
            throw ValidationError("--category harus nasional, regional, resmi atau pencarian")
        }
        guard (1...3).contains(tier) else { throw ValidationError("--tier harus 1, 2 atau 3") }
    }

    func run() async throws {
        let context = try CLIContext(root)
        let feedsDir = context.configuration.feedsPath
        let (all, user) = try UserSources.load(feedsDir)
        let client = HTTPClient(configuration: context.configuration.fetch)
        defer { client.shutdown() }
        let (feedURL, feed) = try await Self.discover(url, client: client)
        guard !all.contains(where: { $0.feedURL == feedURL }) else {
            throw CLIError("\(feedURL) sudah ada di daftar sumber")
        }
        let isSitemap = feed.format == .sitemap || feed.format == .sitemapIndex
        let name = title ?? feed.title.map { $0.isEmpty ? feedURL : $0 } ?? feedURL
        let source = PantauCore.Source(feedURL: feedURL, title: name, siteURL: feed.link ?? (isSitemap ? url : nil), category: category,
                                       tier: tier, kind: isSitemap ? .sitemap : .feed)
        try UserSources.save(user + [source], feedsDir: feedsDir)
        let what = feed.format == .sitemapIndex ? "indeks sitemap, \(feed.items.count) sitemap" : isSitemap ? "sitemap, \(feed.items.count) URL" : "\(feed.items.count) item"
        print("Ditambahkan: \(name) (\(feedURL)), \(what) sekarang. Disimpan di \(feedsDir)/\(UserSources.fileName).")
    }

    /// The feed at `url`, or the first feed its page announces, or else the site's news
    /// sitemap as its robots.txt lists it.
    static func discover(_ url: String, client: HTTPClient) async throws -> (String, Feed) {
        let response: HTTPResponse
        do { response = try await client.fetch(HTTPRequest(url: url), retrying: RetryPolicy(maxAttempts: 2, baseDelay: 0.5)) } catch {
            throw CLIError(error.description)
        }
        guard (200..<300).contains(response.status) else { throw CLIError("\(url): HTTP \(response.status)") }
        if let feed = try? FeedParser().parse(response.body, url: response.url) { return (response.url, feed) }
        for link in FeedDiscovery.feedLinks(inHTML: response.body, base: response.url) {
            guard let r = try? await client.get(link.url), (200..<300).contains(r.status),
                  let feed = try? FeedParser().parse(r.body, url: r.url) else { continue }
            return (link.url, feed)
        }
        // No feed: a sitemap from robots.txt (news sitemaps first).
        if let site = URL(string: "/", relativeTo: URL(string: response.url)) {
            var robots: String?
            if let robotsURL = URL(string: "/robots.txt", relativeTo: site)?.absoluteString,
               let r = try? await client.get(robotsURL), (200..<300).contains(r.status) {
                robots = String(decoding: r.body.prefix(512 * 1024), as: UTF8.self)
            }
            for candidate in SitemapDiscovery.candidates(robots: robots, site: site).prefix(10) {
                guard let r = try? await client.get(candidate), (200..<300).contains(r.status),
                      let feed = try? FeedParser().parse(r.body, url: r.url),
                      feed.format == .sitemap || feed.format == .sitemapIndex else { continue }
                return (candidate, feed)
            }
        }
        throw CLIError("\(url): bukan feed, halamannya tidak menyebut feed (<link rel=\"alternate\">), dan robots.txt-nya tidak menyebut sitemap yang bisa dibaca")
    }
}

/// `pantau feeds import FILE.opml`: sources from another reader.
struct FeedsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor sumber dari berkas OPML ke Feeds/user.opml.",
        discussion: """
        Contoh:
          pantau feeds import langganan.opml
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Berkas OPML.")
    var file: String

    func run() async throws {
        let context = try CLIContext(root)
        let incoming: [PantauCore.Source]
        do { incoming = try OPMLReader().sources(inFile: URL(fileURLWithPath: file)) } catch {
            throw CLIError(error.description, code: .configuration)
        }
        let (all, user) = try UserSources.load(context.configuration.feedsPath)
        let known = Set(all.map(\.feedURL))
        let fresh = incoming.filter { !known.contains($0.feedURL) }
        try UserSources.save(user + fresh, feedsDir: context.configuration.feedsPath)
        print("\(fresh.count) sumber baru diimpor, \(incoming.count - fresh.count) sudah ada.")
    }
}

/// `pantau feeds export`: every source as one OPML document.
struct FeedsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor semua sumber sebagai satu berkas OPML.",
        discussion: """
        Contoh:
          pantau feeds export > sumber-pantau.opml
          pantau feeds export --out sumber-pantau.opml
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Berkas keluaran (bawaan: stdout).", valueName: "FILE"))
    var out: String?

    func run() async throws {
        let context = try CLIContext(root)
        let (all, _) = try UserSources.load(context.configuration.feedsPath)
        let text = OPMLWriter().document(title: "Sumber Pantau", sources: all)
        if let out {
            do { try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out)) } catch { throw CLIError(error.message) }
            print("\(all.count) sumber ditulis ke \(out).")
        } else {
            print(text, terminator: "")
        }
    }
}
