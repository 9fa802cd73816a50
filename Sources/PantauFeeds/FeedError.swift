/// Why a fetched document could not be read as a feed.
public struct FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case notXML, notAFeed
    }

    public var kind: Kind
    public var message: String
    public var url: String?

    public init(kind: Kind, message: String, url: String? = nil) {
        self.kind = kind
        self.message = message
        self.url = url
    }

    public var description: String { message }
}
