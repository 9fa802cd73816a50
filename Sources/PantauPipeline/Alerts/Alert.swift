import Foundation

/// One alert to deliver: what it is about and its text, the same for every channel.
public struct Alert: Sendable, Equatable {
    /// Unique per story or spike: each channel sends a key once, ever.
    public var key: String
    /// "cluster", "spike" or "test".
    public var kind: String
    public var clusterID: Int64?
    public var articleID: Int64?
    public var priority: Int
    /// The e-mail subject line.
    public var subject: String
    /// The message as a person reads it (chat and e-mail body).
    public var text: String
    /// The structured payload of a generic JSON webhook.
    public var payload: [String: String]
    public var terms: [String]

    public init(key: String, kind: String, clusterID: Int64? = nil, articleID: Int64? = nil, priority: Int = 0,
                subject: String, text: String, payload: [String: String] = [:], terms: [String] = []) {
        self.key = key
        self.kind = kind
        self.clusterID = clusterID
        self.articleID = articleID
        self.priority = priority
        self.subject = subject
        self.text = text
        self.payload = payload
        self.terms = terms
    }
}
