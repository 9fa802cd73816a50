import PantauFetch

/// Telegram's Bot API (`[alerts.telegram]`): `sendMessage` to one chat, the alert's text
/// without link previews. `url` is the full method URL, which carries the bot token.
public struct TelegramChannel: AlertChannel {
    public let url: String
    public let chatID: String
    let client: HTTPClient

    public init(url: String, chatID: String, client: HTTPClient) {
        self.url = url
        self.chatID = chatID
        self.client = client
    }

    public var name: String { "telegram" }

    public func deliver(_ alert: Alert) async throws(FetchError) {
        try await JSONPost.send(["chat_id": chatID, "text": alert.text, "disable_web_page_preview": true],
                                to: url, client: client, service: "telegram")
    }
}
