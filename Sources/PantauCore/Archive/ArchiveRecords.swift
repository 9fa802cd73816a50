import Foundation

// The values an `Archive` takes and returns. They carry no database types, so every
// backend, the pipeline, the digest and the front ends share them.

/// An article ready to store, with its tone.
public struct NewArticle: Sendable {
    public var url: String
    public var sourceID: Int64
    public var guid: String?
    public var article: ExtractedArticle
    public var summary: String?
    public var tone: ToneResult
    public var lexiconVersion: String

    public init(url: String, sourceID: Int64, guid: String?, article: ExtractedArticle, summary: String?,
                tone: ToneResult, lexiconVersion: String) {
        self.url = url
        self.sourceID = sourceID
        self.guid = guid
        self.article = article
        self.summary = summary
        self.tone = tone
        self.lexiconVersion = lexiconVersion
    }
}

/// Fetch state of a source, as stored.
public struct SourceState: Sendable, Equatable {
    public var id: Int64
    public var etag: String?
    public var lastModified: String?
    /// Where the feed lives now, after a permanent redirect (nil: at its xmlUrl).
    public var currentURL: String?

    public init(id: Int64, etag: String? = nil, lastModified: String? = nil, currentURL: String? = nil) {
        self.id = id
        self.etag = etag
        self.lastModified = lastModified
        self.currentURL = currentURL
    }
}

/// Health of one source, for `pantau feeds check`.
public struct SourceHealth: Sendable, Equatable {
    public var feedURL: String
    public var currentURL: String?
    public var title: String
    public var lastFetchedAt: Date?
    public var lastSuccessAt: Date?
    public var lastError: String?
    public var consecutiveFailures: Int
    public var itemsSeen: Int
    public var articles: Int
    public var lastArticleAt: Date?

    public init(feedURL: String, currentURL: String?, title: String, lastFetchedAt: Date?, lastSuccessAt: Date?, lastError: String?,
                consecutiveFailures: Int, itemsSeen: Int, articles: Int, lastArticleAt: Date?) {
        self.feedURL = feedURL
        self.currentURL = currentURL
        self.title = title
        self.lastFetchedAt = lastFetchedAt
        self.lastSuccessAt = lastSuccessAt
        self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures
        self.itemsSeen = itemsSeen
        self.articles = articles
        self.lastArticleAt = lastArticleAt
    }
}

/// What a label or a response is about: an article (`123`) or a story cluster (`k45`).
public enum Subject: Sendable, Equatable, Hashable {
    case article(Int64)
    case cluster(Int64)
}

/// One row of a history (labels or responses).
public struct HistoryEntry: Sendable, Equatable {
    public var id: Int64
    public var articleID: Int64?
    public var clusterID: Int64?
    public var value: String
    public var note: String?
    public var link: String?
    public var createdAt: Date
    public var title: String?
    public var url: String?

    public init(id: Int64, articleID: Int64?, clusterID: Int64?, value: String, note: String?, link: String?, createdAt: Date,
                title: String? = nil, url: String? = nil) {
        self.id = id
        self.articleID = articleID
        self.clusterID = clusterID
        self.value = value
        self.note = note
        self.link = link
        self.createdAt = createdAt
        self.title = title
        self.url = url
    }
}

/// One alert attempt (or series of attempts) on one channel.
public struct AlertRecord: Sendable, Equatable {
    public var key: String
    public var channel: String
    /// `cluster`, `spike` or `test`.
    public var kind: String
    public var clusterID: Int64?
    public var articleID: Int64?
    public var priority: Int
    /// `sent` or `failed`.
    public var status: String
    public var attempts: Int
    public var error: String?
    public var message: String
    public var createdAt: Date

    public init(key: String, channel: String, kind: String, clusterID: Int64? = nil, articleID: Int64? = nil, priority: Int = 0,
                status: String, attempts: Int, error: String? = nil, message: String, createdAt: Date) {
        self.key = key
        self.channel = channel
        self.kind = kind
        self.clusterID = clusterID
        self.articleID = articleID
        self.priority = priority
        self.status = status
        self.attempts = attempts
        self.error = error
        self.message = message
        self.createdAt = createdAt
    }
}

/// What `pantau status` shows.
public struct ArchiveStatus: Sendable {
    public var articles: Int
    public var clusters: Int
    public var sources: Int
    public var failingSources: [(title: String, error: String, failures: Int)]
    public var runs: [(id: Int64, startedAt: Date, finishedAt: Date?, ok: Int, failed: Int, new: Int)]
    /// The archive's size on disk.
    public var databaseBytes: Int64

    public init(articles: Int, clusters: Int, sources: Int, failingSources: [(title: String, error: String, failures: Int)],
                runs: [(id: Int64, startedAt: Date, finishedAt: Date?, ok: Int, failed: Int, new: Int)], databaseBytes: Int64) {
        self.articles = articles
        self.clusters = clusters
        self.sources = sources
        self.failingSources = failingSources
        self.runs = runs
        self.databaseBytes = databaseBytes
    }
}

/// Search filters besides the query itself.
public struct SearchOptions: Sendable {
    public var since: Date?
    public var until: Date?
    public var tone: ToneLabel?
    public var limit: Int = 50
    public var sortByDate = false
    public init() {}
}

/// One search result.
public struct SearchHit: Sendable, Equatable {
    public var article: ArticleSummary
    /// Matched passage with hits between `[` and `]`.
    public var snippet: String

    public init(article: ArticleSummary, snippet: String) {
        self.article = article
        self.snippet = snippet
    }
}
