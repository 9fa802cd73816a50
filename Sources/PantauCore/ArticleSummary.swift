import Foundation

/// A stored article with its outlet and tone: what reports and search show.
public struct ArticleSummary: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var title: String
    public var url: String
    public var outlet: String
    /// `nasional`, `regional`, `resmi` or `pencarian`.
    public var outletCategory: String
    public var outletTier: Int
    public var published: Date?
    /// When Pantau first stored it: the article belongs to this day (Asia/Jakarta).
    public var firstSeen: Date
    public var tone: ToneResult
    /// The story cluster and how many stored articles (from how many outlets) tell it.
    public var clusterID: Int64?
    public var clusterSize: Int = 1
    public var clusterOutlets: Int = 1
    /// The outlet that published the story first, and when.
    public var firstPublisher: String?
    public var firstPublished: Date?
    /// An officer's correction (`negative`, `neutral`, `positive` or `irrelevant`), if any;
    /// `tone` already reflects it.
    public var correction: String?
    /// The latest response status (`baru`, `ditangani`, `dijawab`, `selesai`), if any.
    public var responseStatus: String?
    /// The tone was scored on the feed's title and summary: the page's text stayed doubtful
    /// or could not be had.
    public var toneFromFeed = false

    public init(id: Int64, title: String, url: String, outlet: String, outletCategory: String, outletTier: Int,
                published: Date?, firstSeen: Date, tone: ToneResult) {
        self.id = id
        self.title = title
        self.url = url
        self.outlet = outlet
        self.outletCategory = outletCategory
        self.outletTier = outletTier
        self.published = published
        self.firstSeen = firstSeen
        self.tone = tone
    }
}
