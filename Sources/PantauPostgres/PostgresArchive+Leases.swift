import Foundation
import PantauCore

/// Source leases for several workers (see `SourceLeasing` and migration v3).
extension PostgresArchive: SourceLeasing {
    /// One statement: the row is locked with `FOR UPDATE SKIP LOCKED`, so a worker never
    /// waits for another's claim, and the lease and round are checked and taken at once.
    public func claim(sourceID: Int64, worker: String, now: Date, lease: TimeInterval, roundStart: Date) throws(ArchiveError) -> Bool {
        try write { db in
            try db.rows("""
                WITH free AS (
                    SELECT id FROM source
                    WHERE id = $1 AND (leased_until IS NULL OR leased_until < $3) AND (claimed_at IS NULL OR claimed_at < $5)
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE source s SET lease_owner = $2, leased_until = $4, claimed_at = $3 FROM free WHERE s.id = free.id
                RETURNING s.id
                """, [sourceID, worker, now, now.addingTimeInterval(lease), roundStart]).count == 1
        }
    }

    public func release(sourceID: Int64, worker: String) throws(ArchiveError) {
        try write { db in
            try db.execute("UPDATE source SET lease_owner = NULL, leased_until = NULL WHERE id = $1 AND lease_owner = $2",
                           [sourceID, worker])
        }
    }
}
