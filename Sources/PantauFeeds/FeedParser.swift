import Foundation
import PantauCore
import PantauXML

/// Turns a feed document (RSS 0.9x/2.0, RSS 1.0/RDF, Atom) into a `Feed`.
///
/// Parsing uses the hardened XML rules of `PantauXML` (recover mode, no external entities,
/// entity references never expanded). Relative links resolve against `url`.
public struct FeedParser: Sendable {
    public init() {}

    public func parse(_ data: Data, url: String? = nil) throws(FeedError) -> Feed {
        let doc: XMLDocument
        do {
            doc = try XMLDocument.parseXML(Self.trimLeadingWhitespace(data), url: url)
        } catch {
            throw FeedError(kind: .notXML, message: "bukan dokumen XML (\(error.description))", url: url)
        }
        guard let root = doc.root else { throw FeedError(kind: .notXML, message: "dokumen kosong", url: url) }
        let base = url.flatMap(URL.init(string:))
        switch root.name.lowercased() {
        case "rss", "rdf":
            return parseRSS(root, base: base)
        case "feed":
            return parseAtom(root, base: base)
        case "html":
            throw FeedError(kind: .notAFeed, message: "halaman HTML, bukan feed", url: url)
        default:
            throw FeedError(kind: .notAFeed, message: "elemen akar <\(root.name)> bukan RSS atau Atom", url: url)
        }
    }

    // MARK: RSS

    private func parseRSS(_ root: XMLNode, base: URL?) -> Feed {
        let channel = root.elementChildren.first { $0.name == "channel" }
        var feed = Feed(format: .rss)
        if let channel {
            feed.title = channel.child("title").map(textOf)
            feed.link = channel.child("link").map { resolve($0.text, base: base) }
        }
        // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
        let containers = [channel, root].compactMap { $0 }
        for container in containers {
            for item in container.elementChildren where item.name == "item" {
                feed.items.append(rssItem(item, base: base))
            }
        }
        return feed
    }

    private func rssItem(_ item: XMLNode, base: URL?) -> FeedItem {
        var entry = FeedItem()
        var description: String?
        var encoded: String?
        for child in item.elementChildren {
            switch child.name {
            case "title": entry.title = textOf(child)
            case "link":
                let href = Self.clean(child.text)
                if !href.isEmpty { entry.link = resolve(href, base: base) }
            case "guid":
                let guid = Self.clean(child.text)
                if !guid.isEmpty {
                    entry.id = guid
                    let permalink = child.attribute("isPermaLink")?.lowercased() != "false"
                    if entry.link == nil, permalink, guid.hasPrefix("http") { entry.link = guid }
                }
            case "pubDate", "date", "issued", "published", "updated", "modified":
                if entry.published == nil { entry.published = DateParser.parse(child.text) }
            case "description", "summary", "abstract":
                description = child.text
            case "encoded":
                encoded = child.text
            default: break
            }
        }
        if entry.link == nil, let about = item.attribute("about"), about.hasPrefix("http") { entry.link = about }
        if let text = description ?? encoded {
            let plain = HTMLText.plainText(fromFragment: text)
            entry.summary = plain.isEmpty ? nil : plain
        }
        return entry
    }

    // MARK: Atom

    private func parseAtom(_ root: XMLNode, base: URL?) -> Feed {
        var feed = Feed(format: .atom)
        feed.title = root.child("title").map(textOf)
        feed.link = atomLink(root, base: base)
        for entry in root.elementChildren where entry.name == "entry" {
            var item = FeedItem()
            var published: Date?
            var updated: Date?
            var summary: String?
            var content: String?
            for child in entry.elementChildren {
                switch child.name {
                case "title": item.title = textOf(child)
                case "id": item.id = Self.clean(child.text)
                case "published", "issued", "created": published = published ?? DateParser.parse(child.text)
                case "updated", "modified": updated = updated ?? DateParser.parse(child.text)
                case "summary": summary = child.text
                case "content": content = child.text
                default: break
                }
            }
            item.link = atomLink(entry, base: base)
            item.published = published ?? updated
            if let text = summary ?? content {
                let plain = HTMLText.plainText(fromFragment: text)
                item.summary = plain.isEmpty ? nil : plain
            }
            feed.items.append(item)
        }
        return feed
    }

    /// The `rel="alternate"` link (or the first link without `rel`).
    private func atomLink(_ node: XMLNode, base: URL?) -> String? {
        let links = node.elementChildren.filter { $0.name == "link" }
        let chosen = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        guard let href = chosen?.attribute("href"), !href.isEmpty else { return nil }
        return resolve(href, base: base)
    }

    // MARK: Helpers

    /// Text of a title-like element: markup removed, whitespace collapsed.
    private func textOf(_ node: XMLNode) -> String {
        let raw = node.text
        if raw.contains("<") || raw.contains("&") { return HTMLText.plainText(fromFragment: raw) }
        return HTMLText.collapseWhitespace(raw)
    }

    private func resolve(_ href: String, base: URL?) -> String {
        let trimmed = Self.clean(href)
        guard let base, let resolved = URL(string: trimmed, relativeTo: base) else { return trimmed }
        return resolved.absoluteString
    }

    static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Blank lines before the XML declaration make it invalid; real feeds have them.
    static func trimLeadingWhitespace(_ data: Data) -> Data {
        guard let first = data.firstIndex(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return data
        }
        return first == data.startIndex ? data : data[first...]
    }
}

extension XMLNode {
    /// The first element child named `name`.
    func child(_ name: String) -> XMLNode? {
        var c = firstChild
        while let node = c {
            if node.isElement && node.name == name { return node }
            c = node.nextSibling
        }
        return nil
    }
}
