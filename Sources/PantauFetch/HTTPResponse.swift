import Foundation
import PantauCore

/// A completed HTTP exchange (after redirects).
public struct HTTPResponse: Sendable {
    public var status: Int
    /// The URL that answered, after redirects.
    public var url: String
    /// Response headers of the final response, names lower-cased, in order.
    public var headers: [(name: String, value: String)]
    /// The body, already decompressed (gzip/deflate/br/zstd as libcurl supports).
    public var body: Data

    /// Statuses of the redirects followed on the way, in order (`[301, 302]`).
    public var redirects: [Int]

    public init(status: Int, url: String, headers: [(name: String, value: String)], body: Data, redirects: [Int] = []) {
        self.status = status
        self.url = url
        self.headers = headers
        self.body = body
        self.redirects = redirects
    }

    /// Every redirect on the way was permanent (301/308): the source has moved.
    public var movedPermanently: Bool {
        !redirects.isEmpty && redirects.allSatisfy { $0 == 301 || $0 == 308 }
    }

    /// `Retry-After` in seconds (delta-seconds or an HTTP date), if the server sent one.
    public var retryAfter: Double? {
        guard let value = header("retry-after")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        if let date = PantauCore.DateParser.parse(value) { return max(0, date.timeIntervalSinceNow) }
        return nil
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
