import Foundation
import PantauCore
import PantauXML

/// Reads title, dates, author, outlet and canonical URL from a page's head and markup.
struct MetadataReader {
    let root: HTMLNode
    /// `<meta>` values by lower-cased `property` or `name`, first occurrence wins.
    private let metas: [String: String]
    private let titleElement: String?
    private let firstH1: String?
    private let canonical: String?
    /// Parsed `application/ld+json` blocks.
    private let jsonLD: [Any]
    private let timeElement: String?
    /// Names from author links (`rel="author"`, `/penulis/…`, `/reporter/…`) and byline
    /// lines ("Penulis: …", "Reporter: …", "Oleh …"), in document order.
    private let bylines: [String]
    /// `rel="next"` and "Selanjutnya"/"Halaman 2" links.
    private let nextLinks: [String]
    let hasArticleMarkup: Bool

    init(root: HTMLNode) {
        self.root = root
        var metas: [String: String] = [:]
        var title: String?
        var h1: String?
        var canonical: String?
        var jsonLD: [String] = []
        var time: String?
        var bylines: [String] = []
        var nextLinks: [String] = []
        var articleElement = false
        // What each element name means here, decided once per name of the page.
        var roles = [Role?](repeating: nil, count: root.treeNameCount)
        root.forEachDescendant { node in
            guard node.isElement else { return .continue }
            let id = Int(node.nameID)
            let role: Role
            if let known = roles[id] {
                role = known
            } else {
                role = Role(rawValue: node.name) ?? .other
                roles[id] = role
            }
            switch role {
            case .a:
                // rel and href are read as bytes: most links are neither author nor next links.
                let (relAuthor, relNext) = node.withAttributeBytes("rel") { rel -> (Bool, Bool) in
                    guard let rel else { return (false, false) }
                    return (Self.containsFolded(rel, Self.authorBytes), Self.hasToken(rel, Self.nextBytes))
                }
                let authorPath = node.withAttributeBytes("href") { href in
                    href.map(Self.hasAuthorPath) ?? false
                }
                if relAuthor || authorPath {
                    // A name is at most 60 characters (`looksLikeName`).
                    if let name = node.shortText(maxBytes: 240), Self.looksLikeName(name) { bylines.append(name) }
                }
                if relNext {
                    nextLinks.append(node.attribute("href") ?? "")
                } else if Self.mayStart(node, with: Self.nextLabelStarts) {
                    // The labels below are short; a longer text is none of them.
                    let text = (node.shortText(maxBytes: 120) ?? "").lowercased()
                    if ["selanjutnya", "halaman selanjutnya", "berikutnya", "halaman berikutnya", "next page", "halaman 2",
                        "lanjut ke halaman 2", "next »", "selanjutnya »"].contains(text),
                       let href = node.attribute("href"), !href.isEmpty, !href.hasPrefix("#") {
                        nextLinks.append(href)
                    }
                }
                return .continue
            case .div, .span, .p:
                // Byline lines: the element's own leading text names the role.
                if let first = node.firstChild, first.kind == .text || first.isElement,
                   Self.mayStart(node, with: Self.bylineRoleStarts) {
                    // Under 90 characters: never more than 360 bytes, so a container's
                    // text is not copied for every element around it.
                    if let text = node.shortText(maxBytes: 360), text.count < 90, let name = Self.bylineName(text) { bylines.append(name) }
                }
                return .continue
            case .meta:
                if let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
                   let content = node.attribute("content"), metas[key] == nil {
                    metas[key] = content
                }
            case .title:
                if title == nil { title = HTMLText.collapseWhitespace(node.text) }
            case .h1:
                if h1 == nil { h1 = HTMLText.collapseWhitespace(node.text) }
            case .link:
                let rel = node.attribute("rel")?.lowercased() ?? ""
                if canonical == nil, rel == "canonical" { canonical = node.attribute("href") }
                if rel == "next", let href = node.attribute("href") { nextLinks.insert(href, at: 0) }
            case .article:
                articleElement = true
            case .script:
                if node.attribute("type")?.lowercased() == "application/ld+json" { jsonLD.append(node.text) }
                return .skipChildren
            case .time:
                if time == nil { time = node.attribute("datetime") }
            case .style: return .skipChildren
            case .other: break
            }
            return .continue
        }
        self.metas = metas
        self.bylines = bylines
        self.nextLinks = nextLinks
        self.hasArticleMarkup = articleElement || metas["og:type"]?.lowercased() == "article"
            || metas["article:published_time"] != nil || jsonLD.contains { $0.contains("Article") }
        self.titleElement = title
        self.firstH1 = h1
        self.canonical = canonical
        // Parsed once: dates and author are each looked for in every block.
        self.jsonLD = jsonLD.compactMap { block in
            block.data(using: .utf8).flatMap { try? JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed]) }
        }
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
        let site = siteName()?.lowercased()
        if let a = metas["author"] ?? metas["article:author"] ?? metas["dc.creator"], !a.isEmpty, !a.hasPrefix("http"),
           a.lowercased() != site {
            return HTMLText.collapseWhitespace(a)
        }
        for block in jsonLD {
            if let name = Self.jsonLDAuthor(block), name.lowercased() != site { return name }
        }
        return bylines.first
    }

    /// The name in a byline line: "Penulis: Andi", "Reporter : Budi", "Oleh Citra",
    /// "Penulis Kontributor Serang, Rizal Fadillah" (the name after the last comma).
    static func bylineName(_ line: String) -> String? {
        let lower = line.lowercased()
        for role in ["penulis", "reporter", "oleh", "wartawan", "laporan wartawan", "by"] where lower.hasPrefix(role) {
            var rest = String(line.dropFirst(role.count))
            guard let first = rest.first, first == ":" || first == " " else { continue }
            rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            // Another role after the name ends it: "Rizal Fadillah Editor Dita Anggraini".
            for other in [" Editor", " Penyunting", " Foto", " Sumber", " Fotografer", " Redaktur"] {
                if let r = rest.range(of: other) { rest = String(rest[..<r.lowerBound]) }
            }
            if let comma = rest.lastIndex(of: ",") { rest = String(rest[rest.index(after: comma)...]) }
            rest = rest.trimmingCharacters(in: .whitespaces)
            // Stop at a date or a separator that follows the name.
            if let cut = rest.firstIndex(where: { $0 == "|" || $0 == "-" || $0 == "–" || $0.isNumber }) {
                rest = String(rest[..<cut]).trimmingCharacters(in: .whitespaces)
            }
            return looksLikeName(rest) ? rest : nil
        }
        return nil
    }

    /// The elements the metadata walk looks at.
    enum Role: String {
        case a, div, span, p, meta, title, h1, link, article, script, time, style, other
    }

    static let authorBytes = Array("author".utf8)
    static let nextBytes = Array("next".utf8)
    static let authorPaths = ["/penulis/", "/reporter/", "/author/", "/wartawan/", "/authors/"].map { Array($0.utf8) }

    /// Whether one of `authorPaths` occurs in `href`, ASCII case folded: each starts with
    /// a slash, so only the slashes of the link are tried.
    static func hasAuthorPath(_ href: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in href.indices where href[i] == UInt8(ascii: "/") {
            let rest = UnsafeBufferPointer(rebasing: href[i...])
            for path in authorPaths where path.count <= rest.count {
                var k = 1
                while k < path.count, rest[k].asciiLowercased == path[k] { k += 1 }
                if k == path.count { return true }
            }
        }
        return false
    }

    /// Whether `needle` (lower-case ASCII) occurs in `haystack` with ASCII case folded.
    static func containsFolded(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n <= h else { return false }
        var i = 0
        while i <= h - n {
            var k = 0
            while k < n, haystack[i + k].asciiLowercased == needle[k] { k += 1 }
            if k == n { return true }
            i += 1
        }
        return false
    }

    /// Whether a space-separated token of `list` is `token` (lower-case ASCII), case folded.
    static func hasToken(_ list: UnsafeBufferPointer<UInt8>, _ token: [UInt8]) -> Bool {
        var start = 0
        while start <= list.count {
            var end = start
            while end < list.count, list[end] != 32 { end += 1 }
            if end - start == token.count,
               (0..<token.count).allSatisfy({ list[start + $0].asciiLowercased == token[$0] }) {
                return true
            }
            start = end + 1
        }
        return false
    }

    /// First two letters of the roles `bylineName` looks for, and of the next-page labels.
    static let bylineRoleStarts = initials(["penulis", "reporter", "oleh", "wartawan", "laporan wartawan", "by"])
    static let nextLabelStarts = initials(["selanjutnya", "halaman", "berikutnya", "next", "lanjut"])

    static func initials(_ words: [String]) -> Set<UInt16> {
        Set(words.map { w in let b = Array(w.utf8); return UInt16(b[0]) << 8 | UInt16(b[1]) })
    }

    /// Whether the element's collapsed text could start with a word whose first two
    /// letters are in `starts` (lower-case ASCII): false only when its first two bytes are
    /// ASCII and none of them (a non-ASCII character might lower-case to anything). Most
    /// elements are ruled out here without their text being copied.
    static func mayStart(_ node: HTMLNode, with starts: Set<UInt16>) -> Bool {
        guard let (first, next) = node.firstVisibleBytes(), let second = next else { return false }
        guard first < 0x80, second < 0x80 else { return true }
        return starts.contains(UInt16(first.asciiLowercased) << 8 | UInt16(second.asciiLowercased))
    }

    /// One to five capitalised words, no digits: a person's name.
    static func looksLikeName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...5).contains(words.count), s.count <= 60, !s.contains(where: { $0.isNumber }) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }

    func modified() -> Date? {
        for key in ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified"] {
            if let value = metas[key], let date = DateParser.parse(value, defaultOffset: 7 * 3600) { return date }
        }
        for block in jsonLD {
            if let value = Self.jsonLDValue(block, key: "dateModified"), let date = DateParser.parse(value, defaultOffset: 7 * 3600) {
                return date
            }
        }
        return nil
    }

    func imageURL(base: String?) -> String? {
        guard let src = metas["og:image"] ?? metas["twitter:image"] ?? metas["og:image:url"], !src.isEmpty else { return nil }
        return Self.resolve(src, base: base)
    }

    /// The next page of a multi-page article, on the same site as the page.
    func nextPageURL(base: String?) -> String? {
        guard let base, let baseURL = URL(string: base) else { return nil }
        for href in nextLinks {
            guard let url = URL(string: href, relativeTo: baseURL)?.absoluteURL,
                  url.host == baseURL.host, url.absoluteString != baseURL.absoluteString else { continue }
            return url.absoluteString
        }
        return nil
    }

    static func resolve(_ href: String, base: String?) -> String {
        guard let base = base.flatMap(URL.init(string:)), let url = URL(string: href, relativeTo: base) else { return href }
        return url.absoluteString
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
    static func jsonLDValue(_ json: Any, key: String) -> String? {
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

    static func jsonLDAuthor(_ json: Any) -> String? {
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
    static func dateInText(paragraphsPrefix root: HTMLNode) -> Date? {
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
