import Foundation
import PantauCore
import Testing
@testable import PantauDemo

@Suite struct DemoRunnerTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func demoDigestPutsEscapeAndRiotBeforeTraining() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let now = try #require(DateParser.parse("2026-11-29T12:00:00+07:00"))
        let result = try await DemoRunner(directory: dir.path, lexiconsPath: Self.repoRoot.appendingPathComponent("Lexicons").path)
            .run(now: now)
        #expect(result.summary.sourcesFailed == 0)
        #expect(result.summary.articlesNew >= 30)
        #expect(result.reportPaths.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted() == ["2026-11-29.html", "2026-11-29.md"])

        let md = try String(contentsOfFile: dir.appendingPathComponent("Reports/2026/2026-11-29.md").path, encoding: .utf8)
        let escape = try #require(md.range(of: "Kabur Usai Gergaji Teralis"), "escape story missing").lowerBound
        let riot = try #require(md.range(of: "Kerusuhan Pecah di Rutan Pandeglang"), "riot story missing").lowerBound
        let training = try #require(md.range(of: "Terima Sertifikat Pelatihan Las"), "training story missing").lowerBound
        #expect(escape < training)
        #expect(riot < training)
        // Escape and riot are flagged for response; training is not.
        let needs = result.digest.needsResponse.map(\.article.title)
        #expect(needs.contains { $0.contains("Kabur") })
        #expect(needs.contains { $0.contains("Kerusuhan") })
        #expect(!needs.contains { $0.contains("Pelatihan") })
        // Only the database and the two reports: no other html/json/txt files.
        let files = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
        #expect(files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".json") || $0.hasSuffix(".txt") } == ["Reports/2026/2026-11-29.html"])
    }
}
