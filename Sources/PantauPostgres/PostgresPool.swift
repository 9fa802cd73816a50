import Foundation
import Logging
import PantauCore
import PostgresNIO
import Synchronization

/// A few connections to one PostgreSQL database, used synchronously: the `Archive`
/// protocol is synchronous, so each query waits for postgres-nio's future on the calling
/// thread while NIO's own threads talk to the server.
final class PostgresPool: Sendable {
    let url: PostgresURL
    private let configuration: PostgresConnection.Configuration
    private let idle = Mutex<[PostgresConnection]>([])
    private let nextID = Atomic<Int>(1)
    private let logger: Logger
    /// Idle connections kept; more are opened when tasks query at once and closed after.
    static let keptIdle = 4

    init(url: PostgresURL) throws(ArchiveError) {
        self.url = url
        var logger = Logger(label: "pantau.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch url.sslMode {
            case .disable:
                tls = .disable
            case .allow, .prefer, .require:
                // libpq's require: encrypted, the certificate not checked.
                var config = TLSConfiguration.makeClientConfiguration()
                config.certificateVerification = .none
                let context = try NIOSSLContext(configuration: config)
                tls = url.sslMode == .require ? .require(context) : .prefer(context)
            case .verifyCA, .verifyFull:
                var config = TLSConfiguration.makeClientConfiguration()
                config.certificateVerification = url.sslMode == .verifyFull ? .fullVerification : .noHostnameVerification
                tls = .require(try NIOSSLContext(configuration: config))
            }
        } catch {
            throw ArchiveError(kind: .cannotOpen, message: "TLS ke \(url) tidak bisa disiapkan: \(error)")
        }
        var configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                             password: url.password, database: url.database, tls: tls)
        if let seconds = url.connectTimeout, seconds > 0 { configuration.options.connectTimeout = .seconds(Int64(seconds)) }
        configuration.options.additionalStartupParameters = [("application_name", url.applicationName ?? "pantau")]
        self.configuration = configuration
    }

    deinit {
        // postgres-nio requires a connection closed before it goes away.
        for connection in idle.withLock({ $0 }) { Self.close(connection) }
    }

    /// Runs `body` on a connection of its own.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try take()
        let session = PostgresSession(connection: connection, logger: logger)
        defer { give(connection) }
        return try body(session)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try withSession { session in try session.transaction { try body(session) } }
    }

    private static func close(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        try? closing.wait()
    }

    private func take() throws -> PostgresConnection {
        if let connection = idle.withLock({ $0.popLast() }), !connection.isClosed { return connection }
        do {
            let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
            return try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration,
                                                  id: id, logger: logger).wait()
        } catch {
            throw ArchiveError(kind: .cannotOpen, message: "tidak bisa terhubung ke \(url): \(PostgresSession.describe(error))")
        }
    }

    private func give(_ connection: PostgresConnection) {
        guard !connection.isClosed else { return }
        let kept = idle.withLock { list -> Bool in
            guard list.count < Self.keptIdle else { return false }
            list.append(connection)
            return true
        }
        if !kept { Self.close(connection) }
    }
}

/// A value bound to a `$n` parameter.
protocol SQLBindable {
    func bind(into bindings: inout PostgresBindings)
}

extension String: SQLBindable { func bind(into b: inout PostgresBindings) { b.append(self) } }
extension Int64: SQLBindable { func bind(into b: inout PostgresBindings) { b.append(self) } }
extension Int: SQLBindable { func bind(into b: inout PostgresBindings) { b.append(Int64(self)) } }
extension Double: SQLBindable { func bind(into b: inout PostgresBindings) { b.append(self) } }
extension Bool: SQLBindable { func bind(into b: inout PostgresBindings) { b.append(self) } }
extension Date: SQLBindable { func bind(into b: inout PostgresBindings) { b.append(self) } }
extension Array: SQLBindable where Element == String { func bind(into b: inout PostgresBindings) { b.append(self) } }

/// A list of ids, bound as `bigint[]` (`= ANY($n)`).
struct IDList: SQLBindable {
    var ids: [Int64]
    init(_ ids: [Int64]) { self.ids = ids }
    func bind(into b: inout PostgresBindings) { b.append(ids) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    func bind(into b: inout PostgresBindings) {
        switch self {
        case .some(let value): value.bind(into: &b)
        case .none: b.appendNull()
        }
    }
}

/// One row of a result, read by column name.
struct PostgresResultRow {
    let row: PostgresRandomAccessRow

    subscript<T: PostgresDecodable>(_ column: String) -> T {
        get throws { try row[column].decode(T.self) }
    }

    subscript<T: PostgresDecodable>(_ index: Int) -> T {
        get throws { try row[index].decode(T.self) }
    }
}

/// One connection, for a sequence of statements.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger

    /// The rows of `sql` with `binds` as `$1…`.
    func rows(_ sql: String, _ binds: [any SQLBindable] = []) throws -> [PostgresResultRow] {
        try result(sql, binds).rows.map { PostgresResultRow(row: $0.makeRandomAccess()) }
    }

    /// The first column of the first row (nil when there is none).
    func scalar<T: PostgresDecodable>(_ sql: String, _ binds: [any SQLBindable] = [], as type: T.Type = T.self) throws -> T?
        where T._DecodableType == T {
        guard let row = try result(sql, binds).rows.first else { return nil }
        return try row.makeRandomAccess()[0].decode(T?.self)
    }

    /// Runs a statement; returns the rows it changed.
    @discardableResult
    func execute(_ sql: String, _ binds: [any SQLBindable] = []) throws -> Int {
        try result(sql, binds).metadata.rows ?? 0
    }

    /// Runs statements without parameters, one after the other (migrations).
    func script(_ statements: [String]) throws {
        for sql in statements { try execute(sql) }
    }

    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    private func result(_ sql: String, _ binds: [any SQLBindable]) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds { bind.bind(into: &bindings) }
        return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
    }

    /// The server's message of a failed statement, else the error itself.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " [\($0)]" } ?? ""
                return message + state
            }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// The SQLSTATE of a server error (`40001`: serialization failure).
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
