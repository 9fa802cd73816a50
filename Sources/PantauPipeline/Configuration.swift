import Foundation
import PantauFetch
import PantauPostgres
import PantauSentiment
import TOMLKit

/// Pantau's settings, from `pantau.toml`, the environment and flags.
///
/// Precedence: flag > environment (`PANTAU_…`) > file > built-in default. The file is
/// optional; an unreadable or invalid one, or an unknown key in it, is an error naming
/// FILE:LINE.
public struct Configuration: Sendable {
    public var databasePath = "pantau.sqlite"
    /// Whether `databasePath` names a PostgreSQL server (`postgresql://…`) rather than a
    /// SQLite file.
    public var databaseIsServer: Bool { PostgresURL.isPostgres(databasePath) }
    /// Workers on a PostgreSQL archive: how long a claimed source stays a worker's
    /// (`PANTAU_LEASE_SECONDS`) and how long after a claim it belongs to that round
    /// (`PANTAU_ROUND_SECONDS`; shorter than the time between scheduled runs).
    public var workerLease: TimeInterval = 600
    public var workerRound: TimeInterval = 300
    public var lexiconsPath = "Lexicons"
    public var feedsPath = "Feeds"
    public var reportsPath = "Reports"
    public var fetch = HTTPClientConfiguration()
    /// Most article pages fetched per source and run (newest first).
    public var maxArticlesPerSource = 30
    /// Attempts per fetch (1 = no retry); backoff starts at `retryDelay` seconds.
    public var retry = RetryPolicy()
    /// Honour robots.txt for article pages.
    public var respectRobots = true
    public var watchList = WatchList.default
    public var alerts = AlertSettings()
    /// One-line notices about the file that are not errors (keys of an earlier form that are
    /// still read), for the command to print on stderr.
    public var notices: [String] = []
    /// The file the settings came from, if any.
    public var file: String?

    public init() {}

