import Foundation
import PantauCore
import PantauPipeline
import PantauXML
import Testing
@testable import PantauReport

@Suite struct DigestRendererTests {
    static let now = DateParser.parse("2026-11-29T10:00:00+07:00")!
    static let period = Digest.Period(start: JakartaTime.dayInterval("2026-11-29")!.start, end: JakartaTime.dayInterval("2026-11-29")!.end,
                                      kind: "day", day: "2026-11-29")

    static func summary(_ id: Int64, _ title: String, _ label: ToneLabel, score: Double, url: String = "https://contoh.id/x",
                        priority: Int? = nil, severity: Int = 0, cluster: Int64? = nil, outlet: String = "Kabar <Uji>",
                        category: String = "nasional", status: String? = nil) -> ArticleSummary {
        let hit = ToneResult.Hit(surface: "kabur", term: "kabur", weight: label == .negative ? -4 : 3)
        let tone = ToneResult(label: label, score: score, relevant: true, targets: ["Pemasyarakatan"],
                              sentences: [.init(text: "Dua napi kabur <b>malam</b> itu.", score: label == .negative ? -4 : 3, hits: [hit])],
                              priority: priority, severity: severity)
        var a = ArticleSummary(id: id, title: title, url: url, outlet: outlet, outletCategory: category, outletTier: 1,
                               published: DateParser.parse("2026-11-29T08:00:00+07:00"),
                               firstSeen: DateParser.parse("2026-11-29T09:00:00+07:00")!, tone: tone)
        a.clusterID = cluster
        a.responseStatus = status
        return a
    }

    static let hostile = [
        summary(1, "Pelatihan las", .positive, score: 0.6, category: "resmi"),
        summary(2, "<script>alert(1)</script>", .negative, score: -0.9, url: "javascript:alert(1)"),
        summary(3, "\"><img src=x onerror=alert(1)>", .negative, score: -0.5),
    ]

    static func digest(_ articles: [ArticleSummary], language: String = "id") -> Digest {
        DigestBuilder().build(DigestInput(period: period, articles: articles,
                                          daily: [Digest.DayCount(day: "2026-11-28", negative: 1), Digest.DayCount(day: "2026-11-29", negative: 2, positive: 1)],
                                          urgency: ResponsePolicy.urgency),
                              language: language, generatedAt: now)
    }

    @Test func perluTanggapanKeepsOneCopyPerStoryAndPutsCrisesFirst() {
        let d = Self.digest([
            Self.summary(10, "Napi bebas curi motor", .negative, score: -0.95, priority: 95),
            Self.summary(11, "Kerusuhan di rutan", .negative, score: -0.6, priority: 50, severity: 3, cluster: 7),
            Self.summary(12, "Rutan rusuh, kasur dibakar", .negative, score: -0.5, priority: 40, severity: 3, cluster: 7),
            Self.summary(13, "Keluhan antrean kunjungan", .negative, score: -0.4, priority: 30, status: "selesai"),
            Self.summary(14, "Panen lele", .positive, score: 0.5),
        ])
        #expect(d.perluTanggapan.map(\.id) == [11, 10, 13])
        #expect(d.perluTanggapan[0].priority >= 70 && d.perluTanggapan[1].priority < 70)
        #expect(d.ringkasan.needsResponse == 3)
        #expect(d.ringkasan.negative == 4 && d.ringkasan.positive == 1)
        #expect(d.isuUtama.clusters.first?.articles == 2)
        #expect(d.ringkasan.leadingIssue?.contains("Kerusuhan di rutan") == true)
    }

    @Test func counterNarrativeMatchesAnswerThemesOfficialFirst() throws {
        let themes = try CounterThemes.parse("""
            pembinaan\tissue\tasimilasi
            pembinaan\tanswer\tpelatihan
            keamanan\tissue\tkabur
            keamanan\tanswer\trazia
            """)
        let issue = Self.summary(20, "Napi asimilasi berulah", .negative, score: -0.9, priority: 90)
        let training = Self.summary(21, "Pelatihan las warga binaan", .positive, score: 0.7, category: "resmi")
        let sweep = Self.summary(22, "Razia blok hunian", .positive, score: 0.6, category: "resmi")
        let festival = Self.summary(23, "Festival kuliner", .positive, score: 0.8)
        var input = DigestInput(period: Self.period, articles: [issue, training, sweep, festival], positives: [training, sweep, festival],
                                keywords: [20: [("asimilasi", 3), ("motor", 2)], 21: [("latih", 3), ("las", 2)],
                                           22: [("razia", 3)], 23: [("kuliner", 3)]], themes: themes, urgency: ResponsePolicy.urgency)
        input.period = Self.period
        let d = DigestBuilder().build(input, generatedAt: Self.now)
        let match = try #require(d.kontraNarasi.matches.first)
        #expect(match.issueID == 20)
        #expect(match.material.map(\.id) == [21])
        #expect(match.material.first?.themes == ["pembinaan"])
        #expect(d.kontraNarasi.amplify.first?.outletCategory == "resmi")
    }

