import Foundation
import GRDB
import PantauCore

/// What the web view's article page reads: one article in full, its story's copies and
/// the corrections and responses of both, in one read transaction with prepared
/// statements (the page is opened far more often than anything is written).
extension ArchiveStore {
    static let detailSQL = summarySQL.replacingOccurrences(
        of: "t.explanation", with: "t.explanation, t.label AS scorerLabel, a.text, a.summary, a.author, a.pageType, s.feedURL")
        + " WHERE a.id = ?"
    static let copiesSQL = summarySQL + " WHERE a.clusterID = ? AND a.id != ? ORDER BY COALESCE(a.published, a.firstSeen), a.id LIMIT 500"
    static let storyLabelsSQL = """
        SELECT id, articleID, clusterID, label AS value, note, NULL AS link, createdAt, NULL AS title, NULL AS url
        FROM label WHERE articleID = ? OR clusterID = ? ORDER BY createdAt, id
        """
    static let storyResponsesSQL = """
        SELECT id, articleID, clusterID, status AS value, note, link, createdAt, NULL AS title, NULL AS url
        FROM response WHERE articleID = ? OR clusterID = ? ORDER BY createdAt, id
        """

    public func articleStory(id: Int64) throws(ArchiveError) -> ArticleStory {
        try guarded {
            try pool.read { db in
                guard let row = try Row.fetchOne(db.cachedStatement(sql: Self.detailSQL), arguments: [id]) else {
                    throw ArchiveError(kind: .notFound, message: "artikel #\(id) tidak ada di arsip")
                }
                let summary = Self.summary(row)
                let cluster = summary.clusterID
                // A story's copies are few (hundreds at most); the cap keeps a page bounded.
                var list = [summary]
                if let cluster {
                    list += try Row.fetchAll(db.cachedStatement(sql: Self.copiesSQL), arguments: [cluster, id]).map(Self.summary)
                }
                // One grouped query gives the article and its copies their cluster facts.
                try Self.attachClusterFacts(&list, in: db)
                let text: String = row["text"]
                let feedSummary: String? = row["summary"]
                let detail = ArticleDetail(summary: list[0], text: text.isEmpty ? (feedSummary ?? "") : text, author: row["author"],
                                           pageType: row["pageType"], sourceFeedURL: row["feedURL"],
                                           scorerLabel: ToneLabel(rawValue: row["scorerLabel"]) ?? .neutral)
                // `clusterID = NULL` matches nothing, so a lone article reads its own rows only.
                let labels = try Row.fetchAll(db.cachedStatement(sql: Self.storyLabelsSQL), arguments: [id, cluster]).map(Self.history)
                let responses = try Row.fetchAll(db.cachedStatement(sql: Self.storyResponsesSQL), arguments: [id, cluster]).map(Self.history)
                return ArticleStory(detail: detail, copies: Array(list.dropFirst()), labels: labels, responses: responses)
            }
        }
    }
}
