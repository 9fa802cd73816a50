import Foundation
import PantauFetch

/// Where and when alerts go: `[alerts]` in pantau.toml.
///
/// ```toml
/// [alerts]
/// threshold = 70                 # digest priority (0–100) from which a story alerts
/// webhook_url = "https://chat.example.go.id/hooks/humas"
/// webhook_format = "json"        # or "telegram" (Bot API sendMessage; needs telegram_chat_id)
/// smtp_url = "smtp://mail.example.go.id:587"
/// smtp_tls = "required"          # "try" or "none"
/// smtp_user = "pantau"           # password from PANTAU_SMTP_PASSWORD
/// mail_from = "pantau@example.go.id"
/// mail_to = ["humas@example.go.id"]
/// spike_factor = 3.0             # negative volume ≥ factor × 7-day daily average…
/// spike_minimum = 3              # …and at least this many articles
/// ```
public struct AlertSettings: Sendable, Equatable {
    public enum WebhookFormat: String, Sendable, CaseIterable {
        case json, telegram
    }

    public var threshold = 70
    public var webhookURL: String?
    public var webhookFormat = WebhookFormat.json
    public var telegramChatID: String?
    public var smtp: SMTPSettings?
    public var mailFrom = "pantau@localhost"
    public var mailTo: [String] = []
    public var spikeFactor = 3.0
    public var spikeMinimum = 3
    /// Attempts per alert and channel within one run; failed alerts are tried again on
    /// the next run.
    public var attempts = 3
    /// Seconds before the second attempt; doubles after each failure.
    public var retryDelay = 2.0

    public init() {}

    /// Whether any channel is configured.
    public var isEnabled: Bool { webhookURL != nil || (smtp != nil && !mailTo.isEmpty) }

    /// The configured channels' names, as recorded with each alert.
    public var channels: [String] {
        var names: [String] = []
        if webhookURL != nil { names.append(webhookFormat == .telegram ? "telegram" : "webhook") }
        if smtp != nil && !mailTo.isEmpty { names.append("email") }
        return names
    }
}
