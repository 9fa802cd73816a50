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
