/// A news source to monitor: one feed or news sitemap, as listed in an OPML file under `Feeds/`.
public struct Source: Sendable, Equatable, Hashable, Codable {
    /// The feed URL as written in the OPML file (`xmlUrl`); the stable key of the source.
    public var feedURL: String
    public var title: String
    /// The outlet's homepage (`htmlUrl`), if given.
    public var siteURL: String?
    /// Kind of outlet: `nasional`, `regional`, `resmi` (official) or `pencarian` (search feed).
    public var category: String
    /// Reach tier, 1 (largest audience) to 3.
    public var tier: Int
    /// Where the source was declared, for error messages (`Feeds/nasional.opml:12`).
    public var origin: String
    /// What `feedURL` serves: a feed, or an XML (news) sitemap or sitemap index
    /// (`type="sitemap"` in OPML).
    public var kind: Kind = .feed

    public enum Kind: String, Sendable, Codable, Hashable {
        case feed, sitemap
    }

    public init(feedURL: String, title: String, siteURL: String? = nil, category: String = "nasional", tier: Int = 2, origin: String = "",
                kind: Kind) {
        self.init(feedURL: feedURL, title: title, siteURL: siteURL, category: category, tier: tier, origin: origin)
        self.kind = kind
    }

    public init(feedURL: String, title: String, siteURL: String? = nil, category: String = "nasional", tier: Int = 2, origin: String = "") {
        self.feedURL = feedURL
        self.title = title
        self.siteURL = siteURL
        self.category = category
        self.tier = tier
        self.origin = origin
    }
}
