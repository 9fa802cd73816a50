import Foundation
import Logging
import PantauCore
import PantauFetch
import PantauReport

/// Sends the alerts that cannot wait for the morning digest, after each `pantau run`:
/// a story whose priority crosses the threshold (once per story cluster and channel), and
/// a spike of a target's negative coverage above its recent baseline (once per target,
/// day and channel). Every attempt is recorded; a failed alert is retried with backoff,
/// and again on the next run, but never sent twice.
public struct AlertDispatcher: Sendable {
    public let store: any Archive
    public let settings: AlertSettings
    public let channels: [any AlertChannel]
    let logger: Logger

    /// Sends on `channels`, in order.
    public init(store: any Archive, settings: AlertSettings, channels: [any AlertChannel], logger: Logger = Logger(label: "pantau.alerts")) {
        self.store = store
        self.settings = settings
        self.channels = channels
        self.logger = logger
    }

    /// Sends on the channels `settings` configures; HTTP channels use `client`.
    public init(store: any Archive, settings: AlertSettings, client: HTTPClient, logger: Logger = Logger(label: "pantau.alerts")) {
        self.init(store: store, settings: settings, channels: settings.channels(client: client), logger: logger)
    }

    public struct Summary: Sendable, Equatable {
        public var sent = 0
        public var failed = 0
        public var skipped = 0
    }

    /// Finds what deserves an alert among articles first seen in the last 24 hours and
    /// sends it on every configured channel.
    public func dispatch(now: Date = Date()) async throws(PipelineError) -> Summary {
        guard !channels.isEmpty else { return Summary() }
        let alerts: [Alert]
        do {
            alerts = try pending(now: now)
        } catch {
            throw PipelineError("peringatan tidak bisa disiapkan: \(error.message)")
        }
        var summary = Summary()
        for alert in alerts {
            for channel in channels {
                do {
                    if try store.alertSent(key: alert.key, channel: channel.name) { summary.skipped += 1; continue }
                } catch {
                    throw PipelineError(error.message)
                }
                let (ok, attempts, error) = await deliver(alert, on: channel)
                let record = AlertRecord(key: alert.key, channel: channel.name, kind: alert.kind, clusterID: alert.clusterID,
                                                      articleID: alert.articleID, priority: alert.priority, status: ok ? "sent" : "failed",
                                                      attempts: attempts, error: error, message: alert.text, createdAt: now)
                do { try store.recordAlert(record) } catch { throw PipelineError(error.message) }
                if ok { summary.sent += 1 } else {
                    summary.failed += 1
                    logger.warning("peringatan \(alert.key) lewat \(channel.name) gagal setelah \(attempts) percobaan: \(error ?? "")")
                }
            }
        }
        return summary
    }

    /// Sends a test message on every channel; returns (channel, error or nil).
    public func sendTest(now: Date = Date()) async -> [(channel: String, error: String?)] {
        let text = "Pesan uji Pantau (\(JakartaTime.dayString(now)) \(JakartaTime.timeString(now)) WIB): saluran peringatan ini berfungsi."
        let alert = Alert(key: "test:\(now.timeIntervalSince1970)", kind: "test", clusterID: nil, articleID: nil, priority: 0,
                          subject: "[Pantau] Pesan uji", text: text, payload: ["type": "pantau.test"], terms: [])
        var results: [(channel: String, error: String?)] = []
        for channel in channels {
            let (ok, attempts, error) = await deliver(alert, on: channel)
            _ = try? store.recordAlert(.init(key: alert.key, channel: channel.name, kind: "test", status: ok ? "sent" : "failed",
                                         attempts: attempts, error: error, message: text, createdAt: now))
            results.append((channel.name, ok ? nil : error))
        }
        return results
    }

