import Foundation
import PantauCore

/// The alert channels' use cases.
extension Monitor {
    /// Sends a test message on every configured channel; (channel, error or nil) each.
    public func testAlerts() async throws(PipelineError) -> [(channel: String, error: String?)] {
        guard configuration.alerts.isEnabled else {
            throw PipelineError("belum ada saluran peringatan; isi [alerts.telegram], [alerts.webhook] atau [alerts.email] di pantau.toml",
                                kind: .configuration)
        }
        let dispatcher = AlertDispatcher(store: try archive(create: true), settings: configuration.alerts, client: alertClient,
                                         logger: logger("pantau.alerts"))
        return await dispatcher.sendTest(now: now())
    }

    /// The latest alerts, newest first.
    public func alerts(limit: Int) throws(PipelineError) -> [AlertRecord] {
        try archived { archive throws(ArchiveError) in try archive.alerts(limit: limit) }
    }
}
