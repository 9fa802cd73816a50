import Foundation
import PantauCore
import PantauPostgres
import PantauStore
import PantauTesting
import Testing

/// The two archive backends; every test of this target runs against each. PostgreSQL
/// tests use a throw-away server this test process starts (`LocalPostgresServer`), each
/// with a database of its own.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// Where a new, empty archive goes: a file path or a database address.
    func newLocation() throws -> String {
        switch self {
        case .sqlite:
            return FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID().uuidString)/pantau.sqlite").path
        case .postgres:
            return try LocalPostgresServer.shared().newDatabase()
        }
    }

    func open(_ location: String, create: Bool = true) throws -> any Archive {
        switch self {
        case .sqlite: return try ArchiveStore(path: location, create: create)
        case .postgres: return try PostgresArchive(address: location, create: create)
        }
    }

    /// A new, empty archive.
    func make() throws -> any Archive { try open(try newLocation()) }
}

/// Articles for the tests.
enum Sample {
    static func article(_ url: String, title: String, text: String, source: Int64, label: ToneLabel = .negative) -> NewArticle {
        NewArticle(url: url, sourceID: source, guid: nil, article: ExtractedArticle(title: title, text: text), summary: nil,
                   tone: ToneResult(label: label, score: label == .negative ? -0.8 : 0.5, relevant: true), lexiconVersion: "uji")
    }

    /// Three articles of two outlets for the search and curation tests.
    static func archive(_ backend: Backend) throws -> any Archive {
        let store = try backend.make()
        let source = try store.register(Source(feedURL: "https://contoh.id/rss", title: "Kabar Contoh"))
        let other = try store.register(Source(feedURL: "https://lain.id/rss", title: "Warta Lain"))
        try store.insert([
            article("https://contoh.id/1", title: "Kerusuhan di Rutan Pandeglang",
                    text: "Kerusuhan pecah setelah napi membakar kasur di blok hunian.", source: source.id),
            article("https://contoh.id/2", title: "Napi kabur dari Lapas Serang",
                    text: "Dua napi kabur melalui jendela kamar mandi, kata kepala lapas Serang.", source: source.id),
            article("https://lain.id/3", title: "Pelatihan las warga binaan",
                    text: "Warga binaan Lapas Serang mengikuti pelatihan las selama sebulan.", source: other.id, label: .positive),
        ], seenAt: Date())
        return store
    }

    static func urls(_ store: any Archive, _ query: String) throws -> [String] {
        try store.search(try SearchQuery.parse(query)).map(\.article.url).sorted()
    }
}
