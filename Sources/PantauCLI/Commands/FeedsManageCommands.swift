import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline

/// `pantau feeds check`: health of every source.
struct FeedsCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa kesehatan sumber: terakhir berhasil, galat, sumber mati atau sepi.",
        discussion: """
        MATI: gagal 3 kali berturut-turut atau tidak berhasil 7 hari. SEPI: berhasil diambil
        tetapi tanpa artikel baru 7 hari. BELUM: belum pernah diambil (`pantau run`).

        Contoh:
          pantau feeds check
        """)

    @ParentCommand var root: Pantau

    func run() async throws {
        let sources: [(source: Source, health: SourceHealth?)]
        do { sources = try CLIContext(root).monitor.sourceHealth() } catch let error as PipelineError { throw CLIError(error) }
        let now = Date()
        var flagged = 0
        print("STATUS  GAGAL  ITEM  ARTIKEL  TERAKHIR BERHASIL  SUMBER")
        for (source, health) in sources {
            guard let h = health else {
                print("BELUM       -     -        -  -                  \(source.title)")
                flagged += 1
                continue
            }
            let week = 7 * 86400.0
            let dead = h.consecutiveFailures >= 3 || (h.lastSuccessAt.map { now.timeIntervalSince($0) > week } ?? true)
            let silent = !dead && (h.lastArticleAt.map { now.timeIntervalSince($0) > week } ?? true)
            let status = dead ? "MATI" : silent ? "SEPI" : "OK"
            if dead || silent { flagged += 1 }
            let last = h.lastSuccessAt.map { JakartaTime.dayString($0) + " " + JakartaTime.timeString($0) } ?? "-"
            print("\(status.padding(toLength: 6, withPad: " ", startingAt: 0))  \(String(format: "%5d", h.consecutiveFailures))  \(String(format: "%4d", h.itemsSeen))  \(String(format: "%7d", h.articles))  \(last.padding(toLength: 17, withPad: " ", startingAt: 0))  \(h.title)")
            if let error = h.lastError { print("        galat terakhir: \(error)") }
            if let moved = h.currentURL { print("        pindah ke: \(moved)") }
        }
        print("\(sources.count) sumber, \(flagged) perlu perhatian.")
    }
}

/// `pantau feeds add URL`: a new source, its feed discovered from a homepage if needed.
struct FeedsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Tambah sumber; feed ditemukan dari halaman depan bila perlu.",
        discussion: """
        Sumber ditulis ke Feeds/user.opml (secara atomik).

        Contoh:
          pantau feeds add https://www.contoh-berita.id/
          pantau feeds add https://www.contoh-berita.id/rss --category regional --tier 3
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "URL feed atau halaman depan situs.")
    var url: String

    @Option(help: ArgumentHelp("Kategori: nasional, regional, resmi atau pencarian.", valueName: "KATEGORI"))
    var category = "nasional"

    @Option(help: "Tingkat jangkauan 1 (terbesar) sampai 3.")
    var tier = 2

    @Option(help: ArgumentHelp("Nama sumber (bawaan: judul feed).", valueName: "NAMA"))
    var title: String?

    func validate() throws {
        guard OutletCategory(rawValue: category) != nil else {
            throw ValidationError("--category harus nasional, regional, resmi atau pencarian")
        }
        guard (1...3).contains(tier) else { throw ValidationError("--tier harus 1, 2 atau 3") }
    }

    func run() async throws {
        let added: Monitor.AddedSource
        do {
            added = try await CLIContext(root).monitor.addSource(url, category: category, tier: tier, title: title)
        } catch let error as PipelineError {
            throw CLIError(error)
        }
        let what = added.format == .sitemapIndex ? "indeks sitemap, \(added.items) sitemap"
            : added.format == .sitemap ? "sitemap, \(added.items) URL" : "\(added.items) item"
        print("Ditambahkan: \(added.source.title) (\(added.source.feedURL)), \(what) sekarang. Disimpan di \(added.file).")
    }
}

/// `pantau feeds import FILE.opml`: sources from another reader.
struct FeedsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor sumber dari berkas OPML ke Feeds/user.opml.",
        discussion: """
        Contoh:
          pantau feeds import langganan.opml
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Berkas OPML.")
    var file: String

    func run() async throws {
        let counts: (new: Int, known: Int)
        do { counts = try CLIContext(root).monitor.importSources(from: file) } catch let error as PipelineError { throw CLIError(error) }
        print("\(counts.new) sumber baru diimpor, \(counts.known) sudah ada.")
    }
}

/// `pantau feeds export`: every source as one OPML document.
struct FeedsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor semua sumber sebagai satu berkas OPML.",
        discussion: """
        Contoh:
          pantau feeds export > sumber-pantau.opml
          pantau feeds export --out sumber-pantau.opml
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Berkas keluaran (bawaan: stdout).", valueName: "FILE"))
    var out: String?

    func run() async throws {
        let (text, count): (String, Int)
        do { (text, count) = try CLIContext(root).monitor.exportSources() } catch let error as PipelineError { throw CLIError(error) }
        if let out {
            do { try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out)) } catch { throw CLIError(error) }
            print("\(count) sumber ditulis ke \(out).")
        } else {
            print(text, terminator: "")
        }
    }
}