    /// The alerts due now: stories over the threshold, then spikes.
    func pending(now: Date) throws(ArchiveError) -> [Alert] {
        let day = DateInterval(start: now.addingTimeInterval(-86_400), end: now)
        let recent = try store.articles(firstSeenIn: day).map(ResponsePolicy.corrected)
        // The most urgent copy of each story.
        var best: [Int64: (ArticleSummary, Int)] = [:]
        for a in recent where a.tone.needsResponse {
            let priority = ResponsePolicy.urgency(a, end: now)
            guard priority >= settings.threshold else { continue }
            let key = a.clusterID ?? -a.id
            if let current = best[key], current.1 >= priority { continue }
            best[key] = (a, priority)
        }
        var alerts = best.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }.map { storyAlert($0.0, priority: $0.1) }
        alerts += try spikes(recent, now: now)
        return alerts
    }

    func storyAlert(_ a: ArticleSummary, priority: Int) -> Alert {
        let terms = Array(a.tone.decidingTerms.prefix(5))
        let sentence = a.tone.sentences.first?.text ?? ""
        let time = a.published.map { "\(JakartaTime.dayString($0)) \(JakartaTime.timeString($0)) WIB" } ?? "waktu terbit tidak diketahui"
        var text = "⚠️ Pantau: pemberitaan negatif perlu tanggapan (prioritas \(priority))\n"
        text += "\(TextSafety.oneLine(a.title))\n\(TextSafety.oneLine(a.outlet)) · \(time)\n"
        if !a.tone.targets.isEmpty { text += "Sasaran: \(a.tone.targets.joined(separator: ", "))\n" }
        if !terms.isEmpty { text += "Kata penentu: \(terms.joined(separator: ", "))\n" }
        if !sentence.isEmpty { text += "“\(TextSafety.oneLine(String(sentence.prefix(300))))”\n" }
        if a.clusterSize > 1 { text += "\(a.clusterSize) salinan dari \(a.clusterOutlets) media\n" }
        if let url = TextSafety.webURL(a.url) { text += url + "\n" }
        let key = a.clusterID.map { "cluster:\($0)" } ?? "article:\(a.id)"
        return Alert(key: key, kind: "cluster", clusterID: a.clusterID, articleID: a.id, priority: priority,
                     subject: "[Pantau] Perlu tanggapan: \(TextSafety.oneLine(String(a.title.prefix(120))))", text: text,
                     payload: ["type": "pantau.alert", "kind": "cluster", "title": a.title, "outlet": a.outlet, "url": a.url,
                               "priority": String(priority), "sentence": sentence, "published": time,
                               "copies": String(a.clusterSize), "targets": a.tone.targets.joined(separator: ", ")],
                     terms: terms)
    }

    /// A target's negative articles in the last 24 hours against its daily average over
    /// the 7 days before: a spike when both the factor and the minimum are reached.
    /// `recent` are the articles of the last 24 hours, already read by `pending`.
    func spikes(_ recent: [ArticleSummary], now: Date) throws(ArchiveError) -> [Alert] {
        let before = DateInterval(start: now.addingTimeInterval(-8 * 86_400), end: now.addingTimeInterval(-86_400))
        var current: [String: Int] = [:]
        for a in recent where a.tone.needsResponse {
            for t in a.tone.targets { current[t, default: 0] += 1 }
        }
        var baseline: [String: Int] = [:]
        for a in try store.articles(firstSeenIn: before).map(ResponsePolicy.corrected) where a.tone.needsResponse {
            for target in a.tone.targets { baseline[target, default: 0] += 1 }
        }
        let today = JakartaTime.dayString(now)
        return current.keys.sorted().compactMap { target in
            let count = current[target] ?? 0
            let average = Double(baseline[target] ?? 0) / 7
            guard count >= settings.spikeMinimum, Double(count) >= settings.spikeFactor * max(average, 1) else { return nil }
            let text = "📈 Pantau: lonjakan pemberitaan negatif tentang \(target): \(count) artikel dalam 24 jam terakhir "
                + "(rata-rata 7 hari sebelumnya \(String(format: "%.1f", average)) per hari)."
            return Alert(key: "spike:\(target):\(today)", kind: "spike", clusterID: nil, articleID: nil, priority: 0,
                         subject: "[Pantau] Lonjakan berita negatif: \(target)", text: text,
                         payload: ["type": "pantau.alert", "kind": "spike", "target": target, "count": String(count),
                                   "baseline": String(format: "%.1f", average)], terms: [])
        }
    }

    /// Delivers on one channel with retries and doubling delays: (ok, attempts, last error).
    func deliver(_ alert: Alert, on channel: any AlertChannel) async -> (Bool, Int, String?) {
        var delay = settings.retryDelay
        var lastError: String?
        for attempt in 1...max(1, settings.attempts) {
            do {
                try await channel.deliver(alert)
                return (true, attempt, nil)
            } catch {
                lastError = error.description
            }
            if attempt < settings.attempts {
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
                delay *= 2
            }
        }
        return (false, max(1, settings.attempts), lastError)
    }
}
