import Foundation
import PantauCore
import Testing
@testable import PantauSentiment

/// The project's own labelled corrections-news passages (Fixtures/domain.tsv) scored with
/// the shipped lexicon: a regression guard for the tone method.
@Suite struct DomainRegressionTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func negativeCoverageIsFlagged() throws {
        let lexicon = try Lexicon.load(from: Self.repoRoot.appendingPathComponent("Lexicons"))
        // With hunspell when the dictionary is installed, as `pantau` runs; without, the
        // built-in stemmer alone (the figures barely differ).
        let analyzer = ToneAnalyzer(lexicon: lexicon, morphology: HunspellDictionary())
        let url = try #require(Bundle.module.url(forResource: "domain", withExtension: "tsv", subdirectory: "Fixtures"))
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count >= 200)
        var tp = 0, fp = 0, fn = 0, correct = 0
        for row in rows {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let gold = try #require(ToneLabel(rawValue: f[2]))
            let got = analyzer.analyze(text: f[1]).label
            if got == gold { correct += 1 }
            if gold == .negative && got == .negative { tp += 1 }
            if gold != .negative && got == .negative { fp += 1 }
            if gold == .negative && got != .negative { fn += 1 }
        }
        let recall = Double(tp) / Double(tp + fn)
        let precision = Double(tp) / Double(max(1, tp + fp))
        // The bar of the method: at least 90% of damaging coverage flagged, at least 85% of
        // the flags right.
        #expect(recall >= 0.90, "negative recall \(recall)")
        #expect(precision >= 0.85, "negative precision \(precision)")
        #expect(Double(correct) / Double(rows.count) >= 0.75)
    }
}
