import Foundation
import PantauCore
import PantauXML

/// Turns a feed document (RSS 0.9x/2.0, RSS 1.0/RDF, Atom, an XML sitemap or sitemap
/// index) into a `Feed`.
///
/// Parsing uses the hardened XML rules of `PantauXML` (recover mode, no external entities,
/// entity references never expanded). Relative links resolve against `url`.
public struct FeedParser: Sendable {
    public init() {}

    public func parse(_ data: Data, url: String? = nil, headers: [String: String] = [:]) throws(FeedError) -> Feed {
        let parsed = try FeedDocumentParser().parse(data, url: url, headers: headers)
        let format: Feed.Format = switch parsed.format {
        case .atom10, .atom03: .atom
        case .sitemap: .sitemap
        case .sitemapIndex: .sitemapIndex
        default: .rss
        }
        var feed = Feed(format: format)
        feed.title = parsed.feed.title.map(Self.plain)
        feed.link = parsed.feed.link
        if parsed.bozo {
            feed.problem = (parsed.bozoReason ?? "dokumen XML tidak valid").split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        feed.items = parsed.entries.map { e in
            let summary = (e.summary ?? e.content).map { e.summaryIsHTML || e.summary == nil ? HTMLText.plainText(fromFragment: $0) : HTMLText.collapseWhitespace($0) }
            var item = FeedItem(title: e.title.map { e.titleIsHTML ? HTMLText.plainText(fromFragment: $0) : Self.plain($0) },
                                link: e.link, id: e.id, published: e.published ?? e.updated,
                                summary: summary.flatMap { $0.isEmpty ? nil : $0 })
            item.sourceURL = e.sourceURL
            item.sourceTitle = e.sourceTitle.map(Self.plain)
            return item
        }
        return feed
    }

    static func plain(_ s: String) -> String { HTMLText.collapseWhitespace(s) }

    /// Blank lines before the XML declaration make it invalid; real feeds have them.
    static func trimLeadingWhitespace(_ data: Data) -> Data {
        guard let first = data.firstIndex(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return data
        }
        return first == data.startIndex ? data : data[first...]
    }
}
