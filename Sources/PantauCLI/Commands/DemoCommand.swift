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

    func run() async throws {
        let context = try CLIContext(root)
        let started = Date()
        let result: DemoRunner.Result
        do {
            // `--database postgresql://…` (or PANTAU_DATABASE): the demo fills that empty
            // database; a SQLite path is ignored, the demo's file lives in DIR.
            let server = context.configuration.databaseIsServer ? context.configuration.databasePath : nil
            result = try await DemoRunner(directory: dir, lexiconsPath: context.configuration.lexiconsPath, database: server)
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
    }
}
