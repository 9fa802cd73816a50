import Foundation
import PantauCore
import PantauFeeds
import PantauFetch

/// The source list's use cases: check, add, import, export, and parsing a feed file.
extension Monitor {
    /// The user's own source file in `Feeds/`, written by `feeds add` and `feeds import`.
    public static let userSourcesFile = "user.opml"

    /// Every source of `Feeds/*.opml` (none is not an error here).
    public func listSources() throws(PipelineError) -> [Source] {
        try userSources().all
    }

    /// Every source of `Feeds/*.opml`, with its health when it was ever fetched.
    public func sourceHealth() throws(PipelineError) -> [(source: Source, health: SourceHealth?)] {
        let (all, _) = try userSources()
        let health = try archived { archive throws(ArchiveError) in try archive.sourceHealth() }
        let byURL = Dictionary(health.map { ($0.feedURL, $0) }, uniquingKeysWith: { a, _ in a })
        return all.map { ($0, byURL[$0.feedURL]) }
    }

    /// A source added to `Feeds/user.opml`, and how many items its feed has now.
    public struct AddedSource: Sendable {
        public var source: Source
        /// Items of a feed, URLs of a sitemap, sitemaps of a sitemap index.
        public var items: Int
        public var format: Feed.Format
        public var file: String
    }

    /// Adds the feed at `url`, or the first feed its page announces, or else the site's news
    /// sitemap as its robots.txt lists it, to `Feeds/user.opml`.
    public func addSource(_ url: String, category: String, tier: Int, title: String?) async throws(PipelineError) -> AddedSource {
        let (all, user) = try userSources()
        let (feedURL, feed) = try await discoverFeed(url)
        guard !all.contains(where: { $0.feedURL == feedURL }) else {
            throw PipelineError("\(feedURL) sudah ada di daftar sumber")
        }
        let isSitemap = feed.format == .sitemap || feed.format == .sitemapIndex
        let name = title ?? feed.title.map { $0.isEmpty ? feedURL : $0 } ?? feedURL
        let source = Source(feedURL: feedURL, title: name, siteURL: feed.link ?? (isSitemap ? url : nil), category: category,
                            tier: tier, kind: isSitemap ? .sitemap : .feed)
        try saveUserSources(user + [source])
        return AddedSource(source: source, items: feed.items.count, format: feed.format,
                           file: "\(configuration.feedsPath)/\(Self.userSourcesFile)")
    }

    /// Adds the sources of another reader's OPML file that are not listed yet; returns
    /// (new, already listed).
    public func importSources(from file: String) throws(PipelineError) -> (new: Int, known: Int) {
        let incoming: [Source]
        do { incoming = try OPMLReader().sources(inFile: URL(fileURLWithPath: file)) } catch {
            throw PipelineError(error.description, kind: .configuration)
        }
        let (all, user) = try userSources()
        let known = Set(all.map(\.feedURL))
        let fresh = incoming.filter { !known.contains($0.feedURL) }
        try saveUserSources(user + fresh)
        return (fresh.count, incoming.count - fresh.count)
    }

    /// Every source as one OPML document, and how many.
    public func exportSources() throws(PipelineError) -> (document: String, count: Int) {
        let (all, _) = try userSources()
        return (OPMLWriter().document(title: "Sumber Pantau", sources: all), all.count)
    }

    /// A feed document in feedparser's vocabulary, as JSON-ready values: `bozo`, `feed`,
    /// `entries` (an unreadable or broken one is bozo with nothing in it).
    public static func parsedFeed(_ data: Data?, url: String?, headers: [String: String]) -> [String: Any] {
        guard let data else {
            return ["bozo": true, "error": "berkas tidak bisa dibaca", "feed": [String: Any](), "entries": [Any]()]
        }
        do {
            return try FeedDocumentParser().parse(data, url: url, headers: headers).jsonObject
        } catch {
            return ["bozo": true, "error": error.message, "feed": [String: Any](), "entries": [Any]()]
        }
    }

    /// How many entries a feed document has (0 when it cannot be parsed): the measure of
    /// `feeds parse --stats`.
    public static func feedEntryCount(_ data: Data, url: String?, headers: [String: String]) -> Int {
        (try? FeedDocumentParser().parse(data, url: url, headers: headers).entries.count) ?? 0
    }

    // MARK: Helpers

    func userSources() throws(PipelineError) -> (all: [Source], user: [Source]) {
        let dir = URL(fileURLWithPath: configuration.feedsPath)
        do {
            let all = try OPMLReader().sources(inDirectory: dir)
            let userFile = dir.appendingPathComponent(Self.userSourcesFile)
            let user = FileManager.default.fileExists(atPath: userFile.path) ? try OPMLReader().sources(inFile: userFile) : []
            return (all, user)
        } catch {
            throw PipelineError(error.description, kind: .configuration)
        }
    }

    func saveUserSources(_ sources: [Source]) throws(PipelineError) {
        let feedsDir = configuration.feedsPath
        try? FileManager.default.createDirectory(atPath: feedsDir, withIntermediateDirectories: true)
        let text = OPMLWriter().document(title: "Sumber tambahan pengguna", sources: sources)
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: feedsDir).appendingPathComponent(Self.userSourcesFile))
    }

    /// The feed at `url`, or the first feed its page announces.
    func discoverFeed(_ url: String) async throws(PipelineError) -> (String, Feed) {
        let client = self.client
        let response: HTTPResponse
        do { response = try await client.fetch(HTTPRequest(url: url), retrying: RetryPolicy(maxAttempts: 2, baseDelay: 0.5)) } catch {
            throw PipelineError(error.description)
        }
        guard (200..<300).contains(response.status) else { throw PipelineError("\(url): HTTP \(response.status)") }
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
        throw PipelineError("\(url): bukan feed, halamannya tidak menyebut feed (<link rel=\"alternate\">), dan robots.txt-nya tidak menyebut sitemap yang bisa dibaca")
    }
}
