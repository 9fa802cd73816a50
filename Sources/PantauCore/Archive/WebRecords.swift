import Foundation

// The values the web view reads and writes through an `Archive`: one article in full,
// and the accounts that may sign in.

/// One stored article in full, for the article page: its summary (outlet, tone with the
/// officer's correction, cluster facts), its text and where it came from.
public struct ArticleDetail: Sendable, Equatable {
    public var summary: ArticleSummary
    /// The extracted text (or the feed's summary when the page could not be read).
    public var text: String
    public var author: String?
    /// `article`, `index`, `video`, … as the extractor judged the page.
    public var pageType: String
    public var sourceFeedURL: String
    /// The tone as the scorer gave it, before any officer's correction.
    public var scorerLabel: ToneLabel

    public init(summary: ArticleSummary, text: String, author: String?, pageType: String, sourceFeedURL: String,
                scorerLabel: ToneLabel) {
        self.summary = summary
        self.text = text
        self.author = author
        self.pageType = pageType
        self.sourceFeedURL = sourceFeedURL
        self.scorerLabel = scorerLabel
    }
}

/// One article with its story: everything the article page shows, read at once.
public struct ArticleStory: Sendable, Equatable {
    public var detail: ArticleDetail
    /// The other articles of its story cluster, oldest first (empty when alone).
    public var copies: [ArticleSummary]
    /// Corrections and responses of the article and of its cluster, oldest first.
    public var labels: [HistoryEntry]
    public var responses: [HistoryEntry]

    public init(detail: ArticleDetail, copies: [ArticleSummary], labels: [HistoryEntry], responses: [HistoryEntry]) {
        self.detail = detail
        self.copies = copies
        self.labels = labels
        self.responses = responses
    }
}

/// What an account may do in the web view. Each role includes the ones before it.
public enum UserRole: String, Sendable, CaseIterable, Comparable {
    /// Reads every page.
    case viewer
    /// Also corrects labels and records responses.
    case officer
    /// Also manages accounts.
    case admin

    public static func < (lhs: UserRole, rhs: UserRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An account of the web view, as stored: the password only as a bcrypt hash.
public struct UserAccount: Sendable, Equatable {
    public var name: String
    public var role: UserRole
    /// bcrypt (`$2b$…`): never the password itself.
    public var passwordHash: String
    public var createdAt: Date

    public init(name: String, role: UserRole, passwordHash: String, createdAt: Date) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}
