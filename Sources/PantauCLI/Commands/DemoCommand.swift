import ArgumentParser
import Foundation
import PantauDemo
import PantauPipeline

/// `pantau demo`: the whole pipeline over a built-in sample site on 127.0.0.1.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Jalankan Pantau atas situs berita contoh di 127.0.0.1 dan tulis ringkasannya.",
        discussion: """
        Tidak butuh internet. Hasil: DIR/pantau.sqlite dan DIR/Reports/YYYY/YYYY-MM-DD.{html,md}.

        Contoh:
          pantau demo
          pantau demo --dir /tmp/coba-pantau
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Folder hasil demo (dibuat bila belum ada).", valueName: "DIR"))
    var dir = "pantau-demo"

    @Flag(help: "Setelah demo, sajikan arsipnya di tampilan web (127.0.0.1) sampai Ctrl-C.")
    var serve = false

    @Option(help: ArgumentHelp("Porta tampilan web untuk --serve (0: pilihkan).", valueName: "PORT"))
    var port = 8080

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port harus 0…65535") }
    }

    func run() async throws {
        let context = try CLIContext(root)
        let started = Date()
        let result: DemoRunner.Result
        do {
            result = try await DemoRunner(directory: dir, lexiconsPath: context.configuration.lexiconsPath)
                .run(logger: context.monitor.logger)
        } catch let error as PipelineError {
            throw CLIError(error)
        } catch {
            throw CLIError("demo gagal: \(error)")
        }
        let d = result.digest
        let s = result.summary
        var out = Terminal.bold("Demo Pantau selesai") + " dalam \(String(format: "%.1f", Date().timeIntervalSince(started))) dtk.\n"
        out += "  \(s.sourcesOK) sumber, \(s.articlesNew) artikel disimpan; nada (relevan): \(d.ringkasan.negative) negatif, "
        out += "\(d.ringkasan.neutral) netral, \(d.ringkasan.positive) positif.\n"
        out += "\nPerlu tanggapan (teratas):\n"
        for item in d.perluTanggapan.prefix(5) {
            out += "  [\(item.priority)] \(item.title) — \(item.outlet)\n"
        }
        out += "\nRingkasan harian:\n"
        for path in result.reportPaths { out += "  \(path)\n" }
        out += "\nJelajahi hasilnya:\n"
        out += "  pantau --database \(result.databasePath) search kabur\n"
        out += "  pantau --database \(result.databasePath) search 'kerusuhan OR pungli' --tone negative\n"
        out += "  pantau --database \(result.databasePath) digest --out \(dir)/Reports\n"
        out += "  echo \"Petugas Lapas gagalkan penyelundupan sabu\" | pantau score\n"
        print(out, terminator: "")
        guard serve else { return }
        // The demo's own settings (its watch list, its archive, no Feeds/), with the
        // lexicons the demo used.
        var configuration = DemoRunner.configuration(directory: dir, lexiconsPath: context.configuration.lexiconsPath)
        configuration.feedsPath = URL(fileURLWithPath: dir).appendingPathComponent("Feeds").path
        let monitor = Monitor(configuration: configuration, logger: context.monitor.logger)
        print("")
        try await ServeCommand.serve(monitor: monitor, host: nil, port: port, notice: """
            Tanpa pengguna halaman hanya bisa dibaca. Untuk mencoba koreksi dan tanggapan:
              pantau --database \(result.databasePath) users add petugas --role officer
            lalu masuk di halaman /masuk.

            """)
    }
}
