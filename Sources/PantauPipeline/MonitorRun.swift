import Foundation
import Logging
import PantauCore
import PantauExtract
import PantauFeeds
import PantauFetch
import PantauSentiment

/// One monitoring pass: every source → fetch feed → parse → fetch new article pages →
/// extract → score → store.
///
/// Sources run concurrently (the HTTP client bounds the transfers). A failing source is
/// recorded and reported in the summary; it never stops the others. Each source's new
/// articles are committed in one transaction, so a crash loses at most the work in flight.
public struct MonitorRun: Sendable {
    public let store: any Archive
    public let client: HTTPClient
    public let analyzer: ToneAnalyzer
    public var maxArticlesPerSource: Int
    public var now: @Sendable () -> Date
    public var logger: Logger
    /// Retries for feeds and article pages.
    public var retry: RetryPolicy
    /// robots.txt for article pages; nil fetches them regardless.
    public var robots: RobotsPolicy?
    /// Hosts whose item links are Google News redirects (tests add a local one).
    public var googleNewsHosts: Set<String> = GoogleNewsLink.hosts
    /// Sharing the sources with other workers (a PostgreSQL archive): each source is
    /// claimed before it is fetched, and skipped when another worker has it this round.
    public var workers: Workers?

    /// How this run shares sources with other workers (see `SourceLeasing`).
    public struct Workers: Sendable {
        public var leasing: any SourceLeasing
        /// This worker's name in leases: host and process.
        public var worker: String
        public var lease: TimeInterval
        /// A source claimed less than this long ago belongs to the current round.
        public var round: TimeInterval

        public init(leasing: any SourceLeasing, worker: String, lease: TimeInterval, round: TimeInterval) {
            self.leasing = leasing
            self.worker = worker
            self.lease = lease
            self.round = round
        }
    }

    public init(store: any Archive, client: HTTPClient, analyzer: ToneAnalyzer, maxArticlesPerSource: Int = 30,
                retry: RetryPolicy = RetryPolicy(), respectRobots: Bool = true,
                logger: Logger = Logger(label: "pantau.run"), now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.client = client
        self.analyzer = analyzer
        self.maxArticlesPerSource = maxArticlesPerSource
        self.retry = retry
        self.robots = respectRobots ? RobotsPolicy(client: client) : nil
        self.logger = logger
        self.now = now
    }

    /// What one source contributed to a run.
    public struct SourceOutcome: Sendable {
        public var source: Source
        public var newArticles: Int
        /// Why the source failed, if it did (its description is the line printed and stored).
        public var error: SourceFailure?
        /// Problems with single articles (the source itself worked).
        public var warnings: [String]
        /// Another worker has the source this round: not fetched here.
        public var skipped = false
    }

    /// The result of a run.
    public struct Summary: Sendable {
        public var runID: Int64
        public var outcomes: [SourceOutcome]
        public var startedAt: Date
        public var finishedAt: Date
        public var sourcesOK: Int { outcomes.filter { $0.error == nil && !$0.skipped }.count }
        /// Sources other workers had this round.
        public var sourcesSkipped: Int { outcomes.filter(\.skipped).count }
        public var sourcesFailed: Int { outcomes.filter { $0.error != nil }.count }
        public var articlesNew: Int { outcomes.reduce(0) { $0 + $1.newArticles } }
    }

