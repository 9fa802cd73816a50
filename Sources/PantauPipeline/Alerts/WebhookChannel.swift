import Foundation
import PantauFetch

/// A generic JSON webhook (`[alerts.webhook]`): POSTs the alert's payload with `text`,
/// `key` and `terms`, keys sorted, and expects a 2xx answer.
public struct WebhookChannel: AlertChannel {
    public let url: String
    let client: HTTPClient

    public init(url: String, client: HTTPClient) {
        self.url = url
        self.client = client
    }

    public var name: String { "webhook" }

    public func deliver(_ alert: Alert) async throws(FetchError) {
        var object: [String: Any] = alert.payload.merging(["text": alert.text, "key": alert.key]) { $1 }
        object["terms"] = alert.terms
        try await JSONPost.send(object, to: url, client: client, service: "webhook")
    }
}

/// The POST of a JSON object that webhook-like channels share.
enum JSONPost {
    static func send(_ object: [String: Any], to url: String, client: HTTPClient, service: String) async throws(FetchError) {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        let response = try await client.fetch(HTTPRequest(url: url, headers: [("Content-Type", "application/json; charset=utf-8")], body: body))
        guard (200..<300).contains(response.status) else {
            throw FetchError(kind: .other, url: url, message: "\(service) menjawab HTTP \(response.status)")
        }
    }
}
