import Foundation

/// Google News RSS items point at `news.google.com/rss/articles/<id>` redirect pages, not
/// at the publisher. Older ids carry the publisher URL inside (base64url of a small
/// protobuf message); newer ones must be resolved by following the redirect.
public enum GoogleNewsLink {
    /// Hosts whose article links are Google News redirects.
    public static let hosts: Set<String> = ["news.google.com"]

    public static func isRedirect(_ link: String, hosts: Set<String> = hosts) -> Bool {
        guard let c = URLComponents(string: link), let host = c.host?.lowercased() else { return false }
        return hosts.contains(host) && (c.path.contains("/articles/") || c.path.contains("/read/"))
    }

    /// The publisher URL encoded in the link's id, if it carries one.
    public static func decodedPublisherURL(_ link: String) -> String? {
        guard let c = URLComponents(string: link) else { return nil }
        let parts = c.path.split(separator: "/")
        guard let index = parts.firstIndex(where: { $0 == "articles" || $0 == "read" }), index + 1 < parts.count else { return nil }
        var id = String(parts[index + 1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while id.count % 4 != 0 { id += "=" }
        guard let bytes = Data(base64Encoded: id).map(Array.init) else { return nil }
        // Find "http" and read the URL up to the first byte that cannot be in one.
        let h = Array("http".utf8)
        guard bytes.count > h.count else { return nil }
        for start in 0...(bytes.count - h.count) where Array(bytes[start..<(start + h.count)]) == h {
            var end = start
            while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x7F { end += 1 }
            let candidate = String(decoding: bytes[start..<end], as: UTF8.self)
            if let u = URLComponents(string: candidate), u.scheme?.hasPrefix("http") == true, u.host != nil { return candidate }
        }
        return nil
    }
}