    /// A configuration problem, with the place it was found.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    /// Loads the settings: `explicitPath` (from `--config`) must exist; otherwise
    /// `./pantau.toml` is read if present. Environment values then override the file.
    public static func load(explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(Failure) -> Configuration {
        var config = Configuration()
        let path = explicitPath ?? environment["PANTAU_CONFIG"] ?? "pantau.toml"
        if FileManager.default.fileExists(atPath: path) {
            try config.apply(fileAt: path)
        } else if explicitPath != nil || environment["PANTAU_CONFIG"] != nil {
            throw Failure(file: path, line: nil, message: "berkas konfigurasi tidak ditemukan")
        }
        try config.apply(environment: environment)
        return config
    }

    mutating func apply(fileAt path: String) throws(Failure) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(file: path, line: nil, message: "berkas konfigurasi tidak bisa dibaca")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(file: path, line: nil, message: "berkas konfigurasi bukan teks UTF-8")
        }
        try apply(toml: text, file: path)
        file = path
    }

    mutating func apply(toml text: String, file: String) throws(Failure) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Failure(file: file, line: error.source.begin.line, message: "TOML tidak valid: \(error.description)")
        } catch {
            throw Failure(file: file, line: nil, message: "TOML tidak valid: \(error)")
        }
        let reader = TOMLReader(text: text, file: file)
        try reader.onlyKeys(table, ["paths", "fetch", "watch", "alerts"], section: nil)
        if let a = try reader.table(table, "alerts") {
            try applyAlerts(a, reader: reader, file: file)
        }
        if let paths = try reader.table(table, "paths") {
            try reader.onlyKeys(paths, ["database", "lexicons", "feeds", "reports"], section: "paths")
            databasePath = try reader.string(paths, "database", section: "paths") ?? databasePath
            lexiconsPath = try reader.string(paths, "lexicons", section: "paths") ?? lexiconsPath
            feedsPath = try reader.string(paths, "feeds", section: "paths") ?? feedsPath
            reportsPath = try reader.string(paths, "reports", section: "paths") ?? reportsPath
        }
        if let fetchTable = try reader.table(table, "fetch") {
            try reader.onlyKeys(fetchTable, ["max_concurrent", "max_per_host", "timeout", "connect_timeout", "max_body_mb",
                                             "max_redirects", "user_agent", "max_articles_per_source", "politeness_delay",
                                             "attempts", "retry_delay", "respect_robots", "refuse_private_addresses"], section: "fetch")
            if let v = try reader.number(fetchTable, "politeness_delay", in: 0...60, section: "fetch") { fetch.politenessDelay = v }
            if let v = try reader.int(fetchTable, "attempts", in: 1...10, section: "fetch") { retry.maxAttempts = v }
            if let v = try reader.number(fetchTable, "retry_delay", in: 0...600, section: "fetch") { retry.baseDelay = v }
            if let v = try reader.bool(fetchTable, "respect_robots", section: "fetch") { respectRobots = v }
            if let v = try reader.bool(fetchTable, "refuse_private_addresses", section: "fetch") { fetch.refusePrivateAddresses = v }
            if let v = try reader.int(fetchTable, "max_concurrent", in: 1...256, section: "fetch") { fetch.maxConcurrent = v }
            if let v = try reader.int(fetchTable, "max_per_host", in: 1...64, section: "fetch") { fetch.maxPerHost = v }
            if let v = try reader.int(fetchTable, "timeout", in: 1...600, section: "fetch") { fetch.totalTimeout = Double(v) }
            if let v = try reader.int(fetchTable, "connect_timeout", in: 1...120, section: "fetch") { fetch.connectTimeout = Double(v) }
            if let v = try reader.int(fetchTable, "max_body_mb", in: 1...200, section: "fetch") { fetch.maxBodyBytes = v * 1024 * 1024 }
            if let v = try reader.int(fetchTable, "max_redirects", in: 0...20, section: "fetch") { fetch.maxRedirects = v }
            if let v = try reader.int(fetchTable, "max_articles_per_source", in: 1...1000, section: "fetch") { maxArticlesPerSource = v }
            if let v = try reader.string(fetchTable, "user_agent", section: "fetch") { fetch.userAgent = v }
        }
        if let watch = try reader.table(table, "watch") {
            try reader.onlyKeys(watch, ["include_service", "target"], section: "watch")
            let includeService = try reader.bool(watch, "include_service", section: "watch") ?? true
            var targets: [WatchTarget] = []
            if let value = watch["target"] {
                guard let array = value.array else {
                    throw Failure(file: file, line: reader.line(of: "target"), message: "[[watch.target]] harus berupa daftar tabel")
                }
                for element in array {
                    guard let t = element.table else {
                        throw Failure(file: file, line: reader.line(of: "target"), message: "[[watch.target]] harus berupa tabel")
                    }
                    try reader.onlyKeys(t, ["name", "aliases", "priority"], section: "watch.target")
                    guard let name = try reader.string(t, "name", section: "watch.target") else {
                        throw Failure(file: file, line: reader.line(of: "[[watch.target]]"), message: "watch.target butuh 'name'")
                    }
                    let aliases = try reader.strings(t, "aliases", section: "watch.target") ?? []
                    let priority = try reader.int(t, "priority", in: 1...3, section: "watch.target") ?? 2
                    targets.append(WatchTarget(name: name, aliases: ([name] + aliases).map { $0.lowercased() }, priority: priority))
                }
            }
            watchList = WatchList(targets: targets + (includeService ? [WatchList.service] : []))
        }
    }

    mutating func apply(environment env: [String: String]) throws(Failure) {
        if let v = env["PANTAU_DATABASE"], !v.isEmpty { databasePath = v }
        for (name, keyPath) in [("PANTAU_LEASE_SECONDS", \Configuration.workerLease), ("PANTAU_ROUND_SECONDS", \Configuration.workerRound)] {
            guard let v = env[name], !v.isEmpty else { continue }
            guard let seconds = TimeInterval(v), seconds > 0 else {
                throw Failure(file: name, line: nil, message: "\(name) harus angka detik > 0, bukan '\(v)'")
            }
            self[keyPath: keyPath] = seconds
        }
        if let v = env["PANTAU_LEXICONS"], !v.isEmpty { lexiconsPath = v }
        if let v = env["PANTAU_FEEDS"], !v.isEmpty { feedsPath = v }
        if let v = env["PANTAU_REPORTS"], !v.isEmpty { reportsPath = v }
        if let v = env["PANTAU_USER_AGENT"], !v.isEmpty { fetch.userAgent = v }
        // Secrets stay out of the file: the SMTP password and the Telegram bot URL.
        try applyAlerts(environment: env)
        if let v = env["PANTAU_MAX_CONCURRENT"] {
            guard let n = Int(v), (1...256).contains(n) else {
                throw Failure(file: "PANTAU_MAX_CONCURRENT", line: nil, message: "harus bilangan 1…256, bukan '\(v)'")
            }
            fetch.maxConcurrent = n
        }
    }

    /// The commented default file that `pantau init` writes.
    public static let defaultFileText = """
    # pantau.toml — konfigurasi Pantau.
    # Urutan prioritas: opsi baris perintah > variabel lingkungan (PANTAU_…) > berkas ini > bawaan.

    [paths]
    # Basis data SQLite (dibuat oleh `pantau run`). Lingkungan: PANTAU_DATABASE.
    database = "pantau.sqlite"
    # Folder leksikon nada. Lingkungan: PANTAU_LEXICONS.
    lexicons = "Lexicons"
    # Folder daftar sumber OPML. Lingkungan: PANTAU_FEEDS.
    feeds = "Feeds"
    # Folder laporan harian. Lingkungan: PANTAU_REPORTS.
    reports = "Reports"

    [fetch]
    # Jumlah unduhan bersamaan, total dan per host.
    max_concurrent = 16
    max_per_host = 4
    # Batas waktu (detik).
    timeout = 30
    connect_timeout = 10
    # Ukuran isi maksimum (MB, setelah dekompresi).
    max_body_mb = 10
    max_redirects = 5
    # Halaman artikel terbanyak per sumber per putaran.
    max_articles_per_source = 30
    # Jeda antarpermintaan ke host yang sama (detik; host lokal 127.0.0.1 tanpa jeda).
    politeness_delay = 1.0
    # Percobaan per unduhan (timeout, 5xx, 429 diulang dengan jeda bertambah; 4xx tidak).
    attempts = 3
    retry_delay = 1.0
    # Patuhi robots.txt untuk halaman artikel.
    respect_robots = true
    # Tolak alamat privat/lokal (untuk daftar sumber dari pihak yang tidak dipercaya).
    refuse_private_addresses = false

    [watch]
    # Sertakan satuan umum pemasyarakatan (lapas, rutan, napi, …) sebagai sasaran prioritas 1.
    include_service = true

    # Satuan kerja sendiri (prioritas 3) dan kanwil (prioritas 2). Contoh:
    [[watch.target]]
    name = "Lapas Kelas IIA Serang"
    aliases = ["lapas serang", "lp serang", "lapas kelas iia serang"]
    priority = 3

    [[watch.target]]
    name = "Kanwil Kemenkumham Banten"
    aliases = ["kanwil kemenkumham banten", "kanwil banten"]
    priority = 2

    # Peringatan saat `pantau run` menemukan pemberitaan yang tidak bisa menunggu laporan pagi.
    # Satu cerita diperingatkan sekali per saluran. Uji dengan `pantau alerts test`.
    # [alerts]
    # threshold = 70                  # prioritas (0–100) mulai dari mana sebuah cerita diperingatkan
    # spike_factor = 3.0              # lonjakan: berita negatif ≥ faktor × rata-rata 7 hari…
    # spike_minimum = 3               # …dan paling sedikit sebanyak ini
    #
    # [alerts.telegram]
    # url = "https://api.telegram.org/bot<TOKEN>/sendMessage"   # atau PANTAU_TELEGRAM_URL
    # chat_id = "-1001234567890"
    #
    # [alerts.webhook]                # webhook JSON umum
    # url = "https://chat.contoh.go.id/hooks/humas"             # atau PANTAU_WEBHOOK_URL
    #
    # [alerts.email]
    # smtp_url = "smtp://mail.contoh.go.id:587"
    # tls = "required"                # "try" atau "none"
    # user = "pantau"                 # kata sandi dari PANTAU_SMTP_PASSWORD
    # from = "pantau@contoh.go.id"
    # to = ["humas@contoh.go.id"]

    """
}

