import Foundation

/// What the extractor found in an article page.
public struct ExtractedArticle: Sendable, Equatable, Codable {
    public var title: String?
    /// Main text, paragraphs separated by a blank line.
    public var text: String
    public var published: Date?
    /// Where the published date came from (`meta:article:published_time`, `json-ld`, `text`…).
    public var publishedSource: String?
    public var author: String?
    public var siteName: String?
    public var canonicalURL: String?
    public var modified: Date?
    /// Lead image (og:image, or the first image of the article body).
    public var imageURL: String?
    /// `id`, `en` or `other`, judged from the text itself.
    public var language: String?
    /// What the page is: an article, or something to mark instead of scoring.
    public var pageType: PageType = .article
    /// The next page of a multi-page article, when the page links one.
    public var nextPageURL: String?
    /// How the main text was found.
    public var method: Method = .densestBlock
    /// How sure the extractor is that `text` is the article's body, from 0 to 1.
    public var confidence: Double = 1
    /// Why the text may not be the body (`short`, `links`, `furnitureBox`, `singleLine`,
    /// `missesHeadline`, `empty`); empty when there is no doubt.
    public var doubts: [String] = []
    /// Whether the first method's choice was doubtful, so the second method ran too.
    public var secondMethodRan = false

    /// Below this confidence the text stays doubtful: the pipeline scores the feed's title
    /// and summary instead.
    public static let doubtfulBelow = 0.5

    /// Whether the text stays doubtful (`doubtfulBelow`).
    public var isDoubtful: Bool { confidence < Self.doubtfulBelow }

    /// Ways the main text can have been found.
    public enum Method: String, Sendable, Codable {
        /// The densest block of running text and its pieces (the first method).
        case densestBlock
        /// The subtree holding the most running text net of links and other text (the second
        /// method, chosen over a doubtful first choice).
        case contentMass
        /// The whole body: no block stood out.
        case wholeBody
        /// Not from the page: the feed's title and summary stand in.
        case feed
    }

    /// Kinds of pages a fetched link can turn out to be.
    public enum PageType: String, Sendable, Codable {
        case article
        /// A section or index page: many headlines, no article.
        case index
        /// An error page served with status 200.
        case notFound
        /// A cookie or consent wall standing in front of the content.
        case consentWall
        /// A bot check ("checking your browser").
        case botChallenge
        /// A paywall teaser: the start of the article and a subscription offer.
        case paywall
        /// Too little text to say.
        case unknown
    }

    public init(title: String? = nil, text: String, published: Date? = nil, publishedSource: String? = nil,
                author: String? = nil, siteName: String? = nil, canonicalURL: String? = nil) {
        self.title = title
        self.text = text
        self.published = published
        self.publishedSource = publishedSource
        self.author = author
        self.siteName = siteName
        self.canonicalURL = canonicalURL
    }

    /// The paragraphs of the main text.
    public var paragraphs: [String] {
        text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }
}
