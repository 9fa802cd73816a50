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
