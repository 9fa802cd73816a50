import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline

/// `pantau search`: keyword search over the archive.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Cari arsip berita dengan kata kunci.",
        discussion: """
        Kueri: kata, "frasa persis", awalan napi*, AND, OR, NOT atau -kata, dan kurung.

        Contoh:
          pantau search kabur
          pantau search '"lapas serang" AND (kabur OR narkoba)' --since 7d --tone negative
          pantau search pungli --format csv > pungli.csv
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Kueri pencarian.")
    var query: String

    @Option(help: ArgumentHelp("Sejak: 24h, 7d, 30d atau YYYY-MM-DD.", valueName: "WAKTU"))
    var since: String?

    @Option(help: ArgumentHelp("Sampai (tidak termasuk): YYYY-MM-DD.", valueName: "TANGGAL"))
    var until: String?

    @Option(help: ArgumentHelp("Nada: negative, neutral atau positive.", valueName: "NADA"))
    var tone: ToneLabel?

    @Option(help: "Jumlah hasil maksimum (1–10000).")
    var limit = 50

    @Option(help: ArgumentHelp("Urutan: relevance (paling relevan di antara 5.000 kecocokan terbaru; lebih lama lewat --until) atau date (terbaru dulu).",
                               valueName: "URUTAN"))
    var sort: SortOrder = .relevance

    @Option(help: ArgumentHelp("Keluaran: table, json atau csv.", valueName: "FORMAT"))
    var format: OutputFormat = .table

    @Flag(name: .customLong("all-copies"), help: "Tampilkan setiap salinan cerita yang sama (bawaan: sekali per klaster).")
    var allCopies = false

    enum SortOrder: String, ExpressibleByArgument, CaseIterable { case relevance, date }
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit harus 1…10000") }
        if let since, TimeWindow.start(since, now: Date()) == nil {
            throw ValidationError("--since '\(since)' tidak dikenal; pakai 24h, 7d, 30d atau YYYY-MM-DD")
        }
        if let until, JakartaTime.dayInterval(until) == nil {
            throw ValidationError("--until '\(until)' bukan tanggal YYYY-MM-DD yang valid")
        }
    }

    func run() async throws {
        var options = SearchOptions()
        options.since = since.flatMap { TimeWindow.start($0, now: Date()) }
        options.until = until.flatMap { JakartaTime.dayInterval($0)?.start }
        options.tone = tone
        options.limit = limit
        options.sortByDate = sort == .date
        let hits: [SearchHit]
        do { hits = try CLIContext(root).monitor.search(query, options: options, allCopies: allCopies) } catch let error as PipelineError {
            throw CLIError(error)
        }
        switch format {
        case .json: print(SearchOutput.json(hits))
        case .csv: print(SearchOutput.csv(hits), terminator: "")
        case .table: print(SearchOutput.table(hits, highlight: Terminal.isTTY), terminator: "")
        }
    }
}

extension ToneLabel: ExpressibleByArgument {}
