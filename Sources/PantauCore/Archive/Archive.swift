import Foundation

/// The news archive as the pipeline, the digest, the alerts and the front ends use it.
///
/// One implementation per backend: `ArchiveStore` (SQLite, PantauStore) today. Every
/// method either succeeds or throws an `ArchiveError` whose kind the caller can act on;
/// none hands out a database type. Writers are safe to call from several tasks at once.
/// Text analysis that does not need the database (story keywords, cluster memory) lives in
/// PantauClustering so every backend shares it.
public protocol Archive: Sendable {
    // MARK: Sources and runs

    /// Inserts the source or refreshes its title, outlet and tier; returns its state.
    func register(_ source: Source) throws(ArchiveError) -> SourceState
    /// Records the outcome of fetching a source's feed (`error` nil: a success).
    func recordFetch(sourceID: Int64, at date: Date, error: String?, etag: String?, lastModified: String?, itemsSeen: Int,
                     status: Int?, movedTo: String?) throws(ArchiveError)
    func sourceHealth() throws(ArchiveError) -> [SourceHealth]
    func startRun(at date: Date) throws(ArchiveError) -> Int64
    func finishRun(_ id: Int64, at date: Date, sourcesOK: Int, sourcesFailed: Int, articlesNew: Int, errors: [String]) throws(ArchiveError)

    // MARK: Articles

    /// Whether an article with this canonical URL is stored already.
    func contains(url: String) throws(ArchiveError) -> Bool
    /// Stores one source's new articles in one transaction, each with its story cluster;
    /// already stored URLs are skipped. Returns how many were inserted.
    @discardableResult
    func insert(_ articles: [NewArticle], seenAt date: Date) throws(ArchiveError) -> Int
    func articleCount() throws(ArchiveError) -> Int
    /// Articles first seen in `interval`, with their tone, corrections and clusters.
    func articles(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [ArticleSummary]
    func articles(firstSeenIn interval: DateInterval, label: ToneLabel, limit: Int) throws(ArchiveError) -> [ArticleSummary]
    func articleCount(firstSeenIn interval: DateInterval) throws(ArchiveError) -> Int
    /// Per Jakarta day and label, for the digest's trend.
    func dailyToneCounts(from: Date, to: Date) throws(ArchiveError) -> [(day: String, label: ToneLabel, count: Int)]
    /// Each article's story keywords, heaviest first.
    func keywords(of articleIDs: [Int64]) throws(ArchiveError) -> [Int64: [(term: String, weight: Double)]]
    func termCounts(firstSeenIn interval: DateInterval) throws(ArchiveError) -> [String: Int]
    func search(_ query: SearchQuery, options: SearchOptions) throws(ArchiveError) -> [SearchHit]

    /// One article in full with its story's other copies and the corrections and
    /// responses of both, in one consistent read (`notFound` when there is no such id).
    func articleStory(id: Int64) throws(ArchiveError) -> ArticleStory

    // MARK: Curation and tone

    func addLabel(_ label: String, to subject: Subject, note: String?, at date: Date) throws(ArchiveError)
    func addResponse(_ status: String, to subject: Subject, note: String?, link: String?, at date: Date) throws(ArchiveError)
    func responseHistory(_ subject: Subject) throws(ArchiveError) -> [HistoryEntry]
    func labelHistory() throws(ArchiveError) -> [HistoryEntry]
    /// Articles of `pageTypes` whose tone came from another lexicon version.
    func articlesToRescore(lexiconVersion: String, pageTypes: [String], limit: Int) throws(ArchiveError)
        -> [(id: Int64, title: String, text: String, category: String)]
    func updateTone(_ results: [(id: Int64, tone: ToneResult)], lexiconVersion: String, at date: Date) throws(ArchiveError)

    // MARK: Alerts

    /// Whether an alert with `key` already went out on `channel`.
    func alertSent(key: String, channel: String) throws(ArchiveError) -> Bool
    /// Records an attempt series; a second "sent" record of one key and channel is refused
    /// by the archive itself (returns false).
    @discardableResult
    func recordAlert(_ record: AlertRecord) throws(ArchiveError) -> Bool
    func alerts(limit: Int) throws(ArchiveError) -> [AlertRecord]

    // MARK: Accounts (the web view)

    /// Stores a new account; a name already taken is refused (`conflict`).
    func addUser(_ account: UserAccount) throws(ArchiveError)
    /// The account with this name, if any.
    func user(named name: String) throws(ArchiveError) -> UserAccount?
    /// Every account, by name.
    func users() throws(ArchiveError) -> [UserAccount]
    /// Deletes an account; returns whether there was one.
    @discardableResult
    func removeUser(named name: String) throws(ArchiveError) -> Bool

    // MARK: Upkeep

    func status(lastRuns: Int) throws(ArchiveError) -> ArchiveStatus
    /// Deletes articles first seen before `date`; returns how many.
    @discardableResult
    func prune(before date: Date) throws(ArchiveError) -> Int
    /// Whether the search index was built by another tokenizer version.
    func indexNeedsRebuild() throws(ArchiveError) -> Bool
    @discardableResult
    func rebuildIndex() throws(ArchiveError) -> Int
    /// A consistent copy of the whole archive at `destination`, while writers go on.
    func backup(to destination: String) throws(ArchiveError)
}

/// The usual arguments, so callers name only what differs.
extension Archive {
    public func recordFetch(sourceID: Int64, at date: Date, error: String?, etag: String? = nil, lastModified: String? = nil,
                            itemsSeen: Int = 0, status: Int? = nil, movedTo: String? = nil) throws(ArchiveError) {
        try recordFetch(sourceID: sourceID, at: date, error: error, etag: etag, lastModified: lastModified, itemsSeen: itemsSeen,
                        status: status, movedTo: movedTo)
    }

    public func search(_ query: SearchQuery) throws(ArchiveError) -> [SearchHit] {
        try search(query, options: SearchOptions())
    }

    public func alerts() throws(ArchiveError) -> [AlertRecord] { try alerts(limit: 50) }

    public func status() throws(ArchiveError) -> ArchiveStatus { try status(lastRuns: 5) }

    public func addLabel(_ label: String, to subject: Subject, note: String?) throws(ArchiveError) {
        try addLabel(label, to: subject, note: note, at: Date())
    }

    public func addResponse(_ status: String, to subject: Subject, note: String?, link: String?) throws(ArchiveError) {
        try addResponse(status, to: subject, note: note, link: link, at: Date())
    }

    public func updateTone(_ results: [(id: Int64, tone: ToneResult)], lexiconVersion: String) throws(ArchiveError) {
        try updateTone(results, lexiconVersion: lexiconVersion, at: Date())
    }

}
