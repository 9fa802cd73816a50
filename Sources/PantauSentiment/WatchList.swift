/// The institution and units whose image Pantau watches, with their priority.
public struct WatchTarget: Sendable, Equatable, Codable {
    /// Display name (`Lapas Kelas IIA Serang`).
    public var name: String
    /// Lower-case names and aliases as they appear in text (`lapas serang`, `lp serang`):
    /// naming one makes a text about the target.
    public var aliases: [String]
    /// Words that refer to the target inside a text already about it, but that other
    /// subjects share (`tahanan` of a police cell, `penjara` of a film): they never make a
    /// text relevant alone.
    public var contextAliases: [String]
    /// 3 = home unit, 2 = regional office, 1 = the service in general.
    public var priority: Int

    public init(name: String, aliases: [String], contextAliases: [String] = [], priority: Int) {
        self.name = name
        self.aliases = aliases
        self.contextAliases = contextAliases
        self.priority = priority
    }

    private enum CodingKeys: String, CodingKey { case name, aliases, contextAliases, priority }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), aliases: try c.decode([String].self, forKey: .aliases),
                  contextAliases: try c.decodeIfPresent([String].self, forKey: .contextAliases) ?? [],
                  priority: try c.decode(Int.self, forKey: .priority))
    }
}

/// The watch list; `default` covers the correctional service in general.
public struct WatchList: Sendable, Equatable {
    public var targets: [WatchTarget]

    public init(targets: [WatchTarget]) { self.targets = targets }

    /// The service in general (priority 1): its units, staff, inmates, detainees and
    /// programmes name it (a police custody is told apart by `RelevanceJudge`); prison as a
    /// word, cells and the ministry (which also runs immigration) only refer to it once the
    /// text is about it.
    public static let service = WatchTarget(
        name: "Pemasyarakatan",
        aliases: ["lapas", "lembaga pemasyarakatan", "rutan", "rumah tahanan", "lpka", "bapas", "pemasyarakatan",
                  "ditjen pas", "ditjenpas", "ditjen pemasyarakatan", "kalapas", "karutan", "narapidana", "napi",
                  "napiter", "tahanan", "warga binaan", "wbp", "sipir", "petugas lapas", "petugas rutan", "lp",
                  "pembebasan bersyarat", "bebas bersyarat", "cuti bersyarat", "napi asimilasi", "narapidana asimilasi"],
        contextAliases: ["kemenkumham", "kemenimipas", "imipas", "penjara", "bui", "sel tahanan", "jeruji besi",
                         "remisi", "asimilasi"],
        priority: 1)

    public static let `default` = WatchList(targets: [service])
}
