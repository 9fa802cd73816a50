import Foundation
import PantauCore
import PantauXML
import Testing
@testable import PantauDemo

@Suite struct DemoRunnerTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The demo's digest: escape and riot lead Perlu Tanggapan, the training story answers
    /// the reoffending-parolee story, every format is written, and the Markdown matches
    /// the golden copy (`PANTAU_UPDATE_GOLDEN=1 swift test --filter DemoRunnerTests`
    /// rewrites it after a deliberate change to the lexicons or templates).
    @Test func demoDigestLeadsWithEscapeAndRiotAndOffersTrainingAsAnswer() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let now = try #require(DateParser.parse("2026-11-29T12:00:00+07:00"))
        let result = try await DemoRunner(directory: dir.path, lexiconsPath: Self.repoRoot.appendingPathComponent("Lexicons").path)
            .run(now: now)
        #expect(result.summary.sourcesFailed == 0)
        #expect(result.summary.articlesNew >= 30)
        #expect(result.reportPaths.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted()
            == ["2026-11-29.html", "2026-11-29.json", "2026-11-29.md", "2026-11-29.txt"])

        let needs = result.digest.perluTanggapan.map(\.title)
        #expect(needs.count >= 4)
        let top = needs.prefix(2)
        #expect(top.contains { $0.contains("Kabur") }, "escape story not among the first two: \(needs)")
        #expect(top.contains { $0.contains("Kerusuhan") }, "riot story not among the first two: \(needs)")
        #expect(!needs.contains { $0.contains("Pelatihan") })
        // The institution's own enforcement is good news, routine notices are news: the day
        // shows all three tones.
        #expect(!needs.contains { $0.contains("Gagalkan") }, "foiled smuggling flagged: \(needs)")
        let foiled = result.digest.isuUtama.clusters.filter { $0.title.contains("Gagalkan Penyelundupan") }
        #expect(!foiled.isEmpty && foiled.allSatisfy { $0.negative == 0 && $0.positive > 0 })
        let day = result.digest.ringkasan
        #expect(day.negative > 0 && day.neutral > 0 && day.positive > 0, "tones \(day.negative)/\(day.neutral)/\(day.positive)")
        let parole = try #require(result.digest.kontraNarasi.matches.first { $0.issueTitle.contains("Asimilasi") })
        #expect(parole.material.contains { $0.title.contains("Pelatihan Las") }, "training story missing: \(parole.material.map(\.title))")

        let reports = dir.appendingPathComponent("Reports/2026")
        let html = try Data(contentsOf: reports.appendingPathComponent("2026-11-29.html"))
        #expect(html.count < 1_000_000)
        let doc = try XMLDocument.parseHTML(html)
        #expect(doc.root?.descendants(named: "section").count == 6)
        let txt = try String(contentsOf: reports.appendingPathComponent("2026-11-29.txt"), encoding: .utf8)
        #expect(txt.count <= 1500)

        // Golden Markdown; the sample site's port changes from run to run.
        let md = try String(contentsOf: reports.appendingPathComponent("2026-11-29.md"), encoding: .utf8)
            .replacingOccurrences(of: #"127\.0\.0\.1:\d+"#, with: "127.0.0.1:PORT", options: .regularExpression)
        let golden = Self.repoRoot.appendingPathComponent("Tests/PantauDemoTests/Fixtures/demo-digest.md")
        if ProcessInfo.processInfo.environment["PANTAU_UPDATE_GOLDEN"] == "1" {
            try md.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(md == expected, "demo digest differs from \(golden.path); rerun with PANTAU_UPDATE_GOLDEN=1 if the change is intended")
    }
}
