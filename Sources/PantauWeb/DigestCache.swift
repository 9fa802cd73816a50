import Foundation
import Synchronization

/// The rendered digest pages of the last `lifetime` seconds, one per period and language.
///
/// Building a day's digest reads every article of the period and 30 days of trends: tens
/// of milliseconds at a hundred thousand articles, which sixteen officers opening the
/// front page at once would queue for. A page is at most `lifetime` old (a run every 30
/// minutes shows within seconds), and this server's own corrections and responses clear
/// it at once. Requests for a page being built wait for that build instead of starting
/// their own.
final class DigestCache: Sendable {
    let lifetime: TimeInterval
    private let entries = Mutex<[String: (built: Date, page: Task<String, any Error>)]>([:])

    init(lifetime: TimeInterval = 30) {
        self.lifetime = lifetime
    }

    /// The page for `key`, built by `build` when missing or older than `lifetime`.
    func page(_ key: String, now: Date, build: @escaping @Sendable () async throws -> String) async throws -> String {
        let task = entries.withLock { all -> Task<String, any Error> in
            if let entry = all[key], now.timeIntervalSince(entry.built) < lifetime { return entry.page }
            let task = Task { try await build() }
            all[key] = (now, task)
            return task
        }
        do {
            return try await task.value
        } catch {
            // A failed build is not kept: the next request tries again.
            entries.withLock { all in
                if let entry = all[key], entry.page == task { all[key] = nil }
            }
            throw error
        }
    }

    /// Forgets every page (the archive changed through this server).
    func clear() {
        entries.withLock { $0.removeAll() }
    }
}
