import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throw-away PostgreSQL server for tests and scripts: `initdb` into a temporary folder,
/// `pg_ctl start` on a free 127.0.0.1 port with trust authentication for the user
/// `pantau`, and stopped (folder removed) when the process that started it exits.
///
/// PostgreSQL refuses to run as root: as root the server runs as `nobody` (through
/// `runuser`), which owns the folder. One server per test process (`shared()`); each test
/// takes a database of its own (`newDatabase()`).
public final class LocalPostgresServer: Sendable {
    public let port: Int
    public let directory: String
    public let bin: String
    public static let user = "pantau"

    /// Why no server could be started, said once.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    private static let sharedResult: Result<LocalPostgresServer, StartError> = {
        do { return .success(try LocalPostgresServer()) } catch let error as StartError { return .failure(error) } catch {
            return .failure(StartError(description: "\(error)"))
        }
    }()

    /// The server of this process, started on first use.
    public static func shared() throws -> LocalPostgresServer { try sharedResult.get() }

    /// The folder of PostgreSQL's server programs: `PANTAU_PG_BIN`, Debian's newest
    /// `/usr/lib/postgresql/N/bin`, or the PATH.
    public static func serverBin() -> String? {
        let fm = FileManager.default
        // A folder with all the programs used here (a PATH folder may link initdb alone).
        func complete(_ folder: String) -> Bool {
            ["initdb", "pg_ctl", "createdb"].allSatisfy { fm.isExecutableFile(atPath: "\(folder)/\($0)") }
        }
        if let bin = ProcessInfo.processInfo.environment["PANTAU_PG_BIN"], complete(bin) { return bin }
        let debian = "/usr/lib/postgresql"
        let versions = ((try? fm.contentsOfDirectory(atPath: debian)) ?? []).sorted { $0.compare($1, options: .numeric) == .orderedDescending }
        if let bin = versions.map({ "\(debian)/\($0)/bin" }).first(where: complete) { return bin }
        return (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init).first(where: complete)
    }

    private init() throws {
        guard let bin = Self.serverBin() else {
            throw StartError(description: "PostgreSQL tidak terpasang (initdb tidak ditemukan); jalankan scripts/install-deps")
        }
        self.bin = bin
        var template = Array((FileManager.default.temporaryDirectory.path + "/pantau-pg-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw StartError(description: "mkdtemp gagal") }
        directory = String(cString: made)
        let asRoot = getuid() == 0
        if asRoot {
            // The server's user must be able to reach the folder and own it.
            _ = chmod(directory, 0o755)
            try Self.run("/bin/chown", ["-R", "nobody:nogroup", directory])
        }
        let prefix = asRoot ? ["/usr/sbin/runuser", "-u", "nobody", "--"] : []
        let data = directory + "/data"
        try Self.run(prefix + [bin + "/initdb", "-D", data, "-U", Self.user, "--auth=trust", "-E", "UTF8", "--locale=C"], quiet: true)
        var started: Int?
        for _ in 0..<5 {
            let port = try Self.freePort()
            let options = "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200"
            do {
                try Self.run(prefix + [bin + "/pg_ctl", "-D", data, "-l", directory + "/server.log", "-o", options, "-w", "-t", "60", "start"],
                             quiet: true)
                started = port
                break
            } catch {
                continue
            }
        }
        guard let port = started else {
            let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? ""
            throw StartError(description: "PostgreSQL uji tidak mau jalan: \(log.split(separator: "\n").last ?? "")")
        }
        self.port = port
        // Stops the server when this process is gone, whichever way it ends.
        let stop = (prefix + [bin + "/pg_ctl", "-D", data, "-m", "immediate", "stop"]).map { "'\($0)'" }.joined(separator: " ")
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        watchdog.arguments = ["/bin/sh", "-c", "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf '\(directory)'"]
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try watchdog.run()
    }

    /// `postgresql://pantau@127.0.0.1:PORT/DB`.
    public func url(database: String) -> String { "postgresql://\(Self.user)@127.0.0.1:\(port)/\(database)?sslmode=disable" }

    /// A new empty database; returns its address.
    public func newDatabase() throws -> String {
        let name = "uji_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try Self.run([bin + "/createdb", "-h", "127.0.0.1", "-p", "\(port)", "-U", Self.user, name])
        return url(database: name)
    }

    /// Runs a program; throws with its output when it fails.
    static func run(_ program: String, _ arguments: [String], quiet: Bool = false) throws {
        try run([program] + arguments, quiet: quiet)
    }

    static func run(_ command: [String], quiet: Bool = false) throws {
        // posix_spawn and waitpid, output to a file: `pg_ctl start` leaves the server
        // holding the descriptors it was given (a pipe would never end), and Foundation's
        // Process did not see runuser exit once the server had started under it.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-pg-run-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let arguments = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, arguments, environ)
        guard spawned == 0 else {
            throw StartError(description: "\(command[0]) tidak bisa dijalankan: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, spelled out (macros do not import).
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw StartError(description: "\((command[0] as NSString).lastPathComponent) gagal (\(code)): \(text.suffix(400))")
        }
    }

    /// A port nobody listens on now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "socket gagal") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw StartError(description: "bind gagal") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