    public func run(sources: [Source]) async throws(ArchiveError) -> Summary {
        let started = now()
        let runID = try store.startRun(at: started)
        let outcomes = await withTaskGroup(of: SourceOutcome.self) { group in
            for source in sources {
                group.addTask { await self.process(source) }
            }
            var all: [SourceOutcome] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let ordered = sources.compactMap { s in outcomes.first { $0.source == s } }
        let finished = now()
        let summary = Summary(runID: runID, outcomes: ordered, startedAt: started, finishedAt: finished)
        try store.finishRun(runID, at: finished, sourcesOK: summary.sourcesOK, sourcesFailed: summary.sourcesFailed,
                            articlesNew: summary.articlesNew,
                            errors: ordered.compactMap { o in o.error.map { "\(o.source.title): \($0)" } })
        return summary
    }

    /// Fetches and stores one source; every failure becomes the outcome's `error`.
    func process(_ source: Source) async -> SourceOutcome {
        var outcome = SourceOutcome(source: source, newArticles: 0, error: nil, warnings: [])
        let state: SourceState
        do {
            state = try store.register(source)
        } catch {
            outcome.error = SourceFailure(kind: .archive(error.kind), message: error.message)
            return outcome
        }
        if let workers {
            let at = now()
            do {
                guard try workers.leasing.claim(sourceID: state.id, worker: workers.worker, now: at, lease: workers.lease,
                                                roundStart: at.addingTimeInterval(-workers.round)) else {
                    outcome.skipped = true
                    logger.info("diambil pekerja lain", metadata: ["sumber": "\(source.title)"])
                    return outcome
                }
            } catch {
                outcome.error = SourceFailure(kind: .archive(error.kind), message: error.message)
                return outcome
            }
        }
        defer { if let workers { try? workers.leasing.release(sourceID: state.id, worker: workers.worker) } }
        do {
            let feedURL = state.currentURL ?? source.feedURL
            let response = try await client.fetch(HTTPRequest(url: feedURL, etag: state.etag, lastModified: state.lastModified),
                                                  retrying: retry)
            // A feed that moved for good is fetched from its new address from now on.
            let movedTo = response.movedPermanently && response.url != feedURL ? response.url : nil
            if let movedTo { logger.notice("feed pindah permanen", metadata: ["sumber": "\(source.title)", "ke": "\(movedTo)"]) }
            if response.isNotModified {
                try store.recordFetch(sourceID: state.id, at: now(), error: nil, status: 304, movedTo: movedTo)
                logger.info("tidak berubah (304)", metadata: ["sumber": "\(source.title)"])
                return outcome
            }
            guard (200..<300).contains(response.status) else {
                try? store.recordFetch(sourceID: state.id, at: now(), error: nil, status: response.status)
                throw SourceFailure(kind: .status(response.status), message: "feed menjawab HTTP \(response.status)")
            }
            let feed: Feed
            do {
                var headers: [String: String] = [:]
                for name in ["content-type", "content-location", "content-language"] { headers[name] = response.header(name) }
                feed = try FeedParser().parse(response.body, url: response.url, headers: headers)
            } catch {
                throw SourceFailure(kind: .feed, message: "feed tidak bisa dibaca: \(error.message)")
            }
            // A broken document that yields no article at all is the source's failure
            // (XML attacks, truncated or mis-encoded feeds), not a quiet empty feed.
            if let problem = feed.problem, !feed.items.contains(where: { $0.link != nil }) {
                throw SourceFailure(kind: .feed, message: "feed rusak dan tanpa artikel: \(problem)")
            }
            let items = Array(feed.items.sorted { ($0.published ?? .distantPast) > ($1.published ?? .distantPast) }
                .prefix(maxArticlesPerSource))
            var fresh: [NewArticle] = []
            for item in items {
                guard var link = item.link else { continue }
                var resolvedWarning: String?
                if GoogleNewsLink.isRedirect(link, hosts: googleNewsHosts) {
                    (link, resolvedWarning) = await resolveGoogleNews(link)
                }
                let url = URLCanonicalizer.canonical(link)
                if try store.contains(url: url) { continue }
                let (article, warning): (ExtractedArticle?, String?)
                if let resolvedWarning {
                    // Unresolved redirect: keep the story from the feed, marked as such.
                    (article, warning) = (ExtractedArticle(title: item.title, text: item.summary ?? "", published: item.published,
                                                           publishedSource: "feed"), resolvedWarning)
                } else if let robots, await !robots.allows(url) {
                    (article, warning) = (ExtractedArticle(title: item.title, text: item.summary ?? "", published: item.published,
                                                           publishedSource: "feed"),
                                          "artikel \(url): dilarang robots.txt; memakai ringkasan feed")
                } else {
                    (article, warning) = await fetchArticle(url: url, item: item)
                }
                if let warning {
                    outcome.warnings.append(warning)
                    logger.warning("\(warning)", metadata: ["sumber": "\(source.title)"])
                }
                guard let article else { continue }
                var tone = analyzer.analyze(title: article.title, text: article.text)
                if article.pageType != .article && article.pageType != .unknown {
                    // Not an article (index, 404, consent wall, bot check, paywall stub):
                    // marked and kept, never scored.
                    tone = ToneResult(label: .neutral, score: 0, relevant: false, needsResponse: false, priority: 0)
                }
                if source.category == "resmi" {
                    // The institution's own publication: a problem it reports itself
                    // (its overcrowding figures) needs no counter-message.
                    tone.needsResponse = false
                    tone.priority = 0
                }
                fresh.append(NewArticle(url: url, sourceID: state.id, guid: item.id, article: article,
                                                     summary: item.summary, tone: tone,
                                                     lexiconVersion: analyzer.lexicon.version))
            }
            outcome.newArticles = try store.insert(fresh, seenAt: now())
            try store.recordFetch(sourceID: state.id, at: now(), error: nil, etag: response.header("etag"),
                                  lastModified: response.header("last-modified"), itemsSeen: feed.items.count,
                                  status: response.status, movedTo: movedTo)
            logger.info("selesai", metadata: ["sumber": "\(source.title)", "baru": "\(outcome.newArticles)"])
        } catch {
            let failure = Self.failure(error)
            outcome.error = failure
            logger.error("gagal: \(failure.message)", metadata: ["sumber": "\(source.title)", "url": "\(source.feedURL)"])
            try? store.recordFetch(sourceID: state.id, at: now(), error: failure.message)
        }
        return outcome
    }

    /// Fetches and extracts one article page. When the page cannot be used, the feed's
    /// title and summary stand in (marked by a warning), so the story is not lost.
    func fetchArticle(url: String, item: FeedItem) async -> (ExtractedArticle?, String?) {
        var fallback: ExtractedArticle? {
            guard let title = item.title, !title.isEmpty else { return nil }
            return ExtractedArticle(title: title, text: item.summary ?? "", published: item.published,
                                    publishedSource: item.published == nil ? nil : "feed")
        }
        var article: ExtractedArticle
        do {
            article = try await ArticleFetcher(client: client, retry: retry, robots: robots).fetch(url).0
        } catch {
            return (fallback, "artikel \(url): \(error.message); memakai ringkasan feed")
        }
        if article.title?.isEmpty ?? true { article.title = item.title }
        if article.published == nil, let published = item.published {
            article.published = published
            article.publishedSource = "feed"
        }
        if article.text.isEmpty {
            article.text = item.summary ?? ""
            return (article, "artikel \(url): teks utama tidak ditemukan; memakai ringkasan feed")
        }
        return (article, nil)
    }

    /// The publisher URL behind a Google News link: decoded from the link when it carries
    /// one, else by following the redirect. When neither works the link stays and a
    /// warning says the story is kept from the feed alone.
    func resolveGoogleNews(_ link: String) async -> (String, String?) {
        if let decoded = GoogleNewsLink.decodedPublisherURL(link) { return (decoded, nil) }
        if let response = try? await client.fetch(HTTPRequest(url: link), retrying: .none),
           (200..<300).contains(response.status), !GoogleNewsLink.isRedirect(response.url, hosts: googleNewsHosts) {
            return (response.url, nil)
        }
        return (link, "tautan Google News \(link) tidak bisa diurai ke situs penerbit; memakai judul dan ringkasan dari feed")
    }

    /// Any error of a source's processing as its failure, keeping the kind.
    static func failure(_ error: any Error) -> SourceFailure {
        switch error {
        case let e as SourceFailure: e
        case let e as FetchError: SourceFailure(kind: .fetch(e.kind), message: e.message)
        case let e as ArchiveError: SourceFailure(kind: .archive(e.kind), message: e.message)
        case let e as PipelineError: SourceFailure(kind: .other, message: e.message)
        default: SourceFailure(kind: .other, message: "\(error)")
        }
    }
}
