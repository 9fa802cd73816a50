import ArgumentParser
import Foundation
import PantauCore
import Testing
@testable import PantauCLI

@Suite struct ArgumentParsingTests {
    static func search(_ args: [String]) throws -> SearchCommand {
        let command = try Pantau.parseAsRoot(args)
        return try #require(command as? SearchCommand)
    }

    @Test func globalOptionsBeforeAndAfterSubcommand() throws {
        let before = try Self.search(["--database", "D.sqlite", "--lexicons", "L", "search", "kabur"])
        #expect(before.root.databasePath == "D.sqlite")
        #expect(before.root.lexiconsPath == "L")
        #expect(before.query == "kabur")
        let after = try Self.search(["search", "kabur", "--database", "D.sqlite", "--feeds", "F"])
        #expect(after.root.databasePath == "D.sqlite")
        #expect(after.root.feedsPath == "F")
    }

    @Test func searchFlags() throws {
        let s = try Self.search(["search", "napi", "--since", "7d", "--tone", "negative", "--format", "json", "--limit", "5"])
        #expect(s.tone == .negative)
        #expect(s.format == .json)
        #expect(s.limit == 5)
    }

    @Test func badFlagsAreUsageErrors() async {
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["search", "kabur", "--tone", "marah"]) }
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["search", "kabur", "--since", "kemarin"]) }
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["--tidak-ada"]) }
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["digest", "--date", "2026-02-30"]) }
    }

    @Test func digestFlags() throws {
        let d = try #require(try Pantau.parseAsRoot(["digest", "--since", "7d", "--format", "json,txt", "--lang", "en"]) as? DigestCommand)
        #expect(try d.formats().map(\.rawValue) == ["json", "txt"])
        #expect(d.lang == "en")
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["digest", "--since", "2w"]) }
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["digest", "--format", "pdf"]) }
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["digest", "--lang", "jv"]) }
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["digest", "--date", "2026-11-28", "--since", "7d"]) }
        #expect(try Pantau.parseAsRoot(["alerts", "test"]) is AlertsTestCommand)
    }

    @Test func timeWindows() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(TimeWindow.start("24h", now: now) == Date(timeIntervalSince1970: 1_000_000 - 86400))
        #expect(TimeWindow.start("7d", now: now) == Date(timeIntervalSince1970: 1_000_000 - 7 * 86400))
        #expect(TimeWindow.start("2026-11-29", now: now) != nil)
        #expect(TimeWindow.start("kemarin", now: now) == nil)
    }

    @Test func csvCellsNeutraliseFormulas() {
        #expect(SearchOutput.cell("=HYPERLINK(\"x\")").hasPrefix("\"'="))
        #expect(SearchOutput.cell("+62") == "'+62")
        #expect(SearchOutput.cell("biasa") == "biasa")
    }
}
