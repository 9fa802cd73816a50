import Foundation
import PantauCore
import Synchronization

/// A random token for a session or a form: 32 bytes from the system's secure generator,
/// as hex.
enum Token {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Compares without stopping at the first difference, so the time taken does not tell
    /// how much of a guessed token was right.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

/// One signed-in browser: who, with what role, the token its forms must carry, and
/// when it ends.
struct Session: Sendable, Equatable {
    var user: String
    var role: UserRole
    var csrf: String
    var expires: Date
}

/// The signed-in sessions, in memory: a restart signs everyone out, which is the safe
/// direction. Sessions end after `lifetime`; ended ones are dropped as new ones start.
final class SessionStore: Sendable {
    let lifetime: TimeInterval
    private let sessions = Mutex<[String: Session]>([:])

    init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    /// Starts a session; returns its token (the cookie's value).
    func start(user: String, role: UserRole, now: Date) -> (token: String, session: Session) {
        let token = Token.make()
        let session = Session(user: user, role: role, csrf: Token.make(), expires: now.addingTimeInterval(lifetime))
        sessions.withLock { all in
            all = all.filter { $0.value.expires > now }
            all[token] = session
        }
        return (token, session)
    }

    /// The live session of `token`, if any.
    func session(_ token: String?, now: Date) -> Session? {
        guard let token, !token.isEmpty else { return nil }
        return sessions.withLock { all in
            guard let s = all[token] else { return nil }
            guard s.expires > now else { all[token] = nil; return nil }
            return s
        }
    }

    func end(_ token: String?) {
        guard let token else { return }
        _ = sessions.withLock { $0.removeValue(forKey: token) }
    }

    /// Ends every session of `user` (the account was removed or changed).
    func end(user: String) {
        sessions.withLock { all in all = all.filter { $0.value.user != user } }
    }
}
