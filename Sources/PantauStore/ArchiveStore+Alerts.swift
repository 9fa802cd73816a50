import Foundation
import GRDB
import PantauCore

/// The record of alerts: what was sent where, what failed and why.
extension ArchiveStore {
    /// Whether an alert with `key` already went out on `channel`.
    public func alertSent(key: String, channel: String) throws(ArchiveError) -> Bool {
        try guarded {
            try pool.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM alert WHERE key = ? AND channel = ? AND status = 'sent')",
                                  arguments: [key, channel]) ?? false
            }
        }
    }

    /// Records an attempt. A second `sent` record for the same key and channel is refused
    /// by the database (returns false): the guarantee against duplicate alerts.
    @discardableResult
    public func recordAlert(_ r: AlertRecord) throws(ArchiveError) -> Bool {
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT OR IGNORE INTO alert (key, channel, kind, clusterID, articleID, priority, status, attempts, error, message, createdAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.key, r.channel, r.kind, r.clusterID, r.articleID, r.priority, r.status, r.attempts, r.error,
                                     r.message, r.createdAt])
                return db.changesCount > 0
            }
        }
    }

    /// The latest alerts, newest first.
    public func alerts(limit: Int) throws(ArchiveError) -> [AlertRecord] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM alert ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                    AlertRecord(key: row["key"], channel: row["channel"], kind: row["kind"], clusterID: row["clusterID"],
                                articleID: row["articleID"], priority: row["priority"], status: row["status"], attempts: row["attempts"],
                                error: row["error"], message: row["message"], createdAt: row["createdAt"])
                }
            }
        }
    }
}
