import ArgumentParser
import Foundation
import PantauPipeline

/// `pantau init`: writes a commented default `pantau.toml`.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tulis berkas konfigurasi bawaan pantau.toml.",
        discussion: """
        Contoh:
          pantau init                       # menulis ./pantau.toml
          pantau --config /etc/pantau/pantau.toml init
        """)

    @ParentCommand var root: Pantau

    @Flag(name: .long, help: "Timpa berkas yang sudah ada.")
    var force = false

    func run() async throws {
        let path = root.configPath ?? "pantau.toml"
        if FileManager.default.fileExists(atPath: path), !force {
            throw CLIError("\(path) sudah ada; pakai --force untuk menimpanya")
        }
        do {
            try AtomicFile.write(Data(Configuration.defaultFileText.utf8), to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError(error.message)
        }
        print("Konfigurasi ditulis ke \(path). Sunting [[watch.target]] untuk satuan kerja Anda, lalu jalankan `pantau run`.")
    }
}
