import Foundation

/// One request: a GET, with the validators of a previous response for a conditional GET,
/// or a POST when it carries a `body` (alerts to a webhook).
public struct HTTPRequest: Sendable, Equatable {
    public var url: String
    /// `ETag` of the copy we hold; sent as `If-None-Match`.
    public var etag: String?
    /// `Last-Modified` of the copy we hold; sent as `If-Modified-Since`.
    public var lastModified: String?
    /// Extra request headers (`name`, `value`).
    public var headers: [(String, String)]
    /// The body of a POST; nil for a GET.
    public var body: Data?

    public init(url: String, etag: String? = nil, lastModified: String? = nil, headers: [(String, String)] = [], body: Data? = nil) {
        self.url = url
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
        self.headers = headers
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.url == rhs.url && lhs.etag == rhs.etag && lhs.lastModified == rhs.lastModified && lhs.body == rhs.body
            && lhs.headers.elementsEqual(rhs.headers, by: { $0 == $1 })
    }
}
