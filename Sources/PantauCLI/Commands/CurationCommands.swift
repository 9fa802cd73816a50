import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline
import PantauStore

/// An article (`123`) or a story cluster (`k45`) named on the command line.
struct SubjectArgument: ExpressibleByArgument {
    var subject: ArchiveStore.Subject

    init?(argument: String) {
        let lower = argument.lowercased()
        for prefix in ["k", "klaster:", "cluster:"] where lower.hasPrefix(prefix) {
            guard let id = Int64(lower.dropFirst(prefix.count)), id > 0 else { return nil }
            subject = .cluster(id)
            return
        }
        guard let id = Int64(lower), id > 0 else { return nil }
        subject = .article(id)
    }
}

/// `pantau label`: an officer's correction of the tone.
struct LabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Koreksi nada sebuah artikel (123) atau klaster (k45).",
        discussion: """
        Koreksi dipakai oleh pencarian, ringkasan dan peringatan, dan tetap berlaku setelah
        penilaian ulang. `--export` menulis semua koreksi sebagai TSV (untuk uji regresi atau
        usulan leksikon).

        Contoh:
          pantau label 123 negative --note "pungli, bukan berita rutin"
          pantau label k45 irrelevant
          pantau label --export > koreksi.tsv
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Artikel (angka) atau klaster (k + angka).")
    var subject: SubjectArgument?

    @Argument(help: "negative, neutral, positive atau irrelevant.")
    var label: String?

    @Option(help: "Catatan.")
    var note: String?

    @Flag(help: "Tulis semua koreksi sebagai TSV ke stdout.")
    var export = false

    func validate() throws {
        if export { return }
        guard subject != nil else { throw ValidationError("beri ID artikel (123) atau klaster (k45)") }
        guard let label, ArchiveStore.labels.contains(label) else {
            throw ValidationError("label harus negative, neutral, positive atau irrelevant")
        }
    }

    func run() async throws {
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        do {
            if export {
                var out = "id\tarticle\tcluster\tlabel\tnote\tcreated\ttitle\turl\n"
                for e in try store.labelHistory() {
                    let cells = [String(e.id), e.articleID.map(String.init) ?? "", e.clusterID.map { "k\($0)" } ?? "", e.value,
                                 e.note ?? "", DateParser.isoUTC(e.createdAt), e.title ?? "", e.url ?? ""]
                    out += cells.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                        .joined(separator: "\t") + "\n"
                }
                print(out, terminator: "")
                return
            }
            guard let subject, let label else { return }
            try store.addLabel(label, to: subject.subject, note: note)
            print("Koreksi dicatat: \(label).")
        } catch {
            throw CLIError(error.message, code: error.kind == .notFound ? .failure : .failure)
        }
    }
}

/// `pantau respond`: response tracking.
struct RespondCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Catat status tanggapan untuk artikel (123) atau klaster (k45).",
        discussion: """
        Status: baru, ditangani, dijawab, selesai. Riwayat disimpan.

        Contoh:
          pantau respond k45 --status ditangani --note "rilis sedang disiapkan"
          pantau respond k45 --status dijawab --link https://lapas-serang.contoh.id/rilis/12
          pantau respond k45            # tampilkan riwayat
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Artikel (angka) atau klaster (k + angka).")
    var subject: SubjectArgument

    @Option(help: "baru, ditangani, dijawab atau selesai.")
    var status: String?

    @Option(help: "Catatan.")
    var note: String?

    @Option(help: "Tautan tanggapan (rilis, unggahan).")
    var link: String?

    func validate() throws {
        if let status, !ArchiveStore.statuses.contains(status) {
            throw ValidationError("--status harus baru, ditangani, dijawab atau selesai")
        }
    }

    func run() async throws {
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        do {
            if let status { try store.addResponse(status, to: subject.subject, note: note, link: link) }
            for e in try store.responseHistory(subject.subject) {
                print("\(JakartaTime.dayString(e.createdAt)) \(JakartaTime.timeString(e.createdAt))  \(e.value)"
                      + (e.note.map { "  \($0)" } ?? "") + (e.link.map { "  \($0)" } ?? ""))
            }
        } catch {
            throw CLIError(error.message)
        }
    }
}

/// `pantau status`: runs, failing sources, size.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Putaran terakhir, sumber yang gagal, ukuran basis data.",
        discussion: """
        Contoh:
          pantau status
        """)

    @ParentCommand var root: Pantau

    func run() async throws {
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        let s: ArchiveStore.Status
        do { s = try store.status() } catch { throw CLIError(error.message) }
        print("Arsip: \(s.articles) artikel, \(s.clusters) klaster, \(s.sources) sumber, \(String(format: "%.1f", Double(s.databaseBytes) / 1_048_576)) MB (\(context.configuration.databasePath)).")
        print("Putaran terakhir:")
        for r in s.runs {
            let when = "\(JakartaTime.dayString(r.startedAt)) \(JakartaTime.timeString(r.startedAt))"
            print("  #\(r.id) \(when)  \(r.ok) berhasil, \(r.failed) gagal, \(r.new) artikel baru" + (r.finishedAt == nil ? "  (tidak selesai)" : ""))
        }
        if !s.failingSources.isEmpty {
            print("Sumber bermasalah:")
            for f in s.failingSources { print("  \(f.title) (\(f.failures)x): \(f.error)") }
        }
    }
}

/// `pantau prune`: retention.
struct PruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Hapus artikel yang lebih tua dari batas simpan.",
        discussion: """
        Contoh:
          pantau prune --older-than 365d
        """)

    @ParentCommand var root: Pantau

    @Option(name: .customLong("older-than"), help: ArgumentHelp("Umur, misalnya 365d.", valueName: "UMUR"))
    var olderThan: String

    func validate() throws {
        guard olderThan.hasSuffix("d"), let days = Int(olderThan.dropLast()), days >= 1 else {
            throw ValidationError("--older-than harus jumlah hari, misalnya 365d")
        }
    }

    func run() async throws {
        let context = try CLIContext(root)
        let store = try context.openStore(create: false)
        let days = Int(olderThan.dropLast()) ?? 365
        do {
            let removed = try store.prune(before: Date().addingTimeInterval(-Double(days) * 86400))
            print("\(removed) artikel dihapus.")
        } catch {
            throw CLIError(error.message)
        }
    }
}

/// `pantau rescore`: tone again after a lexicon change.
struct RescoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore",
        abstract: "Nilai ulang nada artikel setelah leksikon berubah (koreksi petugas tetap berlaku).",
        discussion: """
        Contoh:
          pantau rescore
        """)

    @ParentCommand var root: Pantau

    func run() async throws {
        let context = try CLIContext(root)
        let analyzer = try context.analyzer()
        let store = try context.openStore(create: false)
        var total = 0
        do {
            while true {
                let batch = try store.articlesToRescore(lexiconVersion: analyzer.lexicon.version, limit: 500)
                if batch.isEmpty { break }
                let results = batch.map { a -> (id: Int64, tone: ToneResult) in
                    (a.id, ResponsePolicy.apply(analyzer.analyze(title: a.title, text: a.text), category: a.category))
                }
                try store.updateTone(results, lexiconVersion: analyzer.lexicon.version)
                total += batch.count
            }
        } catch {
            throw CLIError(error.message)
        }
        print("\(total) artikel dinilai ulang dengan leksikon \(analyzer.lexicon.version).")
    }
}
