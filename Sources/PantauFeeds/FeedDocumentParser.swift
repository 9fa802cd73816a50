import Foundation
import PantauCore
import PantauXML

/// Reads RSS 0.9x/2.0, RSS 1.0/RDF and Atom 0.3/1.0 documents as leniently as feedparser:
/// encodings detected and converted, undeclared entities resolved, broken documents
/// recovered (and flagged `bozo`), text constructs decoded by their type, HTML sanitised,
/// relative URIs resolved against `xml:base`, Content-Location or the document URL.
public struct FeedDocumentParser: Sendable {
    public init() {}

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    /// The largest document a gzipped body may inflate to.
    static let maximumInflatedSize = 50 << 20

    /// `knownNamespaces` as bytes, compared with the URI bytes an element lends.
    static let knownNamespaceBytes: [([UInt8], String)] = knownNamespaces.map { (Array($0.key.utf8), $0.value) }

    /// Namespace URIs by the prefix Pantau knows them as.
    static let knownNamespaces: [String: String] = [
        "http://purl.org/dc/elements/1.1/": "dc", "http://purl.org/dc/terms/": "dcterms",
        "http://purl.org/rss/1.0/modules/content/": "content", atom10: "atom", atom03: "atom",
        xhtml: "xhtml", "http://search.yahoo.com/mrss/": "media", "http://search.yahoo.com/mrss": "media",
        "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes", "http://www.georss.org/georss": "georss",
        "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo", "http://www.opengis.net/gml": "gml",
        SitemapReader.namespace: "", "http://www.google.com/schemas/sitemap/0.84": "",
        SitemapReader.newsNamespace: "news", SitemapReader.imageNamespace: "image",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://purl.org/rss/1.0/": "", "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://backend.userland.com/rss2": "", "http://backend.userland.com/rss": "",
    ]

    /// Parses `data`. `url` is the document's address; `headers` the HTTP response headers
    /// (lower-case names): `content-type`, `content-location`, `content-language`.
    public func parse(_ data: Data, url: String? = nil, headers: [String: String] = [:]) throws(FeedError) -> ParsedFeed {
        var result = ParsedFeed()
        var data = data
        var contentType = headers["content-type"]
        if data.starts(with: [0x1F, 0x8B]) {
            // A gzipped document served as is (sitemap.xml.gz): inflated, within the 50 MB
            // the sitemap protocol allows uncompressed.
            guard let inflated = Gzip.inflate(data, limit: Self.maximumInflatedSize) else {
                throw FeedError(kind: .notXML, message: "berkas gzip rusak atau lebih dari 50 MB", url: url)
            }
            data = inflated
            // The gzip media type described the wrapper, not the XML inside.
            if contentType?.lowercased().contains("gzip") == true { contentType = nil }
        }
        let decoded = FeedEncoding.decode(FeedParser.trimLeadingWhitespace(data), contentType: contentType)
        result.bozo = decoded.bozo
        result.bozoReason = decoded.reason
        var baseURL = url
        if let location = headers["content-location"], !location.isEmpty {
            baseURL = FeedURL.resolve(location, against: url.flatMap(URL.init(string:)))
        }
        let (body, entities) = Self.stripDoctype(decoded.utf8)
        let doc: XMLDocument
        do {
            doc = try XMLDocument.parseXML(body, url: baseURL, encoding: "UTF-8", entities: entities)
        } catch {
            throw FeedError(kind: .notXML, message: "bukan dokumen XML (\(error.description))", url: url)
        }
        if !doc.isWellFormed {
            result.bozo = true
            result.bozoReason = result.bozoReason ?? doc.firstError
        }
        guard let root = doc.root else { throw FeedError(kind: .notXML, message: "dokumen kosong", url: url) }
        let context = Context(documentURL: baseURL)
        switch root.name.lowercased() {
        case "rss", "rdf":
            result.format = root.name.lowercased() == "rdf" ? .rdf : .rss
            readRSS(root, into: &result, context)
        case "feed":
            result.format = root.namespaceURI == Self.atom03 || root.attribute("version") == "0.3" ? .atom03 : .atom10
            readAtom(root, into: &result, context)
        case "urlset", "sitemapindex":
            SitemapReader(parser: self).read(root, into: &result)
        case "html":
            throw FeedError(kind: .notAFeed, message: "halaman HTML, bukan feed", url: url)
        default:
            // A feed nested in some other root (rare): look one level down.
            if let inner = root.elementChildren.first(where: { ["rss", "rdf", "feed", "channel"].contains($0.name.lowercased()) }) {
                if inner.name == "feed" { readAtom(inner, into: &result, context) } else { readRSS(inner.name == "channel" ? root : inner, into: &result, context) }
            } else {
                throw FeedError(kind: .notAFeed, message: "elemen akar <\(root.name)> bukan RSS atau Atom", url: url)
            }
        }
        if result.feed.language == nil {
            // feedparser: the root's xml:lang (or lang), else the Content-Language it
            // inherits; an empty xml:lang means unknown; "en_US" is written "en-US".
            let declared = root.attribute("lang", namespace: Self.xmlNamespace) ?? root.attribute("lang")
            if let lang = declared.map(Self.trim) ?? headers["content-language"].map(Self.trim), !lang.isEmpty {
                result.feed.language = lang.replacingOccurrences(of: "_", with: "-")
            }
        }
        Self.repairText(&result)
        return result
    }