/// Typed reads from a TOML table that fail with FILE:LINE.
struct TOMLReader {
    let text: String
    let file: String

    /// The first line that defines `key` (for messages about values, which TOMLKit does not locate).
    func line(of key: String) -> Int? {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix(key + " ") || line.hasPrefix(key + "=") || line.contains("[\(key)]") || line.contains(".\(key)]") {
                return index + 1
            }
        }
        return nil
    }

    func onlyKeys(_ table: TOMLTable, _ allowed: Set<String>, section: String?) throws(Configuration.Failure) {
        for key in table.keys where !allowed.contains(key) {
            let place = section.map { "[\($0)]" } ?? "tingkat atas"
            throw Configuration.Failure(file: file, line: line(of: key),
                                        message: "kunci '\(key)' tidak dikenal di \(place); yang dikenal: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    func table(_ table: TOMLTable, _ key: String) throws(Configuration.Failure) -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let t = value.table else {
            throw Configuration.Failure(file: file, line: line(of: key), message: "'\(key)' harus berupa tabel [\(key)]")
        }
        return t
    }

    func string(_ table: TOMLTable, _ key: String, section: String) throws(Configuration.Failure) -> String? {
        guard let value = table[key] else { return nil }
        guard let s = value.string else {
            throw Configuration.Failure(file: file, line: line(of: key), message: "\(section).\(key) harus berupa teks dalam tanda kutip")
        }
        return s
    }

    func strings(_ table: TOMLTable, _ key: String, section: String) throws(Configuration.Failure) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            throw Configuration.Failure(file: file, line: line(of: key), message: "\(section).\(key) harus berupa daftar teks")
        }
        var out: [String] = []
        for element in array {
            guard let s = element.string else {
                throw Configuration.Failure(file: file, line: line(of: key), message: "\(section).\(key) harus berisi teks saja")
            }
            out.append(s)
        }
        return out
    }

    func int(_ table: TOMLTable, _ key: String, in range: ClosedRange<Int>, section: String) throws(Configuration.Failure) -> Int? {
        guard let value = table[key] else { return nil }
        guard let n = value.int, range.contains(n) else {
            throw Configuration.Failure(file: file, line: line(of: key),
                                        message: "\(section).\(key) harus bilangan bulat \(range.lowerBound)…\(range.upperBound)")
        }
        return n
    }

    /// An integer or a decimal number in `range`.
    func number(_ table: TOMLTable, _ key: String, in range: ClosedRange<Double>, section: String) throws(Configuration.Failure) -> Double? {
        guard let value = table[key] else { return nil }
        guard let n = value.double ?? value.int.map(Double.init), range.contains(n) else {
            throw Configuration.Failure(file: file, line: line(of: key),
                                        message: "\(section).\(key) harus angka \(range.lowerBound)…\(range.upperBound)")
        }
        return n
    }

    func bool(_ table: TOMLTable, _ key: String, section: String) throws(Configuration.Failure) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let b = value.bool else {
            throw Configuration.Failure(file: file, line: line(of: key), message: "\(section).\(key) harus true atau false")
        }
        return b
    }
}
