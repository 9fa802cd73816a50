import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline
import PantauReport

/// `pantau digest`: writes the digest (HTML, Markdown, JSON, chat text) under `Reports/`.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Tulis laporan pemantauan media (HTML, Markdown, JSON, teks obrolan) ke Reports/YYYY/.",
        discussion: """
        Sebuah artikel termasuk hari (WIB) saat Pantau pertama kali melihatnya. Tanpa --date
        laporan mencakup 24 jam terakhir. Templat HTML dan Markdown dibaca dari
        Reports/templates/*.mustache bila ada (lihat --install-templates).

        Contoh:
          pantau digest                          # 24 jam terakhir
          pantau digest --date 2026-11-28        # satu hari WIB
          pantau digest --since 7d               # laporan mingguan
          pantau digest --format html,txt --out /srv/laporan
          pantau digest --lang en
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Hari yang dilaporkan, YYYY-MM-DD (WIB).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Rentang sampai sekarang: 24h, 7d atau 30d.", valueName: "24h|7d|30d"))
    var since: String?

    @Option(help: ArgumentHelp("Format, dipisah koma: html,md,json,txt (bawaan: semua).", valueName: "FORMAT"))
    var format: String = "html,md,json,txt"

    @Option(help: ArgumentHelp("Folder laporan (bawaan: Reports dari konfigurasi).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("Bahasa laporan: id atau en.", valueName: "id|en"))
    var lang: String = "id"

    @Flag(help: "Salin templat bawaan ke FOLDER-LAPORAN/templates untuk diubah, lalu keluar.")
    var installTemplates = false

    func validate() throws {
        if let date, JakartaTime.dayInterval(date) == nil {
            throw ValidationError("tanggal '\(date)' tidak valid; pakai YYYY-MM-DD")
        }
        if let since, !["24h", "1d", "7d", "30d"].contains(since) {
            throw ValidationError("--since '\(since)' tidak dikenal; pakai 24h, 7d atau 30d")
        }
        if date != nil && since != nil { throw ValidationError("--date dan --since tidak bisa dipakai bersama") }
        _ = try formats()
        guard ["id", "en"].contains(lang) else { throw ValidationError("--lang '\(lang)' tidak dikenal; pakai id atau en") }
    }

    func formats() throws -> [DigestRenderer.Format] {
        var result: [DigestRenderer.Format] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let f = DigestRenderer.Format(rawValue: name == "markdown" ? "md" : name) else {
                throw ValidationError("format '\(name)' tidak dikenal; pakai html, md, json atau txt")
            }
            if !result.contains(f) { result.append(f) }
        }
        guard !result.isEmpty else { throw ValidationError("--format kosong; pakai html, md, json atau txt") }
        return result
    }

    func run() async throws {
        let context = try CLIContext(root)
        let reports = out ?? context.configuration.reportsPath
        do {
            if installTemplates {
                let written = try context.monitor.installTemplates(reportsDirectory: reports)
                print(written.isEmpty ? "Templat sudah ada; tidak ada yang ditimpa." : "Templat ditulis:")
                for p in written { print("  \(p)") }
                return
            }
            let rendered = try context.monitor.digest(date: date, since: since, language: lang, formats: try formats(), reportsDirectory: reports)
            let paths = try rendered.write(to: reports)
            let r = rendered.digest.ringkasan
            print("Laporan \(rendered.digest.period.day) (\(rendered.digest.period.kind)): \(r.total) artikel, \(r.needsResponse) cerita perlu tanggapan.")
            for p in paths { print("  \(p)") }
        } catch let error as PipelineError {
            throw CLIError(error)
        }
    }
}
