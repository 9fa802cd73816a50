import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline

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
        // No configuration file, lexicon or archive: a Monitor of the defaults.
        let monitor = Monitor(configuration: Configuration())
        do {
            if let pagesDir, let out { return try extractFolder(pagesDir, to: out, monitor) }
            guard let input else { return }
            let article: ExtractedArticle
            if input.hasPrefix("http://") || input.hasPrefix("https://") {
                // A URL: fetched like the pipeline does, following "next page" links.
                article = try await monitor.extract(url: input)
            } else {
                article = try monitor.extract(file: input, url: url)
            }
            switch format {
            case .text:
                if let title = article.title { print(title + "\n") }
                print(article.text)
            case .json:
                let json = try JSONSerialization.data(withJSONObject: Self.jsonObject(article), options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: json, as: UTF8.self))
            }
        } catch let error as PipelineError {
            throw CLIError(error)
        }
    }

    private func extractFolder(_ dir: String, to out: String, _ monitor: Monitor) throws {
        var result: [String: Any] = [:]
        for (id, article) in try monitor.extractFolder(dir) {
            result[id] = article.map(Self.jsonObject)
                ?? ["articleBody": "", "headline": NSNull(), "datePublished": NSNull(), "author": NSNull(), "pageType": "error"]
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
}
