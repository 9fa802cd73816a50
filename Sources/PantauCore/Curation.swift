/// The kind of outlet a source is (`category` in `Feeds/*.opml`).
public enum OutletCategory: String, Sendable, CaseIterable {
    /// National media.
    case nasional
    /// Regional and local media.
    case regional
    /// The institution's own publications (its website, the ministry's releases): a
    /// problem it reports itself never needs a counter-message.
    case resmi
    /// Search feeds (Google News queries): whatever outlet they point to.
    case pencarian
}

/// Where the Humas team stands with a story (`pantau respond`).
public enum ResponseStatus: String, Sendable, CaseIterable {
    case baru, ditangani, dijawab, selesai
}

/// The vocabulary of officers' curation.
public enum Curation {
    /// An officer's correction of the tone (`irrelevant`: not about the service at all).
    public static let labels: Set<String> = ["negative", "neutral", "positive", "irrelevant"]
    /// The response statuses, in the order a response goes through them.
    public static let statuses: [String] = ResponseStatus.allCases.map(\.rawValue)
}
