import Foundation
import PantauCore

/// The accounts of the web view (`pantau users`), stored in the archive. Passwords reach
/// this layer already hashed: hashing and checking belong to the web view's sign-in.
extension Monitor {
    /// Rules for a name: what can be typed in a form and on a command line.
    public static func validUserName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || "._-@".unicodeScalars.contains($0)
        }
    }

    /// Stores a new account (the archive is created when there is none yet).
    public func addUser(_ name: String, role: UserRole, passwordHash: String) throws(PipelineError) {
        guard Self.validUserName(name) else {
            throw PipelineError("nama pengguna '\(name)' tidak valid: 1–64 huruf, angka, titik, garis bawah, tanda hubung atau @",
                                kind: .usage)
        }
        let archive = try archive(create: true)
        do {
            try archive.addUser(UserAccount(name: name, role: role, passwordHash: passwordHash, createdAt: now()))
        } catch {
            throw PipelineError(error)
        }
    }

    /// Every account, by name.
    public func users() throws(PipelineError) -> [UserAccount] {
        try archived { archive throws(ArchiveError) in try archive.users() }
    }

    /// The account `name`, if any.
    public func user(named name: String) throws(PipelineError) -> UserAccount? {
        try archived { archive throws(ArchiveError) in try archive.user(named: name) }
    }

    /// Deletes the account `name`; an unknown name is `notFound`.
    public func removeUser(_ name: String) throws(PipelineError) {
        let removed = try archived { archive throws(ArchiveError) in try archive.removeUser(named: name) }
        guard removed else { throw PipelineError("pengguna '\(name)' tidak ada", kind: .notFound) }
    }
}
