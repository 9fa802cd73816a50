import ArgumentParser
import Foundation
import PantauPipeline

/// `pantau feeds parse`: feed documents → JSON, in the vocabulary of feedparser.
struct FeedsParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Urai berkas feed dan cetak hasilnya sebagai JSON.",
        discussion: """
        Keluaran: objek JSON yang memetakan setiap FILE (seperti ditulis) ke hasilnya: bozo,
        format (rss, rdf, atom10, atom03, sitemap, sitemapindex), feed (title, link,
        subtitle, language, updated) dan entries (title, link, id, published, updated,
        author, summary, content, enclosures, tags). Sitemap: satu entri per URL (link =
        loc, title = news:title, published = news:publication_date, updated = lastmod);
        indeks sitemap: satu entri per sitemap, sesuai urutan dokumen.

        Contoh:
          pantau feeds parse Feeds-cache/antara.xml
          pantau feeds parse feed.xml --url https://contoh.id/rss --header 'content-type: text/xml; charset=windows-1252'
          pantau feeds parse --cases ../shared/eval/feeds/feedparser-cases/cases.json > hasil.json
        """)

    @Argument(help: "Berkas feed.")
    var files: [String] = []

    @Option(help: ArgumentHelp("URL dokumen (dasar tautan relatif).", valueName: "URL"))
    var url: String?

    @Option(name: .customLong("header"), help: ArgumentHelp("Header HTTP 'nama: nilai' (boleh berulang).", valueName: "HEADER"))
    var headers: [String] = []

    @Option(help: ArgumentHelp("Berkas kasus (format feed-cases/1): urai setiap kasusnya.", valueName: "CASES.json"))
    var cases: String?

    @Option(help: ArgumentHelp("Folder berkas kasus (bawaan: folder berkas kasus).", valueName: "DIR"))
    var root: String?

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Berkas berisi daftar FILE, satu per baris.", valueName: "LIST"))
    var filesFrom: String?

    @Flag(help: "Cetak hanya jumlah dokumen dan entri (untuk pengukuran kecepatan).")
    var stats = false

    func validate() throws {
        if cases == nil && files.isEmpty && filesFrom == nil { throw ValidationError("beri FILE…, --files-from LIST atau --cases CASES.json") }
        if cases != nil && !files.isEmpty { throw ValidationError("pilih salah satu: FILE… atau --cases") }
        for h in headers where !h.contains(":") { throw ValidationError("--header '\(h)' harus 'nama: nilai'") }
    }

    func run() async throws {
        var output: [String: Any] = [:]
        if let cases {
            guard let data = FileManager.default.contents(atPath: cases),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let list = object["cases"] as? [[String: Any]] else {
                throw CLIError("\(cases): bukan berkas kasus JSON dengan daftar \"cases\"")
            }
            let folder = root ?? (cases as NSString).deletingLastPathComponent
            for entry in list {
                guard let file = entry["file"] as? String else { continue }
                let input = entry["input"] as? [String: Any]
                let caseHeaders = (input?["headers"] as? [String: String]) ?? [:]
                output[file] = Self.parse(path: (folder as NSString).appendingPathComponent(file), url: input?["url"] as? String,
                                          headers: caseHeaders)
            }
        } else {
            var parsedHeaders: [String: String] = [:]
            for h in headers {
                let parts = h.split(separator: ":", maxSplits: 1)
                parsedHeaders[parts[0].trimmingCharacters(in: .whitespaces).lowercased()] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            }
            var all = files
            if let filesFrom {
                guard let list = FileManager.default.contents(atPath: filesFrom) else { throw CLIError("\(filesFrom): berkas tidak bisa dibaca") }
                all += String(decoding: list, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            }
            if stats {
                // Measures parsing: each distinct file is read once, as a benchmark
                // of a parser over documents already in memory.
                var documents = 0, entries = 0
                var cache: [String: Data] = [:]
                for file in all {
                    if cache[file] == nil { cache[file] = FileManager.default.contents(atPath: file) }
                    guard let data = cache[file] else { throw CLIError("\(file): berkas tidak ada") }
                    entries += Monitor.feedEntryCount(data, url: url, headers: parsedHeaders)
                    documents += 1
                }
                print("\(documents) dokumen, \(entries) entri")
                return
            }
            for file in all {
                guard FileManager.default.fileExists(atPath: file) else { throw CLIError("\(file): berkas tidak ada") }
                output[file] = Self.parse(path: file, url: url, headers: parsedHeaders)
            }
        }
        let json = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(json)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// One document's result; an unreadable one is `bozo` with nothing in it.
    static func parse(path: String, url: String?, headers: [String: String]) -> [String: Any] {
        Monitor.parsedFeed(FileManager.default.contents(atPath: path), url: url, headers: headers)
    }
}
