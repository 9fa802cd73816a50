import PantauFetch

/// E-mail over SMTP (`[alerts.email]`): one message with the alert's subject and text to
/// every recipient.
public struct EmailChannel: AlertChannel {
    public let settings: EmailSettings

    public init(settings: EmailSettings) {
        self.settings = settings
    }

    public var name: String { "email" }

    public func deliver(_ alert: Alert) async throws(FetchError) {
        try await MailSender.send(MailMessage(from: settings.from, to: settings.to, subject: alert.subject, body: alert.text),
                                  via: settings.smtp)
    }
}
