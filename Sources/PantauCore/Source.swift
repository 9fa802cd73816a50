/// A news source to monitor: one feed, as listed in an OPML file under `Feeds/`.
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

    public init(feedURL: String, title: String, siteURL: String? = nil, category: String = "nasional", tier: Int = 2, origin: String = "") {
        self.feedURL = feedURL
        self.title = title
        self.siteURL = siteURL
        self.category = category
        self.tier = tier
        self.origin = origin
    }
}
