/// The tone of a text toward the institution: the three labels every output uses.
///
/// Raw values are the English machine words (`negative`, `neutral`, `positive`) that JSON,
/// TSV and the database carry whatever the interface language.
public enum ToneLabel: String, Sendable, Codable, CaseIterable, Comparable {
    case negative, neutral, positive

    /// Bahasa Indonesia name for people.
    public var indonesian: String {
        switch self {
        case .negative: "negatif"
        case .neutral: "netral"
        case .positive: "positif"
        }
    }

    /// Negatives sort first: they are what an officer must act on.
    public static func < (lhs: ToneLabel, rhs: ToneLabel) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .negative: 0
        case .neutral: 1
        case .positive: 2
        }
    }
}
