import Foundation

/// One entry of a feed (RSS item, Atom entry), as the feed parser found it.
public struct FeedItem: Sendable, Equatable, Codable {
    public var title: String?
    /// The entry's link, resolved against the feed's URL.
    public var link: String?
    /// `guid` (RSS) or `id` (Atom); nil when the feed gives none.
    public var id: String?
    public var published: Date?
    /// Plain-text summary (markup removed).
    public var summary: String?
    /// The publisher an aggregator's item names (RSS `<source url="…">Name</source>`, as
    /// Google News writes it): its site and its name.
    public var sourceURL: String?
    public var sourceTitle: String?

    public init(title: String? = nil, link: String? = nil, id: String? = nil, published: Date? = nil, summary: String? = nil) {
        self.title = title
        self.link = link
        self.id = id
        self.published = published
        self.summary = summary
    }
}

/// A parsed feed document: its own title and its entries in document order.
public struct Feed: Sendable, Equatable, Codable {
    public enum Format: String, Sendable, Codable {
        case rss, atom
        /// An XML sitemap (`<urlset>`, Google News' extension included): one item per URL.
        case sitemap
        /// A sitemap index: one item per sitemap (`link` its address, `published` its lastmod).
        case sitemapIndex
    }

    public var format: Format
    public var title: String?
    public var link: String?
    public var items: [FeedItem]
    /// Why the document was not a clean feed (malformed XML, refused entities, bad
    /// encoding), when it was not; parsing went on as far as it could.
    public var problem: String?

    public init(format: Format, title: String? = nil, link: String? = nil, items: [FeedItem] = []) {
        self.format = format
        self.title = title
        self.link = link
        self.items = items
    }
}