    /// Encoding accidents in the text fields (see `TextRepair`).
    static func repairText(_ feed: inout ParsedFeed) {
        func fix(_ s: inout String?) { if let v = s { s = TextRepair.repair(v) } }
        fix(&feed.feed.title)
        fix(&feed.feed.subtitle)
        for k in feed.entries.indices {
            fix(&feed.entries[k].title)
            fix(&feed.entries[k].summary)
            fix(&feed.entries[k].content)
            fix(&feed.entries[k].author)
        }
    }

    struct Context {
        var documentURL: String?
    }

    /// The role of an element: its namespace as Pantau knows it, and its local name.
    static func key(_ node: XMLNode) -> (ns: String?, name: String) {
        let name = node.name
        // Known namespaces are matched on the URI's bytes: most namespaced elements are
        // dc:, content:, atom: or media:, and their URIs are too long for a small String.
        // "": no namespace, or a known one without a prefix of its own; nil: not a known one.
        let known = node.withNamespaceURI { uri -> String? in
            guard let uri else { return "" }
            return knownNamespaceBytes.first { uri.elementsEqual($0.0) }?.1
        }
        if let known { return (known.isEmpty ? nil : known, name) }
        guard let uri = node.namespaceURI, !uri.isEmpty else { return (nil, name) }
        if uri.hasPrefix("http://purl.org/rss/") || uri.hasPrefix("http://my.netscape.com/rdf")
            || uri.hasPrefix("http://backend.userland.com/rss") { return (nil, name) }
        return (uri, name)
    }

