import Foundation
import PantauCore

/// Everything Pantau reads from a feed document, in the vocabulary of feedparser (the
/// reference for lenient feed parsing), so results can be compared field by field.
public struct ParsedFeed: Sendable, Equatable {
    /// The document was not well-formed XML, or its bytes did not match its encoding, or
    /// it was served with a non-XML media type. The data is recovered all the same.
    public var bozo = false
    /// Why `bozo` is set, for messages.
    public var bozoReason: String?
    public var format: Format = .unknown
    public var feed = Channel()
    public var entries: [Entry] = []

    public enum Format: String, Sendable { case rss, rdf, atom10, atom03, sitemap, sitemapIndex = "sitemapindex", unknown }

    public struct Channel: Sendable, Equatable {
        public var title: String?
        public var link: String?
        public var subtitle: String?
        public var language: String?
        public var updated: Date?
    }

    public struct Entry: Sendable, Equatable {
        public var title: String?
        public var link: String?
        public var id: String?
        public var published: Date?
        public var updated: Date?
        public var author: String?
        /// Summary; HTML values are sanitised markup.
        public var summary: String?
        public var content: String?
        public var enclosures: [String] = []
        public var tags: [String] = []
        /// An image for the entry: `media:thumbnail`, an image `media:content`, `itunes:image`.
        public var thumbnail: String?
        /// `media:content` URLs, in document order.
        public var media: [String] = []
        /// GeoRSS or W3C geo position.
        public var point: GeoPoint?
        /// RSS `<source url="…">Name</source>`: the publisher an aggregator took it from.
        public var sourceURL: String?
        public var sourceTitle: String?
        /// Whether `summary`/`content` hold markup (HTML) rather than plain text.
        public var summaryIsHTML = false
        public var contentIsHTML = false
        public var titleIsHTML = false
    }

    public struct GeoPoint: Sendable, Equatable {
        public var latitude: Double
        public var longitude: Double
    }

    /// The JSON object of `pantau feeds parse` (the eval vocabulary, plus `thumbnail`,
    /// `media` and `point` where an entry has them).
    public var jsonObject: [String: Any] {
        func date(_ d: Date?) -> Any { d.map(DateParser.isoUTC) ?? NSNull() }
        func s(_ v: String?) -> Any { v ?? NSNull() }
        return [
            "bozo": bozo,
            "format": format.rawValue,
            "feed": ["title": s(feed.title), "link": s(feed.link), "subtitle": s(feed.subtitle),
                     "language": s(feed.language), "updated": date(feed.updated)],
            "entries": entries.map { e -> [String: Any] in
                var object: [String: Any] = [
                    "title": s(e.title), "link": s(e.link), "id": s(e.id), "published": date(e.published),
                    "updated": date(e.updated), "author": s(e.author), "summary": s(e.summary), "content": s(e.content),
                    "enclosures": e.enclosures.map { ["url": $0] }, "tags": e.tags.map { ["term": $0] },
                ]
                if let thumbnail = e.thumbnail { object["thumbnail"] = thumbnail }
                if !e.media.isEmpty { object["media"] = e.media }
                if let point = e.point { object["point"] = ["lat": point.latitude, "lon": point.longitude] }
                if e.sourceURL != nil || e.sourceTitle != nil { object["source"] = ["href": s(e.sourceURL), "title": s(e.sourceTitle)] }
                return object
            },
        ]
    }
}
