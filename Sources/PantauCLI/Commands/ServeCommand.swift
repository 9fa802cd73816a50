import ArgumentParser
import Foundation
import PantauPipeline
import PantauWeb

/// `pantau serve`: the web view for the Humas team.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Sajikan tampilan web (ringkasan, pencarian, tanggapan) dari arsip.",
        discussion: """
        Bawaan hanya di 127.0.0.1. Host lain ditolak (kode 78) sampai ada pengguna:
        `pantau users add NAMA --role officer`. Tanpa pengguna, halaman hanya bisa dibaca dari
        komputer ini dan semua POST ditolak. Berhenti dengan Ctrl-C atau SIGTERM.

        Contoh:
          pantau serve
          pantau serve --host 0.0.0.0 --port 8080 --database /var/lib/pantau/pantau.sqlite
        """)

    @ParentCommand var root: Pantau

    @Option(help: ArgumentHelp("Alamat yang didengarkan (bawaan: 127.0.0.1 atau [web] host).", valueName: "HOST"))
    var host: String?

    @Option(help: ArgumentHelp("Porta (bawaan: 8080 atau [web] port; 0: pilihkan).", valueName: "PORT"))
    var port: Int?

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port harus 0…65535") }
        if let host, host.isEmpty { throw ValidationError("--host tidak boleh kosong") }
    }

    func run() async throws {
        let monitor = try CLIContext(root).monitor
        try await Self.serve(monitor: monitor, host: host, port: port, notice: nil)
    }

    /// Serves `monitor`'s archive until a signal; prints the address once listening.
    static func serve(monitor: Monitor, host: String?, port: Int?, notice: String?) async throws {
        // What was printed before must come first in a pipe (a script waits for the address).
        fflush(nil)
        let server = WebServer(monitor: monitor, host: host, port: port)
        do {
            try await server.run { address in
                var line = "Pantau web berjalan: buka \(address)  (hentikan dengan Ctrl-C)\n"
                if let notice { line += notice }
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            throw CLIError(error)
        }
    }
}
