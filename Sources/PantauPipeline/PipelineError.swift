import Foundation
import PantauCore
import PantauFetch
import PantauSentiment

/// A failure of a pipeline step or a `Monitor` use case: one line a user can act on, and
/// the kind a front end decides on (the CLI's exit code, the web view's HTTP status).
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The command failed (a missing archive, an unreadable file, a network error).
        case failure
        /// A bad argument value or search query.
        case usage
        /// A run finished, but some sources failed.
        case sourcesFailed
        /// Another run holds the run lock.
        case locked
        /// `pantau.toml`, an OPML file in `Feeds/`, or the lexicon folder.
        case configuration
        /// An article or cluster that is not in the archive.
        case notFound
        /// A record that must be unique exists already (an account name).
        case conflict
        /// Another writer held the archive too long: try again in a moment.
        case busy
        /// The user may not do this (a viewer's POST, no account yet).
        case forbidden
    }

    public var kind: Kind
    public var message: String

    public init(_ message: String, kind: Kind = .failure) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// An archive error keeps its meaning: a malformed query is a usage error, an unknown
    /// id is not found, the rest is a failure.
    public init(_ error: ArchiveError) {
        switch error.kind {
        case .invalidQuery: self.init(error.message, kind: .usage)
        case .notFound: self.init(error.message, kind: .notFound)
        case .conflict: self.init(error.message, kind: .conflict)
        case .busy: self.init(error.message, kind: .busy)
        case .missing, .cannotOpen, .newerVersion, .sqlite: self.init(error.message, kind: .failure)
        }
    }

    public init(_ error: Configuration.Failure) { self.init(error.description, kind: .configuration) }
    public init(_ error: LexiconError) { self.init(error.description, kind: .configuration) }
    public init(_ error: FetchError) { self.init(error.description, kind: .failure) }
}

/// Why one source failed in a run, with the kind of failure; its description is the line
/// the run prints and stores.
public struct SourceFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The feed could not be fetched (network, timeout, refused address, too large).
        case fetch(FetchError.Kind)
        /// The server answered with a status other than 2xx or 304.
        case status(Int)
        /// The document is not a feed, or so broken that it yields no article.
        case feed
        /// The archive could not record the source or its articles.
        case archive(ArchiveError.Kind)
        /// Anything else.
        case other
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
