import Foundation
import PantauCore
import PantauXML

/// Reads title, dates, author, outlet and canonical URL from a page's head and markup.
struct MetadataReader {
    let root: XMLNode
    /// `<meta>` values by lower-cased `property` or `name`, first occurrence wins.
    private let metas: [String: String]
    private let titleElement: String?
    private let firstH1: String?
    private let canonical: String?
    private let jsonLD: [String]
    private let timeElement: String?

    init(root: XMLNode) {
        self.root = root
        var metas: [String: String] = [:]
        var title: String?
        var h1: String?
        var canonical: String?
        var jsonLD: [String] = []
        var time: String?
        root.forEachDescendant { node in
            guard node.isElement else { return .continue }
            switch node.name {
            case "meta":
                if let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
                   let content = node.attribute("content"), metas[key] == nil {
                    metas[key] = content
                }
            case "title":
                if title == nil { title = HTMLText.collapseWhitespace(node.text) }
            case "h1":
                if h1 == nil { h1 = HTMLText.collapseWhitespace(node.text) }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" { canonical = node.attribute("href") }
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json" { jsonLD.append(node.text) }
                return .skipChildren
            case "time":
                if time == nil { time = node.attribute("datetime") }
            case "style": return .skipChildren
            default: break
            }
            return .continue
        }
        self.metas = metas
        self.titleElement = title
        self.firstH1 = h1
        self.canonical = canonical
        self.jsonLD = jsonLD
        self.timeElement = time
    }

    func title() -> String? {
        for key in ["og:title", "twitter:title"] {
            if let t = metas[key].map(HTMLText.collapseWhitespace), !t.isEmpty { return t }
        }
        if let h1 = firstH1, !h1.isEmpty { return h1 }
        guard let t = titleElement, !t.isEmpty else { return nil }
        return Self.withoutSiteSuffix(t)
    }

    /// "Napi Kabur - detikNews" → "Napi Kabur": cut at the last " - ", " | " or " – ".
    static func withoutSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                if head.count >= 15 { return head }
            }
        }
        return title
    }

    func published() -> (Date, String)? {
        for key in ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                    "dc.date.issued", "dc.date", "date", "content_publishdate", "publish-date"] {
            if let value = metas[key], let date = DateParser.parse(value, defaultOffset: 7 * 3600) {
                return (date, "meta:\(key)")
            }
        }
        for block in jsonLD {
            if let value = Self.jsonLDValue(block, key: "datePublished"), let date = DateParser.parse(value, defaultOffset: 7 * 3600) {
                return (date, "json-ld")
            }
        }
        if let value = timeElement, let date = DateParser.parse(value, defaultOffset: 7 * 3600) {
            return (date, "time")
        }
        return nil
    }

    func author() -> String? {
        if let a = metas["author"] ?? metas["article:author"] ?? metas["dc.creator"], !a.isEmpty, !a.hasPrefix("http") {
            return HTMLText.collapseWhitespace(a)
        }
        for block in jsonLD {
            if let name = Self.jsonLDAuthor(block) { return name }
        }
        return nil
    }

    func siteName() -> String? {
        metas["og:site_name"].map(HTMLText.collapseWhitespace)
    }

    func canonicalURL(base: String?) -> String? {
        guard let href = canonical ?? metas["og:url"], !href.isEmpty else { return nil }
        if let base = base.flatMap(URL.init(string:)), let url = URL(string: href, relativeTo: base) {
            return url.absoluteString
        }
        return href
    }

    /// A string value for `key` anywhere in a JSON-LD block (objects, arrays, @graph).
    static func jsonLDValue(_ block: String, key: String) -> String? {
        guard let data = block.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var queue: [Any] = [json]
        while !queue.isEmpty {
            let item = queue.removeFirst()
            if let dict = item as? [String: Any] {
                if let value = dict[key] as? String { return value }
                queue.append(contentsOf: dict.values)
            } else if let array = item as? [Any] {
                queue.append(contentsOf: array)
            }
        }
        return nil
    }

    static func jsonLDAuthor(_ block: String) -> String? {
        guard let data = block.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var queue: [Any] = [json]
        while !queue.isEmpty {
            let item = queue.removeFirst()
            if let dict = item as? [String: Any] {
                if let author = dict["author"] {
                    if let name = author as? String { return name }
                    if let obj = author as? [String: Any], let name = obj["name"] as? String { return name }
                    if let arr = author as? [[String: Any]], let name = arr.first?["name"] as? String { return name }
                }
                queue.append(contentsOf: dict.values)
            } else if let array = item as? [Any] {
                queue.append(contentsOf: array)
            }
        }
        return nil
    }

    /// The first short text line that is a whole date (`Rabu, 22 April 2020 10:15 WIB`).
    static func dateInText(paragraphsPrefix root: XMLNode) -> Date? {
        var found: Date?
        var seen = 0
        root.forEachDescendant { node in
            if node.isElement, node.hasName("script") || node.hasName("style") || node.hasName("head") { return .skipChildren }
            guard node.kind == .text else { return .continue }
            let line = HTMLText.collapseWhitespace(node.content)
            guard line.count >= 8, line.count <= 60 else { return .continue }
            seen += 1
            if let date = DateParser.parse(line.replacingOccurrences(of: "|", with: " "), defaultOffset: 7 * 3600) {
                found = date
                return .stop
            }
            return seen > 400 ? .stop : .continue
        }
        return found
    }
}
