/// The roles a word plays in the event frames of corrections coverage (`frames.tsv`), as
/// bits: one word may have several ("lapas" is an agent and a unit).
///
/// The roles are grammatical, not topical: who acts (`agent`, `outsider`, `accuser`), what
/// they do (`prevention`, `capture`, `find`, `search`, `smuggle`, `insideCrime`, `remedy`,
/// `aid`, `accuse`, `deny`), on what (`contraband`, `attempt`, `visitor`, `container`), how it
/// ended (`clean`), and what only names a case or a programme (`holder`, `labelHolder`,
/// `marker`, `offence`, `unit`, `routine`). `frames.tsv` explains each one.
public struct FrameRoles: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let agent = FrameRoles(rawValue: 1 << 0)
    public static let outsider = FrameRoles(rawValue: 1 << 1)
    public static let prevention = FrameRoles(rawValue: 1 << 2)
    public static let capture = FrameRoles(rawValue: 1 << 3)
    public static let holder = FrameRoles(rawValue: 1 << 4)
    public static let labelHolder = FrameRoles(rawValue: 1 << 5)
    public static let marker = FrameRoles(rawValue: 1 << 6)
    public static let find = FrameRoles(rawValue: 1 << 7)
    public static let search = FrameRoles(rawValue: 1 << 8)
    public static let contraband = FrameRoles(rawValue: 1 << 9)
    public static let smuggle = FrameRoles(rawValue: 1 << 10)
    public static let attempt = FrameRoles(rawValue: 1 << 11)
    public static let clean = FrameRoles(rawValue: 1 << 12)
    public static let insideCrime = FrameRoles(rawValue: 1 << 13)
    public static let offence = FrameRoles(rawValue: 1 << 14)
    public static let routine = FrameRoles(rawValue: 1 << 15)
    public static let remedy = FrameRoles(rawValue: 1 << 16)
    public static let aid = FrameRoles(rawValue: 1 << 17)
    public static let accuser = FrameRoles(rawValue: 1 << 18)
    public static let accuse = FrameRoles(rawValue: 1 << 19)
    public static let deny = FrameRoles(rawValue: 1 << 20)
    public static let visitor = FrameRoles(rawValue: 1 << 21)
    public static let container = FrameRoles(rawValue: 1 << 22)
    public static let unit = FrameRoles(rawValue: 1 << 23)
    public static let reveal = FrameRoles(rawValue: 1 << 24)
    public static let success = FrameRoles(rawValue: 1 << 25)
    public static let speech = FrameRoles(rawValue: 1 << 26)
    public static let gate = FrameRoles(rawValue: 1 << 27)
    public static let irrealis = FrameRoles(rawValue: 1 << 28)
    public static let history = FrameRoles(rawValue: 1 << 29)
    public static let investigate = FrameRoles(rawValue: 1 << 30)
    public static let inside = FrameRoles(rawValue: 1 << 31)
    public static let repeated = FrameRoles(rawValue: 1 << 32)
    public static let failed = FrameRoles(rawValue: 1 << 33)

    /// Roles of verbs, matched through the stemmer too ("menggagalkan", "digagalkan" →
    /// "gagalkan"); the other roles name things and match as written.
    public static let verbal: FrameRoles = [.prevention, .capture, .find, .search, .smuggle, .insideCrime,
                                            .remedy, .aid, .accuse, .deny, .speech, .investigate]

    /// Whoever acts in a clause: the last one seen before a verb is its agent.
    public static let actor: FrameRoles = [.agent, .outsider, .accuser]

    /// The names used in `frames.tsv`, in the order the loader reports them.
    public static let names: [(name: String, role: FrameRoles)] = [
        ("agent", .agent), ("outsider", .outsider), ("accuser", .accuser),
        ("prevention", .prevention), ("capture", .capture), ("find", .find), ("search", .search),
        ("smuggle", .smuggle), ("inside-crime", .insideCrime), ("success", .success), ("remedy", .remedy),
        ("aid", .aid), ("accuse", .accuse), ("deny", .deny),
        ("contraband", .contraband), ("attempt", .attempt), ("visitor", .visitor), ("container", .container),
        ("clean", .clean), ("reveal", .reveal),
        ("holder", .holder), ("label-holder", .labelHolder), ("marker", .marker), ("offence", .offence),
        ("unit", .unit), ("routine", .routine), ("speech", .speech), ("gate", .gate), ("irrealis", .irrealis), ("history", .history),
        ("investigate", .investigate), ("inside", .inside), ("repeat", .repeated), ("failed", .failed),
    ]

    /// The role named `name` in `frames.tsv`, or nil.
    public static func named(_ name: String) -> FrameRoles? { names.first { $0.name == name }?.role }
}
