/// A database problem, said in words a user can act on.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A read-only command found no database.
        case missing
        case cannotOpen
        case newerVersion
        case invalidQuery
        /// An article or cluster id that is not in the archive.
        case notFound
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