    /// DOCTYPEs are dropped before parsing: nothing external is ever loaded, and the
    /// declarations only make a document look broken. The general entities its internal
    /// subset declares are kept when their text is safe (`DoctypeEntities`), for the
    /// references to be replaced.
    static func stripDoctype(_ data: Data) -> (Data, [String: String]) {
        // Cheap test first: no "<!D" (any case) in the area searched means no DOCTYPE.
        let hasDeclaration = data.prefix(8192).withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress, raw.count > 2 else { return false }
            var p = base
            let end = base + raw.count
            while p < end - 2, let hit = memchr(p, 0x3C, end - 2 - p) {
                if hit.load(fromByteOffset: 1, as: UInt8.self) == 0x21, hit.load(fromByteOffset: 2, as: UInt8.self) | 0x20 == 0x64 {
                    return true
                }
                p = UnsafeRawPointer(hit) + 1
            }
            return false
        }
        guard hasDeclaration else { return (data, [:]) }
        let b = [UInt8](data.prefix(1 << 20))
        var i = 0
        func starts(_ text: String, at k: Int) -> Bool {
            let t = Array(text.utf8)
            guard k + t.count <= b.count else { return false }
            for (n, c) in t.enumerated() where b[k + n] | (c >= 65 && c <= 90 ? 0x20 : 0) != c | (c >= 65 && c <= 90 ? 0x20 : 0) { return false }
            return true
        }
        // Only the prolog is searched: whitespace, the declaration, PIs and comments.
        while i < b.count {
            if b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1; continue }
            if starts("<?", at: i) {
                while i + 1 < b.count, !(b[i] == 63 && b[i + 1] == 62) { i += 1 }
                i += 2
                continue
            }
            if starts("<!--", at: i) {
                i += 4
                while i + 2 < b.count, !(b[i] == 45 && b[i + 1] == 45 && b[i + 2] == 62) { i += 1 }
                i += 3
                continue
            }
            break
        }
        guard starts("<!DOCTYPE", at: i) else { return (data, [:]) }
        // The declaration ends at the first '>' outside an internal subset '[...]' and
        // outside quoted literals.
        var depth = 0
        var quote: UInt8 = 0
        var subsetStart: Int?
        var subsetEnd: Int?
        var k = i + 9
        while k < b.count {
            let c = b[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if (c == 34 || c == 39) && depth > 0 {
                quote = c
            } else if c == 91 {
                if depth == 0 { subsetStart = k + 1 }
                depth += 1
            } else if c == 93 {
                depth -= 1
                if depth == 0 { subsetEnd = k }
            } else if c == 62 && depth <= 0 {
                break
            }
            k += 1
        }
        guard k < b.count else { return (data, [:]) }
        var entities: [String: String] = [:]
        if let subsetStart, let subsetEnd, subsetStart <= subsetEnd {
            entities = DoctypeEntities.safeEntities(in: Array(b[subsetStart..<subsetEnd]))
        }
        var out = Data(data.prefix(i))
        out.append(data.dropFirst(k + 1))
        return (out, entities)
    }

    // MARK: RSS

    private func readRSS(_ root: XMLNode, into result: inout ParsedFeed, _ context: Context) {
        let channel = root.elementChildren.first { Self.key($0).name == "channel" && Self.key($0).ns == nil }
        var published: Date?
        if let channel {
            for child in channel.elements {
                let (ns, name) = Self.key(child)
                switch (ns, name) {
                case (nil, "title"), ("dc", "title"):
                    if result.feed.title == nil || ns == nil { result.feed.title = textConstruct(child, default: .text, guessesHTML: true).text }
                case (nil, "link"):
                    if result.feed.link == nil { result.feed.link = resolve(clean(child.text), child) }
                case ("atom", "link"):
                    if result.feed.link == nil, (child.attribute("rel") ?? "alternate") == "alternate", let href = child.attribute("href") {
                        result.feed.link = resolve(href, child)
                    }
                case (nil, "description"), ("dc", "description"), (nil, "subtitle"), ("atom", "subtitle"):
                    if result.feed.subtitle == nil || ns == nil { result.feed.subtitle = textConstruct(child, default: .html, guessesHTML: true).text }
                case (nil, "language"), ("dc", "language"):
                    result.feed.language = clean(child.text)
                case (nil, "lastBuildDate"), ("dc", "date"), ("dcterms", "modified"), ("atom", "updated"):
                    if result.feed.updated == nil { result.feed.updated = DateParser.parse(child.text, inDateField: true) }
                case (nil, "pubDate"), ("dcterms", "issued"), ("atom", "published"):
                    if published == nil { published = DateParser.parse(child.text, inDateField: true) }
                default: break
                }
            }
        }
        if result.feed.updated == nil { result.feed.updated = published }
        // RSS 2.0 nests items in <channel>; RSS 1.0 and 0.90 put them beside it.
        for container in [channel, root].compactMap({ $0 }) {
            for item in container.elements where item.hasName("item") && Self.key(item).ns == nil {
                result.entries.append(rssItem(item))
            }
        }
    }

    private func rssItem(_ item: XMLNode) -> ParsedFeed.Entry {
        var entry = ParsedFeed.Entry()
        var extensions = EntryExtensions()
        var guidIsLink: String?
        var dcCreator: String?
        var rssDescription: String?
        var rssSummary: String?
        var summaryFirst: Bool?
        for child in item.elements {
            let (ns, name) = Self.key(child)
            switch (ns, name) {
            case (nil, "title"):
                let v = textConstruct(child, default: .text, guessesHTML: true)
                entry.title = v.text
                entry.titleIsHTML = v.isHTML
            case ("dc", "title"):
                if entry.title == nil { entry.title = textConstruct(child, default: .text, guessesHTML: true).text }
            case (nil, "link"):
                let href = clean(child.text)
                if !href.isEmpty, entry.link == nil { entry.link = resolve(href, child) }
            case ("atom", "link"):
                let rel = child.attribute("rel") ?? "alternate"
                if rel == "enclosure", let href = child.attribute("href") { entry.enclosures.append(resolve(href, child)) }
                if rel == "alternate", entry.link == nil, let href = child.attribute("href") { entry.link = resolve(href, child) }
            case (nil, "guid"), ("atom", "id"):
                let guid = clean(child.text)
                if !guid.isEmpty, entry.id == nil {
                    entry.id = guid
                    if name == "guid", child.attribute("isPermaLink")?.lowercased() != "false" { guidIsLink = resolve(guid, child) }
                }
            case (nil, "pubDate"), ("dcterms", "issued"), ("atom", "published"), ("dcterms", "created"):
                if entry.published == nil { entry.published = DateParser.parse(child.text, inDateField: true) }
            case ("dc", "date"), ("dcterms", "modified"), ("atom", "updated"):
                if entry.updated == nil { entry.updated = DateParser.parse(child.text, inDateField: true) }
            case (nil, "description"), ("dc", "description"):
                if rssDescription == nil || ns == nil { rssDescription = textConstruct(child, default: .html, guessesHTML: true).text }
                if summaryFirst == nil { summaryFirst = false }
            case (nil, "summary"), ("atom", "summary"):
                if rssSummary == nil { rssSummary = textConstruct(child, default: .html, guessesHTML: true).text }
                if summaryFirst == nil { summaryFirst = true }
            case (nil, "tags"):
                entry.tags.append(contentsOf: clean(child.text).split(separator: ",").map { Self.trim(String($0)) }.filter { !$0.isEmpty })
            case ("content", "encoded"), (nil, "fullitem"):
                if entry.content == nil {
                    let v = textConstruct(child, default: .html, guessesHTML: true)
                    entry.content = v.text
                    entry.contentIsHTML = true
                }
            case ("xhtml", "body"), (nil, "body"):
                if entry.content == nil {
                    entry.content = textConstruct(child, default: .xhtml, guessesHTML: true).text
                    entry.contentIsHTML = true
                }
            case (nil, "author"), ("dc", "creator"), ("dc", "author"), ("atom", "author"):
                if name == "author", ns == "atom" {
                    entry.author = entry.author ?? atomPerson(child)
                } else if ns == "dc" {
                    dcCreator = dcCreator ?? clean(child.text)
                } else {
                    entry.author = entry.author ?? clean(child.text)
                }
            case (nil, "enclosure"):
                if let url = child.attribute("url") { entry.enclosures.append(resolve(url, child)) }
            case (nil, "category"), ("dc", "subject"):
                let term = clean(child.text)
                if !term.isEmpty { entry.tags.append(term) }
            case (nil, "source"):
                if entry.sourceURL == nil, entry.sourceTitle == nil {
                    entry.sourceURL = child.attribute("url").map { resolve($0, child) }
                    let name = clean(child.text)
                    entry.sourceTitle = name.isEmpty ? nil : name
                }
            default:
                _ = extensions.read(child, ns: ns, name: name, into: &entry, parser: self)
            }
        }
        // An item with both <summary> and <description>: the summary is the summary and
        // the description becomes the content.
        if let rssSummary, let rssDescription {
            // Both: the first in the document is the summary, the other the content.
            entry.summary = summaryFirst == true ? rssSummary : rssDescription
            entry.summaryIsHTML = true
            if entry.content == nil {
                entry.content = summaryFirst == true ? rssDescription : rssSummary
                entry.contentIsHTML = true
            }
        } else if let rssSummary {
            entry.summary = rssSummary
            entry.summaryIsHTML = true
        } else if let rssDescription {
            entry.summary = rssDescription
            entry.summaryIsHTML = true
        }
        if entry.author == nil { entry.author = dcCreator }
        extensions.apply(to: &entry)
        if entry.link == nil { entry.link = guidIsLink }
        if entry.id == nil, let about = item.attribute("about") { entry.id = about }
        if entry.updated == nil { entry.updated = entry.published }
        if entry.summary == nil, let content = entry.content {
            entry.summary = content
            entry.summaryIsHTML = entry.contentIsHTML
        }
        return entry
    }

    // MARK: Atom

    private func readAtom(_ root: XMLNode, into result: inout ParsedFeed, _ context: Context) {
        var published: Date?
        // Old Atom drafts used other namespace URIs: the root's namespace is Atom's.
        let atomURI = root.namespaceURI
        for child in root.elements {
            var (ns, name) = Self.key(child)
            if ns != nil, child.namespaceURI == atomURI { ns = "atom" }
            guard ns == "atom" || ns == nil || ns == "dc" || ns == "dcterms" else { continue }
            switch name {
            case "title": if result.feed.title == nil { result.feed.title = textConstruct(child, default: .text, guessesHTML: false).text }
            case "subtitle", "tagline": if result.feed.subtitle == nil { result.feed.subtitle = textConstruct(child, default: .text, guessesHTML: false).text }
            case "link":
                if result.feed.link == nil, (child.attribute("rel") ?? "alternate") == "alternate", let href = child.attribute("href") {
                    result.feed.link = resolve(href, child)
                }
            case "updated", "modified": result.feed.updated = DateParser.parse(child.text, inDateField: true) ?? result.feed.updated
            case "published", "issued": published = DateParser.parse(child.text, inDateField: true) ?? published
            case "language" where ns == "dc": result.feed.language = clean(child.text)
            case "entry":
                result.entries.append(atomEntry(child, atomURI: atomURI))
            default: break
            }
        }
        if result.feed.updated == nil { result.feed.updated = published }
    }

    private func atomEntry(_ node: XMLNode, atomURI: String?) -> ParsedFeed.Entry {
        var entry = ParsedFeed.Entry()
        var extensions = EntryExtensions()
        for child in node.elements {
            var (ns, name) = Self.key(child)
            if ns != nil, child.namespaceURI == atomURI { ns = "atom" }
            guard ns == "atom" || ns == nil || ns == "dc" || ns == "dcterms" else {
                _ = extensions.read(child, ns: ns, name: name, into: &entry, parser: self)
                continue
            }
            switch (ns, name) {
            case (_, "title"):
                if entry.title == nil {
                    let v = textConstruct(child, default: .text, guessesHTML: false)
                    entry.title = v.text
                    entry.titleIsHTML = v.isHTML
                }
            case (_, "id"): if entry.id == nil { entry.id = resolve(clean(child.text), child) }
            case (_, "link"):
                let rel = child.attribute("rel") ?? "alternate"
                guard let href = child.attribute("href") else { continue }
                if rel == "enclosure" { entry.enclosures.append(resolve(href, child)) }
                if rel == "alternate", entry.link == nil { entry.link = resolve(href, child) }
            case (_, "published"), (_, "issued"), (_, "created"):
                // A later date element overrides an earlier one, as in feedparser.
                entry.published = DateParser.parse(child.text, inDateField: true) ?? entry.published
            case (_, "updated"), (_, "modified"), ("dc", "date"):
                entry.updated = DateParser.parse(child.text, inDateField: true) ?? entry.updated
            case (_, "author"):
                if entry.author == nil { entry.author = atomPerson(child) }
            case ("dc", "creator"):
                if entry.author == nil { entry.author = clean(child.text) }
            case (_, "summary"):
                if entry.summary == nil {
                    let v = textConstruct(child, default: .text, guessesHTML: false)
                    entry.summary = v.text
                    entry.summaryIsHTML = v.isHTML
                }
            case (_, "content"):
                if entry.content == nil {
                    let v = textConstruct(child, default: .text, guessesHTML: false)
                    entry.content = v.text
                    entry.contentIsHTML = v.isHTML
                }
            case (_, "category"):
                if let term = child.attribute("term") ?? Optional(clean(child.text)), !term.isEmpty { entry.tags.append(term) }
            case ("dc", "subject"):
                let term = clean(child.text)
                if !term.isEmpty { entry.tags.append(term) }
            default: break
            }
        }
        extensions.apply(to: &entry)
        if entry.updated == nil { entry.updated = entry.published }
        if entry.summary == nil, let content = entry.content {
            entry.summary = content
            entry.summaryIsHTML = entry.contentIsHTML
        }
        return entry
    }

    /// "Name (email)" as feedparser writes an Atom person with an e-mail address.
    private func atomPerson(_ node: XMLNode) -> String? {
        var name: String?
        var email: String?
        for child in node.elements {
            switch child.name {
            case "name": name = clean(child.text)
            case "email": email = clean(child.text)
            default: break
            }
        }
        if let name, let email, !email.isEmpty { return "\(name) (\(email))" }
        return name ?? email ?? (node.elementChildren.isEmpty ? clean(node.text) : nil)
    }

    func baseURL(_ node: XMLNode) -> URL? {
        node.baseURI.flatMap { URL(string: $0) ?? URL(string: $0.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? "") }
    }

    func resolveURL(_ href: String, _ node: XMLNode) -> String { resolve(href, node) }

    private func resolve(_ href: String, _ node: XMLNode) -> String {
        FeedURL.resolve(Self.trim(href), against: baseURL(node))
    }

    private func clean(_ s: String) -> String { Self.trim(s) }

    /// Whitespace trimmed at both ends, without bridging to NSString.
    static func trim(_ s: String) -> String {
        let u = s.utf8
        guard let first = u.firstIndex(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) else { return "" }
        let last = u.lastIndex(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) })!
        if first == u.startIndex, u.index(after: last) == u.endIndex { return s }
        return String(s[first...last])
    }
}
