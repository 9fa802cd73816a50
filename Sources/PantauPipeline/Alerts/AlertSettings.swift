import Foundation
import PantauFetch

/// Where and when alerts go: `[alerts]` in pantau.toml, one table per channel.
///
/// ```toml
/// [alerts]
/// threshold = 70                 # digest priority (0–100) from which a story alerts
/// spike_factor = 3.0             # negative volume ≥ factor × 7-day daily average…
/// spike_minimum = 3              # …and at least this many articles
///
/// [alerts.webhook]
/// url = "https://chat.example.go.id/hooks/humas"     # or PANTAU_WEBHOOK_URL
///
/// [alerts.telegram]
/// url = "https://api.telegram.org/bot<TOKEN>/sendMessage"   # or PANTAU_TELEGRAM_URL
/// chat_id = "-1001234567890"
///
/// [alerts.email]
/// smtp_url = "smtp://mail.example.go.id:587"
/// tls = "required"               # "try" or "none"
/// user = "pantau"                # password from PANTAU_SMTP_PASSWORD
/// from = "pantau@example.go.id"
/// to = ["humas@example.go.id"]
/// ```
///
/// The flat keys of earlier versions (`webhook_url`, `webhook_format`, `telegram_chat_id`,
/// `smtp_*`, `mail_from`, `mail_to`) are still read, with a notice naming the new form.
public struct AlertSettings: Sendable, Equatable {
    public var threshold = 70
    public var webhook: WebhookSettings?
    public var telegram: TelegramSettings?
    public var email: EmailSettings?
    public var spikeFactor = 3.0
    public var spikeMinimum = 3
    /// Attempts per alert and channel within one run; failed alerts are tried again on
    /// the next run.
    public var attempts = 3
    /// Seconds before the second attempt; doubles after each failure.
    public var retryDelay = 2.0
    /// Telegram came from the earlier `webhook_url` + `webhook_format = "telegram"`, so
    /// PANTAU_WEBHOOK_URL still replaces its URL.
    var telegramFromWebhookURL = false

    public init() {}

    /// Whether any channel is configured.
    public var isEnabled: Bool { !channelNames.isEmpty }

    /// The configured channels' names, in delivery order, as recorded with each alert.
    public var channelNames: [String] {
        (webhook.map { _ in ["webhook"] } ?? []) + (telegram.map { _ in ["telegram"] } ?? []) + (email.map { _ in ["email"] } ?? [])
    }

    /// The configured channels, in delivery order; HTTP channels share `client`.
    public func channels(client: HTTPClient) -> [any AlertChannel] {
        var out: [any AlertChannel] = []
        if let webhook { out.append(WebhookChannel(url: webhook.url, client: client)) }
        if let telegram { out.append(TelegramChannel(url: telegram.url, chatID: telegram.chatID, client: client)) }
        if let email { out.append(EmailChannel(settings: email)) }
        return out
    }
}

/// `[alerts.webhook]`: a generic JSON webhook.
public struct WebhookSettings: Sendable, Equatable {
    public var url: String
    public init(url: String) { self.url = url }
}

/// `[alerts.telegram]`: a Telegram bot's `sendMessage` URL and the chat it posts to.
public struct TelegramSettings: Sendable, Equatable {
    public var url: String
    public var chatID: String
    public init(url: String, chatID: String) {
        self.url = url
        self.chatID = chatID
    }
}

/// `[alerts.email]`: the SMTP server, sender and recipients.
public struct EmailSettings: Sendable, Equatable {
    public var smtp: SMTPSettings
    public var from: String
    public var to: [String]
    public init(smtp: SMTPSettings, from: String = "pantau@localhost", to: [String]) {
        self.smtp = smtp
        self.from = from
        self.to = to
    }
}
