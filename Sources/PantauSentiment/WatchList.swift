/// The institution and units whose image Pantau watches, with their priority.
public struct WatchTarget: Sendable, Equatable, Codable {
    /// Display name (`Lapas Kelas IIA Serang`).
    public var name: String
    /// Lower-case names and aliases as they appear in text (`lapas serang`, `lp serang`).
    public var aliases: [String]
    /// 3 = home unit, 2 = regional office, 1 = the service in general.
    public var priority: Int

    public init(name: String, aliases: [String], priority: Int) {
        self.name = name
        self.aliases = aliases
        self.priority = priority
    }
}

/// The watch list; `default` covers the correctional service in general.
public struct WatchList: Sendable, Equatable {
    public var targets: [WatchTarget]

    public init(targets: [WatchTarget]) { self.targets = targets }

    /// The service in general (priority 1): any coverage of prisons, detainees and staff.
    public static let service = WatchTarget(
        name: "Pemasyarakatan",
        aliases: ["lapas", "lembaga pemasyarakatan", "rutan", "rumah tahanan", "lpka", "bapas", "pemasyarakatan",
                  "ditjen pas", "ditjenpas", "ditjen pemasyarakatan", "kemenkumham", "kemenimipas", "kalapas",
                  "karutan", "penjara", "narapidana", "napi", "tahanan", "warga binaan", "wbp", "sipir",
                  "petugas lapas", "petugas rutan", "lp", "bui", "sel tahanan", "jeruji besi"],
        priority: 1)

    public static let `default` = WatchList(targets: [service])
}
