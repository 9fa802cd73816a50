import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline
import PantauWeb

/// `pantau users`: the accounts of the web view.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Kelola pengguna tampilan web (viewer, officer, admin).",
        discussion: """
        viewer membaca; officer juga mengoreksi nada dan mencatat tanggapan; admin juga
        mengelola pengguna. Kata sandi disimpan sebagai hash bcrypt di arsip.
        """,
        subcommands: [UsersAddCommand.self, UsersListCommand.self, UsersRemoveCommand.self])
}

extension UserRole: ExpressibleByArgument {}

/// `pantau users add NAME --role ROLE`.
struct UsersAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Tambah pengguna; kata sandi dibaca dari terminal (atau PANTAU_PASSWORD).",
        discussion: """
        Contoh:
          pantau users add sari --role officer
          PANTAU_PASSWORD='…' pantau users add budi --role viewer    # untuk skrip
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Nama pengguna (huruf, angka, . _ - @).")
    var name: String

    @Option(help: ArgumentHelp("viewer, officer atau admin.", valueName: "PERAN"))
    var role: UserRole

    func run() async throws {
        let password = try Self.password()
        do {
            try UserAccounts.add(name, role: role, password: password, monitor: try CLIContext(root).monitor)
        } catch let error as PipelineError {
            throw CLIError(error)
        }
        print("Pengguna \(name) (\(role.rawValue)) ditambahkan.")
    }

    /// `PANTAU_PASSWORD`, else asked twice on the terminal without echo.
    static func password() throws -> String {
        if let env = ProcessInfo.processInfo.environment["PANTAU_PASSWORD"], !env.isEmpty { return env }
        guard isatty(STDIN_FILENO) == 1, let first = getpass("Kata sandi: ").map({ String(cString: $0) }) else {
            throw CLIError("tidak ada terminal untuk membaca kata sandi; berikan lewat PANTAU_PASSWORD", code: .usage)
        }
        guard let second = getpass("Ulangi kata sandi: ").map({ String(cString: $0) }), second == first else {
            throw CLIError("kedua kata sandi tidak sama", code: .usage)
        }
        return first
    }
}

/// `pantau users list`.
struct UsersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Daftar pengguna dan perannya.")

    @ParentCommand var root: Pantau

    func run() async throws {
        let accounts: [UserAccount]
        do { accounts = try CLIContext(root).monitor.users() } catch let error as PipelineError { throw CLIError(error) }
        for a in accounts {
            print("\(a.name)\t\(a.role.rawValue)\t\(JakartaTime.dayString(a.createdAt))")
        }
        print("\(accounts.count) pengguna.")
    }
}

/// `pantau users remove NAME`.
struct UsersRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Hapus pengguna.")

    @ParentCommand var root: Pantau

    @Argument(help: "Nama pengguna.")
    var name: String

    func run() async throws {
        do { try CLIContext(root).monitor.removeUser(name) } catch let error as PipelineError { throw CLIError(error) }
        print("Pengguna \(name) dihapus (sesi yang terbuka berakhir saat server dimulai ulang).")
    }
}
