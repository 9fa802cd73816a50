import Foundation
import PantauCore
import Testing
@testable import PantauStore

@Suite struct ArchiveStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID().uuidString)/pantau.sqlite").path
    }

    static func article(_ url: String, title: String, text: String, source: Int64, label: ToneLabel = .negative) -> NewArticle {
        NewArticle(url: url, sourceID: source, guid: nil,
                                article: ExtractedArticle(title: title, text: text),
                                summary: nil, tone: ToneResult(label: label, score: label == .negative ? -0.8 : 0.5, relevant: true),
                                lexiconVersion: "uji")
    }
}

@Suite struct SearchQueryTests {
    @Test(arguments: ["\"lapas serang", "(kabur AND", "AND OR", "kabur)", "", "NOT kabur", "NEAR(", "kabur NEAR/0 lapas", "source:"])
    func malformedQueriesPointAtPosition(_ query: String) {
        do {
            let q = try SearchQuery.parse(query)
            _ = try q.ftsExpression()
            Issue.record("accepted: \(query)")
        } catch {
            #expect(error.description.hasPrefix("kueri tidak valid di posisi "))
            #expect(error.position >= 1)
        }
    }

    @Test func operatorsAndQuoting() throws {
        let q = try SearchQuery.parse("\"lapas serang\" AND (kabur OR narkoba) -remisi napi*")
        let fts = try q.ftsExpression()
        #expect(fts.contains("\"lapas serang\""))
        #expect(fts.contains("\"kabur\" OR \"narkoba\""))
        #expect(fts.contains("NOT \"remisi\""))
        #expect(fts.contains("\"napi\" *"))
    }
}
