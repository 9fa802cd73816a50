import Foundation
import PantauCore
import PantauXML

/// Reads news sources from OPML files (`Feeds/*.opml`), strictly: a malformed file or an
/// outline without `xmlUrl` is an error naming FILE:LINE, never silently skipped.
public struct OPMLReader: Sendable {
    public init() {}

    /// A problem in a source list.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    /// Sources of every `*.opml` file in `directory`, in file-name order, without duplicates.
    public func sources(inDirectory directory: URL) throws(Failure) -> [Source] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw Failure(file: directory.path, line: nil, message: "folder sumber tidak bisa dibaca (pakai --feeds DIR)")
        }
        var seen = Set<String>()
        var result: [Source] = []
        for name in names.sorted() where name.lowercased().hasSuffix(".opml") {
            for source in try sources(inFile: directory.appendingPathComponent(name)) where seen.insert(source.feedURL).inserted {
                result.append(source)
            }
        }
        return result
    }

    public func sources(inFile url: URL) throws(Failure) -> [Source] {
        let display = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(file: display, line: nil, message: "berkas tidak bisa dibaca")
        }
        return try sources(in: data, file: display)
    }

    public func sources(in data: Data, file: String) throws(Failure) -> [Source] {
        let doc: XMLDocument
        do {
            doc = try XMLDocument.parseStrictXML(data)
        } catch {
            throw Failure(file: file, line: error.line, message: "OPML tidak valid: \(error.message)")
        }
        guard let root = doc.root, root.name == "opml" else {
            throw Failure(file: file, line: 1, message: "elemen akar harus <opml>")
        }
        guard let body = root.elementChildren.first(where: { $0.name == "body" }) else {
            throw Failure(file: file, line: nil, message: "OPML tanpa <body>")
        }
        var result: [Source] = []
        // Iterative walk; a category outline passes its name down to the feeds inside it.
        var stack: [(node: XMLNode, category: String?, tier: Int?)] = body.elementChildren.reversed().map { ($0, nil, nil) }
        while let (node, inheritedCategory, inheritedTier) = stack.popLast() {
            guard node.name == "outline" else {
                throw Failure(file: file, line: node.line, message: "elemen <\(node.name)> tidak dikenal di dalam <body>")
            }
            let category = node.attribute("category").flatMap { $0.split(separator: "/").last.map(String.init) }
                ?? inheritedCategory
            let tier: Int?
            if let raw = node.attribute("tier") {
                guard let t = Int(raw), (1...3).contains(t) else {
                    throw Failure(file: file, line: node.line, message: "tier harus 1, 2 atau 3, bukan '\(raw)'")
                }
                tier = t
            } else {
                tier = inheritedTier
            }
            if let xmlUrl = node.attribute("xmlUrl") {
                let trimmed = xmlUrl.trimmingCharacters(in: .whitespaces)
                guard let comps = URLComponents(string: trimmed), let scheme = comps.scheme?.lowercased(),
                      scheme == "http" || scheme == "https", comps.host?.isEmpty == false else {
                    throw Failure(file: file, line: node.line, message: "xmlUrl '\(xmlUrl)' bukan URL http(s)")
                }
                let title = node.attribute("title") ?? node.attribute("text") ?? trimmed
                let kind: Source.Kind = node.attribute("type")?.lowercased() == "sitemap" ? .sitemap : .feed
                result.append(Source(feedURL: trimmed, title: title, siteURL: node.attribute("htmlUrl"),
                                     category: category ?? "nasional", tier: tier ?? 2,
                                     origin: "\(file):\(node.line ?? 0)", kind: kind))
            } else {
                let name = node.attribute("category") ?? node.attribute("text") ?? node.attribute("title")
                let children = node.elementChildren
                if children.isEmpty {
                    throw Failure(file: file, line: node.line, message: "outline tanpa xmlUrl dan tanpa isi")
                }
                let childCategory = name.map { $0.lowercased().hasPrefix("regional") ? "regional" : $0.lowercased() }
                stack.append(contentsOf: children.reversed().map { ($0, category ?? childCategory, tier) })
            }
        }
        return result
    }
}
