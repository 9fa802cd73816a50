import Foundation
import PantauCore
import Testing
@testable import PantauReport

@Suite struct DigestRendererTests {
    static func summary(_ id: Int64, _ title: String, _ label: ToneLabel, score: Double, url: String = "https://contoh.id/x") -> ArticleSummary {
        let hit = ToneResult.Hit(surface: "kabur", term: "kabur", weight: -4)
        let tone = ToneResult(label: label, score: score, relevant: true, targets: ["Pemasyarakatan"],
                              sentences: [.init(text: "Dua napi kabur <b>malam</b> itu.", score: -4, hits: [hit])])
        return ArticleSummary(id: id, title: title, url: url, outlet: "Kabar <Uji>", outletCategory: "nasional", outletTier: 1,
                              published: DateParser.parse("2026-11-29T08:00:00+07:00"),
                              firstSeen: DateParser.parse("2026-11-29T09:00:00+07:00")!, tone: tone)
    }

    static let digest = DigestBuilder().build(day: "2026-11-29", articles: [
        summary(1, "Pelatihan las", .positive, score: 0.6),
        summary(2, "<script>alert(1)</script>", .negative, score: -0.9, url: "javascript:alert(1)"),
        summary(3, "\"><img src=x onerror=alert(1)>", .negative, score: -0.5),
    ], generatedAt: DateParser.parse("2026-11-29T10:00:00+07:00")!)

    @Test func negativesFirstByPriority() {
        #expect(Self.digest.needsResponse.map(\.article.id) == [2, 3])
        #expect(Self.digest.positive.map(\.article.id) == [1])
        #expect(Self.digest.counts[.negative] == 2)
    }

    @Test func htmlEscapesArticleText() {
        let html = HTMLDigestRenderer().render(Self.digest)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("<mark>kabur</mark>"))
        #expect(html.contains("Kabar &lt;Uji&gt;"))
        // Negative section comes before the positive one.
        let neg = html.range(of: "id=\"perlu-tanggapan\"")!.lowerBound
        let pos = html.range(of: "id=\"positif\"")!.lowerBound
        #expect(neg < pos)
        #expect(!html.contains("<script") && !html.contains("http-equiv"))
    }

    @Test func markdownEscapesArticleText() {
        let md = MarkdownDigestRenderer().render(Self.digest)
        #expect(!md.contains("<script>"))
        #expect(!md.contains("](javascript:"))
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("terbit 2026-11-29 08:00 WIB"))
    }
}
