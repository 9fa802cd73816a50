import Foundation

/// An archive several workers share (`pantau run` on several machines): a source is
/// fetched by one worker per round. A worker claims a source before fetching it; the claim
/// is a lease that expires, so the sources of a killed worker are taken again in a later
/// round, and it marks the round, so no other worker fetches the source again in it.
/// The SQLite archive, one machine under its run lock, has no need of it.
public protocol SourceLeasing: Sendable {
    /// Claims the source for `worker` until `now + lease`; false when another worker holds
    /// a live lease on it or it was claimed at or after `roundStart`.
    func claim(sourceID: Int64, worker: String, now: Date, lease: TimeInterval, roundStart: Date) throws(ArchiveError) -> Bool
    /// Ends `worker`'s lease on the source (its fetch is done, or failed).
    func release(sourceID: Int64, worker: String) throws(ArchiveError)
}
