import Foundation
import PantauXML

/// What an entry's extension namespaces add, the ones users rely on: Media RSS
/// (`media:title`, `media:description`, `media:thumbnail`, `media:content`, `media:category`,
/// `media:keywords`, all also inside `media:group` and `media:content`), iTunes
/// (`itunes:summary`, `itunes:subtitle`, `itunes:author`, `itunes:keywords`,
/// `itunes:category`, `itunes:image`) and GeoRSS (`georss:point`, `georss:where` with a GML
/// point, W3C `geo:lat`/`geo:long`).
///
/// Titles, summaries and authors from them are fallbacks: the feed's own elements win.
struct EntryExtensions {
    var mediaTitle: String?
    var mediaDescription: String?
    var itunesSummary: String?
    var itunesSubtitle: String?
    var itunesAuthor: String?
    var imageFromContent: String?
    var itunesImage: String?
    var latitude: Double?
    var longitude: Double?

    /// Reads `child` when it belongs to one of these namespaces (tags, thumbnails and media
    /// go straight into `entry`, in document order); false for any other element.
    mutating func read(_ child: XMLNode, ns: String?, name: String, into entry: inout ParsedFeed.Entry,
                       parser: FeedDocumentParser, depth: Int = 0) -> Bool {
        switch (ns, name) {
        case ("media", "title"):
            if mediaTitle == nil { mediaTitle = parser.textConstruct(child, default: .text, guessesHTML: true).text }
        case ("media", "description"):
            if mediaDescription == nil {
                let type: FeedDocumentParser.ConstructType = child.attribute("type")?.lowercased() == "html" ? .html : .text
                mediaDescription = parser.textConstruct(child, default: type, guessesHTML: true).text
            }
        case ("media", "category"):
            let term = FeedDocumentParser.trim(child.text)
            if !term.isEmpty { entry.tags.append(term) }
        case ("media", "keywords"), ("itunes", "keywords"):
            entry.tags.append(contentsOf: Self.commaList(child.text))
        case ("itunes", "category"):
            if let term = child.attribute("text").map(FeedDocumentParser.trim), !term.isEmpty { entry.tags.append(term) }
        case ("media", "thumbnail"):
            if let url = child.attribute("url").map(FeedDocumentParser.trim), !url.isEmpty, entry.thumbnail == nil {
                entry.thumbnail = parser.resolveURL(url, child)
            }
        case ("media", "content"):
            if let url = child.attribute("url").map(FeedDocumentParser.trim), !url.isEmpty {
                let resolved = parser.resolveURL(url, child)
                entry.media.append(resolved)
                let medium = child.attribute("medium")?.lowercased()
                if imageFromContent == nil, medium == "image" || (medium == nil && child.attribute("type")?.lowercased().hasPrefix("image/") == true) {
                    imageFromContent = resolved
                }
            }
            readChildren(of: child, into: &entry, parser: parser, depth: depth)
        case ("media", "group"):
            readChildren(of: child, into: &entry, parser: parser, depth: depth)
        case ("itunes", "summary"):
            if itunesSummary == nil { itunesSummary = parser.textConstruct(child, default: .text, guessesHTML: true).text }
        case ("itunes", "subtitle"):
            if itunesSubtitle == nil { itunesSubtitle = parser.textConstruct(child, default: .text, guessesHTML: true).text }
        case ("itunes", "author"):
            if itunesAuthor == nil { itunesAuthor = FeedDocumentParser.trim(child.text) }
        case ("itunes", "image"):
            if itunesImage == nil, let href = child.attribute("href").map(FeedDocumentParser.trim), !href.isEmpty {
                itunesImage = parser.resolveURL(href, child)
            }
        case ("georss", "point"), ("gml", "pos"):
            // "lat lon", separated by white space (GeoRSS Simple and GML).
            let parts = child.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," })
            if parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) { setPoint(lat, lon) }
        case ("georss", "where"), ("gml", "Point"), ("geo", "Point"):
            readChildren(of: child, into: &entry, parser: parser, depth: depth)
        case ("geo", "lat"):
            if let v = Double(FeedDocumentParser.trim(child.text)), (-90...90).contains(v), latitude == nil { latitude = v }
        case ("geo", "long"), ("geo", "lon"):
            if let v = Double(FeedDocumentParser.trim(child.text)), (-180...180).contains(v), longitude == nil { longitude = v }
        default:
            return false
        }
        return true
    }

    private mutating func readChildren(of node: XMLNode, into entry: inout ParsedFeed.Entry, parser: FeedDocumentParser, depth: Int) {
        guard depth < 4 else { return }
        for grandchild in node.elements {
            let (ns, name) = FeedDocumentParser.key(grandchild)
            _ = read(grandchild, ns: ns, name: name, into: &entry, parser: parser, depth: depth + 1)
        }
    }

    private mutating func setPoint(_ lat: Double, _ lon: Double) {
        guard latitude == nil, longitude == nil, (-90...90).contains(lat), (-180...180).contains(lon) else { return }
        latitude = lat
        longitude = lon
    }

    static func commaList(_ text: String) -> [String] {
        text.split(separator: ",").map { FeedDocumentParser.trim(String($0)) }.filter { !$0.isEmpty }
    }

    /// The fallbacks, once the entry's own elements are read.
    func apply(to entry: inout ParsedFeed.Entry) {
        if entry.title == nil { entry.title = mediaTitle }
        if entry.summary == nil, let text = mediaDescription ?? itunesSummary ?? itunesSubtitle {
            entry.summary = text
            entry.summaryIsHTML = FeedDocumentParser.looksLikeHTML(text)
        }
        if entry.author == nil, let itunesAuthor, !itunesAuthor.isEmpty { entry.author = itunesAuthor }
        if entry.thumbnail == nil { entry.thumbnail = imageFromContent ?? itunesImage }
        if let latitude, let longitude { entry.point = ParsedFeed.GeoPoint(latitude: latitude, longitude: longitude) }
    }
}
