import PantauFetch

/// One way an alert reaches the Humas team. A new channel is one type conforming to this
/// protocol, one settings table in `[alerts]` and one line in `AlertSettings.channels`.
public protocol AlertChannel: Sendable {
    /// The name recorded with every alert sent on this channel ("webhook", "telegram", "email").
    var name: String { get }
    /// Delivers the alert once; the dispatcher retries and records the outcome.
    func deliver(_ alert: Alert) async throws(FetchError)
}
