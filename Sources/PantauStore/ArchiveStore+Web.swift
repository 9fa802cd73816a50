import Foundation
import GRDB
import PantauCore

/// What the web view's article page reads: one article in full, its story's copies and
/// its own corrections.
extension ArchiveStore {
    public func article(id: Int64) throws(ArchiveError) -> ArticleDetail {
        try guarded {
            try pool.read { db in
                let sql = Self.summarySQL.replacingOccurrences(
                    of: "t.explanation", with: "t.explanation, t.label AS scorerLabel, a.text, a.summary, a.author, a.pageType, s.feedURL")
                guard let row = try Row.fetchOne(db, sql: sql + " WHERE a.id = ?", arguments: [id]) else {
                    throw ArchiveError(kind: .notFound, message: "artikel #\(id) tidak ada di arsip")
                }
                var list = [Self.summary(row)]
                try Self.attachClusterFacts(&list, in: db)
                let text: String = row["text"]
                let summary: String? = row["summary"]
                return ArticleDetail(summary: list[0], text: text.isEmpty ? (summary ?? "") : text, author: row["author"],
                                     pageType: row["pageType"], sourceFeedURL: row["feedURL"],
                                     scorerLabel: ToneLabel(rawValue: row["scorerLabel"]) ?? .neutral)
            }
        }
    }

    public func clusterArticles(_ clusterID: Int64) throws(ArchiveError) -> [ArticleSummary] {
        try guarded {
            try pool.read { db in
                // A story's copies are few (hundreds at most); the cap keeps a page bounded.
                var list = try Row.fetchAll(db, sql: Self.summarySQL + """
                     WHERE a.clusterID = ? ORDER BY COALESCE(a.published, a.firstSeen), a.id LIMIT 500
                    """, arguments: [clusterID]).map(Self.summary)
                try Self.attachClusterFacts(&list, in: db)
                return list
            }
        }
    }

    public func labelHistory(_ subject: Subject) throws(ArchiveError) -> [HistoryEntry] {
        let (article, cluster): (Int64?, Int64?) = switch subject {
        case .article(let id): (id, nil)
        case .cluster(let id): (nil, id)
        }
        return try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT l.id, l.articleID, l.clusterID, l.label AS value, l.note, NULL AS link, l.createdAt, NULL AS title, NULL AS url
                    FROM label l WHERE l.articleID IS ? AND l.clusterID IS ? ORDER BY l.id
                    """, arguments: [article, cluster]).map(Self.history)
            }
        }
    }
}