    @Test func htmlHasTheSixSectionsInOrderAndEscapesHostileText() throws {
        let html = try DigestRenderer().render(Self.digest(Self.hostile), as: .html)
        let doc = try XMLDocument.parseHTML(Data(html.utf8))
        let root = try #require(doc.root)
        let sections = root.descendants(named: "section").compactMap { $0.attribute("id") }
        #expect(sections == ["ringkasan", "perlu-tanggapan", "isu-utama", "tren", "kontra-narasi", "sebaran-media"])
        // No scripts, no event handlers, no external assets, no javascript: links.
        #expect(root.descendants(named: "script").isEmpty)
        #expect(root.descendants(named: "img").isEmpty)
        #expect(root.descendants(named: "link").isEmpty)
        for a in root.descendants(named: "a") {
            #expect(a.attribute("href")?.hasPrefix("https://") == true, "unsafe link \(a.attribute("href") ?? "nil")")
        }
        var handlers = 0
        root.forEachDescendant { node in
            if node.attributes.contains(where: { $0.name.hasPrefix("on") }) { handlers += 1 }
            return .continue
        }
        #expect(handlers == 0)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("<mark>kabur</mark>"))
        #expect(html.contains("Kabar &lt;Uji&gt;"))
        // Charts are inline SVG.
        #expect(!root.descendants(named: "svg").isEmpty)
        #expect(html.contains("@media print"))
        // The negative items are listed in priority order, the hostile <script> story first.
        let items = root.descendants(named: "section").first { $0.attribute("id") == "perlu-tanggapan" }?
            .descendants(named: "li").compactMap { $0.attribute("data-id") }
        #expect(items == ["2", "3"])
    }

    @Test func markdownEscapesArticleText() throws {
        let md = try DigestRenderer().render(Self.digest(Self.hostile), as: .md)
        #expect(!md.contains("<script>"))
        #expect(md.range(of: #"(?<!\\)<"#, options: .regularExpression) == nil, "unescaped < in Markdown")
        #expect(!md.contains("](javascript:"))
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("terbit 2026-11-29 08:00 WIB"))
        #expect(md.contains("**kabur**"))
        let order = ["## Ringkasan", "## Perlu Tanggapan", "## Isu Utama", "## Tren", "## Bahan Kontra-Narasi", "## Sebaran Media"]
            .map { md.range(of: $0)?.lowerBound }
        #expect(!order.contains(nil))
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    @Test func jsonCarriesOneKeyPerSectionAndTheItemContract() throws {
        let json = try DigestRenderer().render(Self.digest(Self.hostile), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["ringkasan", "perluTanggapan", "isuUtama", "tren", "kontraNarasi", "sebaranMedia"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let items = try #require(object["perluTanggapan"] as? [[String: Any]])
        #expect(items.count == 2)
        for key in ["id", "title", "outlet", "url", "label", "priority", "terms"] {
            #expect(items[0][key] != nil, "item missing \(key)")
        }
        #expect(items[0]["title"] as? String == "<script>alert(1)</script>")
        #expect((items[0]["priority"] as? Int ?? 0) >= (items[1]["priority"] as? Int ?? 0))
    }

    @Test func chatTextStaysWithin1500Characters() throws {
        let many = (1...80).map { n in
            Self.summary(Int64(n), String(repeating: "Berita panjang sekali tentang lapas ", count: 8) + "\(n)", .negative,
                         score: -0.8, url: "https://contoh.id/berita/\(n)/" + String(repeating: "x", count: 90), priority: 100 - n)
        }
        let text = try DigestRenderer().render(Self.digest(many), as: .txt)
        #expect(text.count <= 1500)
        #expect(text.contains("1. Berita panjang"))
        #expect(text.contains("…"))
        let short = try DigestRenderer().render(Self.digest(Self.hostile), as: .txt)
        #expect(short.contains("Perlu Tanggapan (2)"))
        #expect(!short.contains("javascript:"))
    }

    @Test func englishDigestUsesEnglishHeadings() throws {
        let md = try DigestRenderer().render(Self.digest(Self.hostile, language: "en"), as: .md)
        #expect(md.contains("## Needs a Response"))
        #expect(md.contains("Daily Media Monitoring Report"))
        #expect(!md.contains("## Perlu Tanggapan"))
    }

    @Test func officersTemplateOverridesTheBuiltInOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{% CONTENT_TYPE: MARKDOWN}}\nSATKER {{total}}{{#perluTanggapan}}\n- {{title}}{{/perluTanggapan}}\n"
            .write(to: dir.appendingPathComponent("digest.md.mustache"), atomically: true, encoding: .utf8)
        let renderer = try DigestRenderer(templatesDirectory: dir.path)
        let md = renderer.render(Self.digest(Self.hostile), as: .md)
        #expect(md.hasPrefix("SATKER 3"))
        #expect(md.contains("- \\<script\\>"))
        #expect(renderer.templateOrigins["digest.html"] == "bawaan")

        try "{{#broken}}".write(to: dir.appendingPathComponent("digest.html.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try DigestRenderer(templatesDirectory: dir.path) }
        do {
            _ = try DigestRenderer(templatesDirectory: dir.path)
        } catch {
            #expect(error.description.contains("digest.html.mustache"))
        }
    }

    @Test func installTemplatesNeverOverwritesAnOfficersCopy() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try DigestRenderer.installTemplates(into: dir.path)
        #expect(first.count == 2)
        try "mine".write(toFile: first[0], atomically: true, encoding: .utf8)
        #expect(try DigestRenderer.installTemplates(into: dir.path).isEmpty)
        #expect(try String(contentsOfFile: first[0], encoding: .utf8) == "mine")
    }

    @Test func themesFileErrorsNameTheLine() {
        #expect(throws: ReportError.self) { try CounterThemes.parse("keamanan\tissue\tkabur\nrusak baris\n", file: "themes.tsv") }
        do {
            _ = try CounterThemes.parse("keamanan\tissue\tkabur\nrusak baris\n", file: "themes.tsv")
        } catch {
            #expect(error.description.hasPrefix("themes.tsv:2:"))
        }
    }
}
