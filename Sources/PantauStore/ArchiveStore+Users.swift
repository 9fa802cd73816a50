import Foundation
import GRDB
import PantauCore

/// The web view's accounts.
extension ArchiveStore {
    public func addUser(_ account: UserAccount) throws(ArchiveError) {
        try guarded {
            try pool.write { db in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM user WHERE name = ?)", arguments: [account.name]) == false else {
                    throw ArchiveError(kind: .conflict, message: "pengguna '\(account.name)' sudah ada")
                }
                try db.execute(sql: "INSERT INTO user (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
                               arguments: [account.name, account.role.rawValue, account.passwordHash, account.createdAt])
            }
        }
    }

    public func user(named name: String) throws(ArchiveError) -> UserAccount? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM user WHERE name = ?", arguments: [name]).flatMap(Self.account)
            }
        }
    }

    public func users() throws(ArchiveError) -> [UserAccount] {
        try guarded {
            try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM user ORDER BY name").compactMap(Self.account) }
        }
    }

    @discardableResult
    public func removeUser(named name: String) throws(ArchiveError) -> Bool {
        try guarded {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM user WHERE name = ?", arguments: [name])
                return db.changesCount > 0
            }
        }
    }

    /// A row as an account; a role this version does not know is skipped (a newer Pantau's).
    static func account(_ row: Row) -> UserAccount? {
        guard let role = UserRole(rawValue: row["role"]) else { return nil }
        return UserAccount(name: row["name"], role: role, passwordHash: row["passwordHash"], createdAt: row["createdAt"])
    }
}
