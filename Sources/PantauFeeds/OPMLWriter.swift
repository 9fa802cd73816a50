import Foundation
import PantauCore
import PantauXML

/// Writes sources as an OPML 2.0 document in the layout `OPMLReader` reads back.
public struct OPMLWriter: Sendable {
    public init() {}

    public func document(title: String, sources: [Source]) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Attributes: category = nasional | regional | resmi | pencarian; tier = reach, 1 (largest) to 3. -->
        <opml version="2.0">
          <head>
            <title>\(Self.escape(title))</title>
          </head>
          <body>

        """
        for s in sources {
            out += "    <outline type=\"\(s.kind == .sitemap ? "sitemap" : "rss")\" text=\"\(Self.escape(s.title))\" title=\"\(Self.escape(s.title))\" xmlUrl=\"\(Self.escape(s.feedURL))\""
            if let site = s.siteURL { out += " htmlUrl=\"\(Self.escape(site))\"" }
            out += " category=\"\(Self.escape(s.category))\" tier=\"\(s.tier)\"/>\n"
        }
        return out + "  </body>\n</opml>\n"
    }

    static func escape(_ s: String) -> String { TextSafety.escapeMarkup(s) }
}

/// Finds the feeds a web page announces (`<link rel="alternate" type="application/rss+xml">`).
public enum FeedDiscovery {
    public static func feedLinks(inHTML html: Data, base: String) -> [(url: String, title: String?)] {
        guard let doc = try? XMLDocument.parseHTML(html, url: base), let root = doc.root else { return [] }
        var found: [(String, String?)] = []
        for link in root.descendants(named: "link") {
            let rel = (link.attribute("rel") ?? "").lowercased().split(separator: " ")
            let type = (link.attribute("type") ?? "").lowercased()
            guard rel.contains("alternate"), type.contains("rss") || type.contains("atom") || type.contains("rdf"),
                  let href = link.attribute("href"), !href.isEmpty else { continue }
            let url = URL(string: href, relativeTo: URL(string: base))?.absoluteString ?? href
            if !found.contains(where: { $0.0 == url }) { found.append((url, link.attribute("title"))) }
        }
        return found
    }
}

/// Finds a site's sitemaps in its robots.txt (`Sitemap:` lines), news sitemaps first.
public enum SitemapDiscovery {
    /// The `Sitemap:` URLs of a robots.txt, in order, those naming news first; then the
    /// two addresses Indonesian outlets use for a news sitemap, as a last resort.
    public static func candidates(robots: String?, site: URL) -> [String] {
        var listed: [String] = []
        for line in (robots ?? "").split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "sitemap" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            guard let u = URLComponents(string: value), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
                  u.host != nil, !listed.contains(value) else { continue }
            listed.append(value)
        }
        let news = listed.filter { $0.lowercased().contains("news") }
        var result = news + listed.filter { !$0.lowercased().contains("news") }
        for path in ["/sitemap_news.xml", "/sitemap-news.xml"] {
            if let url = URL(string: path, relativeTo: site)?.absoluteString, !result.contains(url) { result.append(url) }
        }
        return result
    }
}
