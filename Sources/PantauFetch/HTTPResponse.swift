import Foundation

/// A completed HTTP exchange (after redirects).
public struct HTTPResponse: Sendable {
    public var status: Int
    /// The URL that answered, after redirects.
    public var url: String
    /// Response headers of the final response, names lower-cased, in order.
    public var headers: [(name: String, value: String)]
    /// The body, already decompressed (gzip/deflate/br/zstd as libcurl supports).
    public var body: Data

    public init(status: Int, url: String, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The last value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.last { $0.name == lower }?.value
    }

    /// 304: the copy we hold is still current.
    public var isNotModified: Bool { status == 304 }

    /// The media type without parameters (`text/html`).
    public var mediaType: String? {
        header("content-type")?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
    }
}
