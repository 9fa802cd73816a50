import Foundation
import PantauCore
import PantauXML

/// Reads XML sitemaps (sitemaps.org 0.9) as feeds: a `<urlset>` (with Google News'
/// `news:news` and Google Images' `image:image` extensions) gives one entry per `<url>`, a
/// `<sitemapindex>` one entry per `<sitemap>`, in document order.
///
/// ```
/// url      link = loc, title = news:title, published = news:publication_date,
///          updated = lastmod, tags = news:keywords (comma-separated), thumbnail = image:loc;
///          the channel: title = news:publication/news:name, language = news:language
/// sitemap  link = loc, updated = lastmod
/// ```
/// A date-only value (`2025-12-01`) is midnight in the sitemap's zone: the offset of its
/// first timestamp that states one, else UTC. At most `maximumEntries` (the protocol's
/// 50,000) are read; the rest of an oversized sitemap is ignored.
struct SitemapReader {
    static let maximumEntries = 50_000
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let newsNamespace = "http://www.google.com/schemas/sitemap-news/0.9"
    static let imageNamespace = "http://www.google.com/schemas/sitemap-image/1.1"

    let parser: FeedDocumentParser

    func read(_ root: XMLNode, into result: inout ParsedFeed) {
        let isIndex = root.name.lowercased() == "sitemapindex"
        result.format = isIndex ? .sitemapIndex : .sitemap
        var zone: Int?
        var datesWithoutZone: [(index: Int, published: Bool, text: String)] = []
        for node in root.elements {
            guard result.entries.count < Self.maximumEntries else { break }
            let (ns, name) = FeedDocumentParser.key(node)
            guard ns == nil, name == (isIndex ? "sitemap" : "url") else { continue }
            var entry = ParsedFeed.Entry()
            for child in node.elements {
                let (cns, cname) = FeedDocumentParser.key(child)
                switch (cns, cname) {
                case (nil, "loc"):
                    let loc = FeedDocumentParser.trim(child.text)
                    if !loc.isEmpty, entry.link == nil { entry.link = parser.resolveURL(loc, child) }
                case (nil, "lastmod"):
                    entry.updated = date(child.text, entry: result.entries.count, published: false, zone: &zone, pending: &datesWithoutZone)
                case ("news", "news"):
                    readNews(child, into: &entry, channel: &result.feed, index: result.entries.count, zone: &zone, pending: &datesWithoutZone)
                case ("image", "image"):
                    if entry.thumbnail == nil, let loc = child.elements.first(where: { FeedDocumentParser.key($0) == ("image", "loc") }) {
                        let text = FeedDocumentParser.trim(loc.text)
                        if !text.isEmpty { entry.thumbnail = parser.resolveURL(text, loc) }
                    }
                default: break
                }
            }
            if entry.link != nil { result.entries.append(entry) }
        }
        // Date-only values once the sitemap's zone is known.
        for pending in datesWithoutZone where pending.index < result.entries.count {
            guard let midnightUTC = DateParser.parse(pending.text, inDateField: true) else { continue }
            let value = midnightUTC.addingTimeInterval(-Double(zone ?? 0))
            if pending.published { result.entries[pending.index].published = value } else { result.entries[pending.index].updated = value }
        }
    }

    private func readNews(_ news: XMLNode, into entry: inout ParsedFeed.Entry, channel: inout ParsedFeed.Channel, index: Int,
                          zone: inout Int?, pending: inout [(index: Int, published: Bool, text: String)]) {
        for child in news.elements {
            switch FeedDocumentParser.key(child) {
            case ("news", "title"):
                let title = FeedDocumentParser.trim(child.text)
                if !title.isEmpty { entry.title = title }
            case ("news", "publication_date"):
                entry.published = date(child.text, entry: index, published: true, zone: &zone, pending: &pending)
            case ("news", "keywords"):
                entry.tags.append(contentsOf: EntryExtensions.commaList(child.text))
            case ("news", "publication"):
                for field in child.elements {
                    let value = FeedDocumentParser.trim(field.text)
                    guard !value.isEmpty else { continue }
                    switch FeedDocumentParser.key(field) {
                    case ("news", "name"): if channel.title == nil { channel.title = value }
                    case ("news", "language"): if channel.language == nil { channel.language = value }
                    default: break
                    }
                }
            default: break
            }
        }
    }

    /// A W3C date; a date-only one is resolved later (see `read`), a full one may set the zone.
    private func date(_ raw: String, entry: Int, published: Bool, zone: inout Int?,
                      pending: inout [(index: Int, published: Bool, text: String)]) -> Date? {
        let text = FeedDocumentParser.trim(raw)
        if Self.isDateOnly(text) {
            pending.append((entry, published, text))
            return nil
        }
        if zone == nil { zone = Self.statedOffset(text) }
        return DateParser.parse(text, inDateField: true)
    }

    /// `YYYY-MM-DD` (or `YYYYMMDD`): a day without a time.
    static func isDateOnly(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { b[r].allSatisfy { $0 >= 48 && $0 <= 57 } }
        if b.count == 10 { return digits(0..<4) && b[4] == 45 && digits(5..<7) && b[7] == 45 && digits(8..<10) }
        return b.count == 8 && digits(0..<8)
    }

    /// The offset a timestamp states at its end (`Z`, `±hh:mm`, `±hhmm`), in seconds east.
    static func statedOffset(_ s: String) -> Int? {
        let b = Array(s.utf8)
        guard b.count > 10, b.contains(84) || b.contains(116) || b.contains(32) else { return nil }
        if b.last == 90 || b.last == 122 { return 0 }
        func digit(_ i: Int) -> Int? { i >= 0 && i < b.count && b[i] >= 48 && b[i] <= 57 ? Int(b[i] - 48) : nil }
        var i = b.count - 1
        var minutes = 0
        guard let m2 = digit(i), let m1 = digit(i - 1) else { return nil }
        i -= 2
        if i >= 0, b[i] == 58 { i -= 1 }
        guard let h2 = digit(i), let h1 = digit(i - 1), i - 2 >= 0, b[i - 2] == 43 || b[i - 2] == 45 else { return nil }
        minutes = (h1 * 10 + h2) * 60 + m1 * 10 + m2
        guard minutes <= 14 * 60 else { return nil }
        return (b[i - 2] == 45 ? -1 : 1) * minutes * 60
    }
}
