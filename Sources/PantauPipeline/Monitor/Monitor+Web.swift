import Foundation
import PantauCore
import PantauReport

/// The use cases of the web view beyond those the CLI shares: one article with its story
/// and history, and the response queue.
extension Monitor {
    /// The article `id` with its story and history (the article page); a missing one is
    /// `notFound`.
    public func articlePage(_ id: Int64) throws(PipelineError) -> ArticleStory {
        var story = try archived { archive throws(ArchiveError) in try archive.articleStory(id: id) }
        story.detail.summary = ResponsePolicy.corrected(story.detail.summary)
        story.copies = story.copies.map(ResponsePolicy.corrected)
        return story
    }

    /// One story in the response queue: its most urgent copy and its priority as the
    /// digest computes it (reach, spread, recency and the response status count).
    public struct QueueItem: Sendable {
        public var article: ArticleSummary
        public var priority: Int
    }

    /// Negative stories of the last `days` days that need a response, one per story
    /// cluster, most urgent first (the digest's "Perlu Tanggapan" over a longer window).
    public func responseQueue(days: Int = 7) throws(PipelineError) -> [QueueItem] {
        let end = now()
        let articles = try archived { archive throws(ArchiveError) in
            try archive.articles(firstSeenIn: DateInterval(start: end.addingTimeInterval(-Double(days) * 86_400), end: end))
        }.map(ResponsePolicy.corrected)
        let items = articles.filter { $0.tone.relevant && $0.tone.label == .negative && $0.tone.needsResponse }
            .map { QueueItem(article: $0, priority: ResponsePolicy.urgency($0, end: end)) }
            .sorted { a, b in
                if a.priority != b.priority { return a.priority > b.priority }
                if a.article.firstSeen != b.article.firstSeen { return a.article.firstSeen > b.article.firstSeen }
                return a.article.id < b.article.id
            }
        var seen = Set<Int64>()
        return items.filter { item in item.article.clusterID.map { seen.insert($0).inserted } ?? true }
    }
}

extension Monitor {
    /// The health of every source the office watches: those of `Feeds/*.opml` (never
    /// fetched ones without health), then any the archive holds that the list no longer
    /// names (a source removed, or the demo's). A missing `Feeds/` is an empty list.
    public func sourceHealthIncludingArchived() throws(PipelineError) -> [(source: Source, health: SourceHealth?)] {
        let listed = FileManager.default.fileExists(atPath: configuration.feedsPath) ? try userSources().all : []
        let health = try archived { archive throws(ArchiveError) in try archive.sourceHealth() }
        let byURL = Dictionary(health.map { ($0.feedURL, $0) }, uniquingKeysWith: { a, _ in a })
        let known = Set(listed.map(\.feedURL))
        let archivedOnly = health.filter { !known.contains($0.feedURL) }.map {
            (source: Source(feedURL: $0.feedURL, title: $0.title), health: Optional($0))
        }
        return listed.map { ($0, byURL[$0.feedURL]) } + archivedOnly
    }
}
