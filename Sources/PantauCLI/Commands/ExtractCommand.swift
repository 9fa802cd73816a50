import ArgumentParser
import Foundation
import PantauCore
import PantauExtract
import PantauFetch
import PantauPipeline
import PantauXML

/// `pantau extract`: article text and metadata from a page, or from a folder of pages.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Ambil teks utama dan metadata artikel dari halaman HTML.",
        discussion: """
        FILE dan --pages-dir tidak memakai jaringan, basis data, atau leksikon.

        Contoh:
          pantau extract halaman.html
          pantau extract https://contoh.id/berita/1 --format json
          pantau extract --pages-dir halaman/ --out hasil.json
        """)

    @Argument(help: "Berkas HTML (boleh .gz) atau URL http(s).")
    var input: String?

    @Option(help: ArgumentHelp("URL dasar untuk tautan relatif.", valueName: "URL"))
    var url: String?

    @Option(help: ArgumentHelp("Keluaran: text atau json.", valueName: "FORMAT"))
    var format: Format = .text

    @Option(name: .customLong("pages-dir"), help: ArgumentHelp("Folder berisi *.html atau *.html.gz.", valueName: "DIR"))
    var pagesDir: String?

    @Option(help: ArgumentHelp("Berkas JSON keluaran untuk --pages-dir.", valueName: "FILE"))
    var out: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if pagesDir != nil {
            guard out != nil else { throw ValidationError("--pages-dir butuh --out FILE") }
            guard input == nil else { throw ValidationError("pilih salah satu: FILE/URL atau --pages-dir") }
        } else if input == nil {
            throw ValidationError("beri FILE, URL, atau --pages-dir DIR")
        }
    }

    func run() async throws {
        if let pagesDir, let out { return try extractFolder(pagesDir, to: out) }
        guard let input else { return }
        let article: ExtractedArticle
        if input.hasPrefix("http://") || input.hasPrefix("https://") {
            // A URL: fetched like the pipeline does, following "next page" links.
            let client = HTTPClient()
            defer { client.shutdown() }
            do {
                article = try await ArticleFetcher(client: client).fetch(input).0
            } catch {
                throw CLIError("\(input): \(error.message)")
            }
        } else {
            do {
                article = try ArticleExtractor().extract(try Self.readPage(input), url: url)
            } catch let error as ExtractError {
                throw CLIError("\(input): \(error.message)")
            }
        }
        switch format {
        case .text:
            if let title = article.title { print(title + "\n") }
            print(article.text)
        case .json:
            let object = Self.jsonObject(article)
            let json = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: json, as: UTF8.self))
        }
    }

    private func extractFolder(_ dir: String, to out: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir)
        } catch {
            throw CLIError("\(dir): folder tidak bisa dibaca")
        }
        var result: [String: Any] = [:]
        for name in names.sorted() where name.hasSuffix(".html") || name.hasSuffix(".html.gz") || name.hasSuffix(".htm") {
            let id = name.components(separatedBy: ".").first ?? name
            let path = (dir as NSString).appendingPathComponent(name)
            let data = try Self.readPage(path)
            if let article = try? ArticleExtractor().extract(data) {
                result[id] = Self.jsonObject(article)
            } else {
                result[id] = ["articleBody": "", "headline": NSNull(), "datePublished": NSNull(), "author": NSNull(), "pageType": "error"]
            }
        }
        let json = JSONText.object(result)
        do {
            try Data(json.utf8).write(to: URL(fileURLWithPath: out))
        } catch {
            throw CLIError("\(out): tidak bisa ditulis")
        }
    }

    static func jsonObject(_ a: ExtractedArticle) -> [String: Any] {
        [
            "articleBody": a.text,
            "headline": a.title ?? NSNull(),
            "datePublished": a.published.map { DateParser.iso($0, offsetSeconds: 7 * 3600) } ?? NSNull(),
            "datePublishedSource": a.publishedSource ?? NSNull(),
            "author": a.author ?? NSNull(),
            "siteName": a.siteName ?? NSNull(),
            "canonicalURL": a.canonicalURL ?? NSNull(),
            "pageType": a.pageType.rawValue,
            "dateModified": a.modified.map { DateParser.iso($0, offsetSeconds: 7 * 3600) } ?? NSNull(),
            "image": a.imageURL ?? NSNull(),
            "language": a.language ?? NSNull(),
            "nextPage": a.nextPageURL ?? NSNull(),
            "method": a.method.rawValue,
            "confidence": a.confidence,
            "doubts": a.doubts,
            "secondMethodRan": a.secondMethodRan,
        ]
    }

    /// Reads a page file; `.gz` files are inflated.
    static func readPage(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): berkas tidak bisa dibaca") }
        if path.hasSuffix(".gz") {
            guard let inflated = Gzip.inflate(data) else { throw CLIError("\(path): bukan gzip yang valid") }
            return inflated
        }
        return data
    }
}
