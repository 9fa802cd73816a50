import Foundation
import PantauCore

/// A `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?PARAM=VALUE&…]` address, read by libpq's
/// URI rules: `postgres://` too, percent-encoded parts, `[::1]` hosts, port 5432 and the
/// user's name as database when left out, and the query parameters `sslmode`,
/// `application_name` and `connect_timeout` (libpq refuses unknown ones, and so does Pantau).
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    /// libpq's `sslmode`; Pantau verifies nothing it cannot (no CA file option yet):
    /// `verify-ca`/`verify-full` check the server's certificate against the system's roots.
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    public var applicationName: String?
    public var connectTimeout: Int?

    /// Whether `setting` names a PostgreSQL server rather than a SQLite file.
    public static func isPostgres(_ setting: String) -> Bool {
        setting.hasPrefix("postgresql://") || setting.hasPrefix("postgres://")
    }

    public init(_ text: String) throws(ArchiveError) {
        func bad(_ why: String) -> ArchiveError {
            ArchiveError(kind: .cannotOpen, message: "alamat basis data tidak valid (\(Self.redacted(text))): \(why)")
        }
        let rest: Substring
        if text.hasPrefix("postgresql://") { rest = text.dropFirst("postgresql://".count) }
        else if text.hasPrefix("postgres://") { rest = text.dropFirst("postgres://".count) }
        else { throw bad("harus diawali postgresql://") }
        var main = rest
        var query: Substring = ""
        if let q = rest.firstIndex(of: "?") { main = rest[..<q]; query = rest[rest.index(after: q)...] }
        var authority = main
        var path: Substring = ""
        if let slash = main.firstIndex(of: "/") { authority = main[..<slash]; path = main[main.index(after: slash)...] }
        var userInfo: Substring?
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") { userInfo = authority[..<at]; hostPort = authority[authority.index(after: at)...] }
        var user = ""
        var password: String?
        if let userInfo {
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.decode(userInfo[..<colon], bad)
                password = try Self.decode(userInfo[userInfo.index(after: colon)...], bad)
            } else {
                user = try Self.decode(userInfo, bad)
            }
        }
        var host = "localhost"
        var port = 5432
        var portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw bad("alamat IPv6 tanpa ']'") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { throw bad("sisa setelah ']'") }
        } else if let colon = hostPort.firstIndex(of: ":") {
            host = try Self.decode(hostPort[..<colon], bad)
            portText = hostPort[hostPort.index(after: colon)...]
        } else if !hostPort.isEmpty {
            host = try Self.decode(hostPort, bad)
        }
        if host.contains(",") { throw bad("beberapa host belum didukung") }
        if let portText {
            guard let p = Int(portText), (1...65535).contains(p) else { throw bad("port '\(portText)' bukan angka 1…65535") }
            port = p
        }
        if user.isEmpty { user = ProcessInfo.processInfo.environment["PGUSER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres" }
        if password == nil, let env = ProcessInfo.processInfo.environment["PGPASSWORD"], !env.isEmpty { password = env }
        let database = path.isEmpty ? user : try Self.decode(path, bad)
        var sslMode = SSLMode.prefer
        var applicationName: String?
        var connectTimeout: Int?
        for pair in query.split(separator: "&") where !pair.isEmpty {
            guard let eq = pair.firstIndex(of: "=") else { throw bad("parameter '\(pair)' tanpa nilai") }
            let key = try Self.decode(pair[..<eq], bad)
            let value = try Self.decode(pair[pair.index(after: eq)...], bad)
            switch key {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    throw bad("sslmode '\(value)' tidak dikenal (\(SSLMode.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                sslMode = mode
            case "application_name": applicationName = value
            case "connect_timeout":
                guard let seconds = Int(value), seconds >= 0 else { throw bad("connect_timeout '\(value)' bukan angka") }
                connectTimeout = seconds
            default: throw bad("parameter '\(key)' tidak dikenal")
            }
        }
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
        self.applicationName = applicationName
        self.connectTimeout = connectTimeout
    }

    /// The address without its password, for messages and `pantau status`.
    public var description: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        var out = "postgresql://\(user)@\(hostPart):\(port)/\(database)"
        if sslMode != .prefer { out += "?sslmode=\(sslMode.rawValue)" }
        return out
    }

    /// `text` with any password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@") else { return text }
        let info = text[scheme.upperBound..<at]
        guard let colon = info.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    private static func decode(_ part: Substring, _ bad: (String) -> ArchiveError) throws(ArchiveError) -> String {
        guard let decoded = String(part).removingPercentEncoding else { throw bad("pengodean persen rusak di '\(part)'") }
        return decoded
    }
}
