import Foundation
import Hummingbird
import Logging
import NIOCore
import PantauCore
import PantauPipeline

/// `pantau serve`: the web view on `host:port` until SIGTERM or SIGINT.
///
/// Safe by default: it binds 127.0.0.1; any other host is refused (a configuration
/// error, exit 78) until at least one account exists, since the pages would otherwise be
/// readable by anyone on the network.
public struct WebServer: Sendable {
    public static let loopback = "127.0.0.1"

    public let app: WebApp
    public let host: String
    public let port: Int

    public init(monitor: Monitor, host: String? = nil, port: Int? = nil) {
        app = WebApp(monitor: monitor)
        self.host = host ?? monitor.configuration.web.host
        self.port = port ?? monitor.configuration.web.port
    }

    /// Checks the rules that must hold before listening: the archive opens, and a host
    /// other than 127.0.0.1 has at least one account.
    public func checkSafety() throws(PipelineError) {
        let accounts = try app.monitor.users()
        if host != Self.loopback, accounts.isEmpty {
            throw PipelineError("--host \(host) butuh setidaknya satu pengguna; tambahkan dengan `pantau users add NAMA --role admin` "
                                + "atau dengarkan di \(Self.loopback) saja", kind: .configuration)
        }
    }

    /// Serves until a termination signal. `onRunning` gets the address to open, once
    /// listening (with `port` 0, the port the system chose).
    public func run(onRunning: @escaping @Sendable (String) -> Void) async throws(PipelineError) {
        try checkSafety()
        let host = self.host
        var logger = Logger(label: "pantau.web")
        logger.logLevel = app.monitor.logger.logLevel
        let application = Application(
            router: app.router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                onRunning("http://\(shown):\(port)/")
            },
            logger: logger)
        do {
            try await application.runService()
        } catch {
            throw PipelineError("server web tidak bisa berjalan di \(host):\(port): \(error)")
        }
    }
}

/// Accounts for the CLI (`pantau users`): the password is checked against the rules and
/// hashed here, so the archive only ever sees the bcrypt hash.
public enum UserAccounts {
    public static func add(_ name: String, role: UserRole, password: String, monitor: Monitor,
                           cost: UInt8 = Passwords.cost) throws(PipelineError) {
        if let problem = Passwords.problem(with: password) { throw PipelineError(problem, kind: .usage) }
        try monitor.addUser(name, role: role, passwordHash: Passwords.hash(password, cost: cost))
    }
}
