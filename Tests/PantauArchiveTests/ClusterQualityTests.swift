import Foundation
import PantauCore
import Testing

/// Story clustering measured on labelled rewrites and non-copies written for the project
/// (Fixtures/clusters): pairwise precision and recall over all article pairs.
@Suite struct ClusterQualityTests {
    struct Item: Decodable {
        var id: String
        var outlet: String
        var published: String
        var title: String
        var text: String
    }

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/clusters"))
        return try Data(contentsOf: url)
    }

    /// Pairwise precision and recall of `predicted` against `gold` (both id → group).
    static func pairwise(_ predicted: [String: String], _ gold: [String: String]) -> (precision: Double, recall: Double) {
        let ids = gold.keys.sorted()
        var tp = 0, fp = 0, fn = 0
        for i in 0..<ids.count {
            for j in (i + 1)..<ids.count {
                let same = gold[ids[i]] == gold[ids[j]]
                let together = predicted[ids[i]] != nil && predicted[ids[i]] == predicted[ids[j]]
                if same && together { tp += 1 } else if together { fp += 1 } else if same { fn += 1 }
            }
        }
        return (Double(tp) / Double(max(1, tp + fp)), Double(tp) / Double(max(1, tp + fn)))
    }

    @Test(arguments: Backend.allCases) func copiesAreGroupedAndDifferentStoriesKeptApart(_ backend: Backend) throws {
        let lines = String(decoding: try Self.fixture("articles.jsonl"), as: UTF8.self).split(separator: "\n")
        let items = try lines.map { try JSONDecoder().decode(Item.self, from: Data($0.utf8)) }
            .sorted { (DateParser.parse($0.published) ?? .distantPast) < (DateParser.parse($1.published) ?? .distantPast) }
        var gold: [String: String] = [:]
        for row in String(decoding: try Self.fixture("labels.tsv"), as: UTF8.self).split(separator: "\n").dropFirst() {
            let f = row.split(separator: "\t").map(String.init)
            if f.count >= 2 { gold[f[0]] = f[1] }
        }
        #expect(items.count >= 50)
        let store = try backend.make()
        var sources: [String: Int64] = [:]
        for item in items {
            if sources[item.outlet] == nil {
                sources[item.outlet] = try store.register(Source(feedURL: "https://\(item.outlet.lowercased().filter(\.isLetter)).id/rss", title: item.outlet)).id
            }
            let published = DateParser.parse(item.published)
            let article = ExtractedArticle(title: item.title, text: item.text, published: published)
            try store.insert([NewArticle(url: "https://contoh.id/\(item.id)", sourceID: sources[item.outlet]!, guid: nil,
                                                      article: article, summary: nil,
                                                      tone: ToneResult(label: .neutral, score: 0, relevant: true), lexiconVersion: "uji")],
                             seenAt: published ?? Date())
        }
        var predicted: [String: String] = [:]
        let all = try store.articles(firstSeenIn: DateInterval(start: .distantPast, end: .distantFuture))
        for a in all { predicted[String(a.url.split(separator: "/").last!)] = a.clusterID.map(String.init) }
        let (precision, recall) = Self.pairwise(predicted, gold)
        print("cluster quality (\(backend.rawValue)): precision \(String(format: "%.3f", precision)) recall \(String(format: "%.3f", recall)) over \(items.count) articles")
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.95, "recall \(recall)")
    }
}
