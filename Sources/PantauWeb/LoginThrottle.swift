import Foundation
import Synchronization

/// Limits sign-in attempts per client address: at most `limit` failed attempts within
/// `window`; then every attempt from that address is refused until the oldest failure
/// leaves the window. A success clears the address's record.
final class LoginThrottle: Sendable {
    let limit: Int
    let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Whether `address` may try now.
    func allows(_ address: String, now: Date) -> Bool {
        failures.withLock { all in
            let recent = (all[address] ?? []).filter { now.timeIntervalSince($0) < window }
            all[address] = recent.isEmpty ? nil : recent
            return recent.count < limit
        }
    }

    func failed(_ address: String, now: Date) {
        failures.withLock { all in
            // Old addresses go as new failures come, so the table stays small.
            if all.count > 10_000 { all = all.filter { $0.value.contains { now.timeIntervalSince($0) < window } } }
            all[address, default: []].append(now)
        }
    }

    func succeeded(_ address: String) {
        _ = failures.withLock { $0.removeValue(forKey: address) }
    }
}
