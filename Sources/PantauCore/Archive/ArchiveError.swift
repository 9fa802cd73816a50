/// An archive problem, said in words a user can act on, with the kind a caller decides on
/// (a missing archive is a configuration problem, a malformed query a usage error).
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A read-only command found no database.
        case missing
        case cannotOpen
        case newerVersion
        case invalidQuery
        /// An article or cluster id that is not in the archive.
        case notFound
        /// A record that must be unique exists already (an account name).
        case conflict
        /// Another writer (a `pantau run`) held the archive longer than the wait allowed.
        case busy
        /// The database itself failed (SQLite, PostgreSQL).
        case sqlite
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
