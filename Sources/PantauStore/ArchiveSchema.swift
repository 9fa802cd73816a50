import GRDB
import PantauCore

/// The database schema as GRDB migrations. Never edit a migration that has shipped:
/// add a new one.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "source") { t in
                t.autoIncrementedPrimaryKey("id")
                // The OPML `xmlUrl`: the stable key of a source.
                t.column("feedURL", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("siteURL", .text)
                t.column("category", .text).notNull().defaults(to: "nasional")
                t.column("tier", .integer).notNull().defaults(to: 2)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("lastFetchedAt", .datetime)
                t.column("lastSuccessAt", .datetime)
                t.column("lastError", .text)
                t.column("consecutiveFailures", .integer).notNull().defaults(to: 0)
                t.column("itemsSeen", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("url", .text).notNull().unique()
                t.column("sourceID", .integer).notNull().indexed().references("source", onDelete: .cascade)
                t.column("guid", .text)
                t.column("title", .text).notNull()
                t.column("text", .text).notNull()
                t.column("summary", .text)
                t.column("author", .text)
                t.column("published", .datetime)
                t.column("publishedSource", .text)
                t.column("firstSeen", .datetime).notNull().indexed()
                t.column("contentHash", .text).notNull().indexed()
            }
            try db.create(table: "tone") { t in
                t.primaryKey("articleID", .integer).references("article", onDelete: .cascade)
                t.column("label", .text).notNull().indexed()
                t.column("score", .double).notNull()
                t.column("relevant", .boolean).notNull()
                t.column("explanation", .jsonText).notNull()
                t.column("lexiconVersion", .text).notNull()
                t.column("scoredAt", .datetime).notNull()
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("sourcesOK", .integer).notNull().defaults(to: 0)
                t.column("sourcesFailed", .integer).notNull().defaults(to: 0)
                t.column("articlesNew", .integer).notNull().defaults(to: 0)
                t.column("errors", .jsonText)
            }
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("text")
            }
        }
        migrator.registerMigration("v2-source-url-override") { db in
            // After a permanent redirect the feed is fetched from here; the OPML's xmlUrl
            // stays the source's key.
            try db.alter(table: "source") { t in
                t.add(column: "currentURL", .text)
                t.add(column: "lastStatus", .integer)
            }
        }
        migrator.registerMigration("v3-page-metadata") { db in
            try db.alter(table: "article") { t in
                t.add(column: "pageType", .text).notNull().defaults(to: "article")
                t.add(column: "language", .text)
                t.add(column: "imageURL", .text)
                t.add(column: "modified", .datetime)
            }
        }
        migrator.registerMigration("v4-indonesian-index") { db in
            // The index moves to Pantau's tokenizer (roots: "kerusuhan" → "rusuh").
            try db.drop(table: "article_fts")
            try db.dropFTS5SynchronizationTriggers(forTable: "article_fts")
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = IndonesianTokenizer.tokenizerDescriptor()
                t.column("title")
                t.column("text")
            }
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('stemmer', ?)", arguments: [Stemmer.rootVersion])
        }
        migrator.registerMigration("v5-clusters-labels-responses") { db in
            // A story cluster: the same story rewritten by several outlets.
            try db.create(table: "cluster") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("createdAt", .datetime).notNull()
            }
            try db.alter(table: "article") { t in
                t.add(column: "clusterID", .integer).references("cluster", onDelete: .setNull)
            }
            try db.create(index: "article_cluster", on: "article", columns: ["clusterID"])
            // The keywords that identify each article's story, and how common each is.
            try db.create(table: "article_term") { t in
                t.column("articleID", .integer).notNull().references("article", onDelete: .cascade)
                t.column("term", .text).notNull()
                t.column("weight", .double).notNull()
                t.primaryKey(["articleID", "term"])
            }
            try db.create(index: "article_term_term", on: "article_term", columns: ["term"])
            try db.create(table: "term_df") { t in
                t.primaryKey("term", .text)
                t.column("df", .integer).notNull()
            }
            // An officer's judgement of an article or a whole cluster; the latest counts.
            try db.create(table: "label") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleID", .integer).references("article", onDelete: .cascade)
                t.column("clusterID", .integer).references("cluster", onDelete: .cascade)
                t.column("label", .text).notNull()
                t.column("note", .text)
                t.column("createdAt", .datetime).notNull()
            }
            // Response tracking, with history: every status change is a row.
            try db.create(table: "response") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleID", .integer).references("article", onDelete: .cascade)
                t.column("clusterID", .integer).references("cluster", onDelete: .cascade)
                t.column("status", .text).notNull()
                t.column("note", .text)
                t.column("link", .text)
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v6-alerts") { db in
            // Every alert attempt on every channel. `key` names what the alert is about
            // (`cluster:42`, `spike:Lapas Serang:2026-11-29`); a key is sent at most once
            // per channel, which the partial unique index enforces.
            try db.create(table: "alert") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("clusterID", .integer).references("cluster", onDelete: .setNull)
                t.column("articleID", .integer).references("article", onDelete: .setNull)
                t.column("priority", .integer).notNull().defaults(to: 0)
                t.column("status", .text).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("error", .text)
                t.column("message", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.execute(sql: "CREATE UNIQUE INDEX alert_sent_once ON alert(key, channel) WHERE status = 'sent'")
            try db.create(index: "alert_key", on: "alert", columns: ["key", "channel"])
        }
        migrator.registerMigration("v7-term-recency-index") { db in
            // Clustering looks up a term's recent articles: (term, articleID) lets it read
            // only ids after the window's start.
            try db.execute(sql: "DROP INDEX IF EXISTS article_term_term")
            try db.create(index: "article_term_term_article", on: "article_term", columns: ["term", "articleID"])
        }
        migrator.registerMigration("v8-index-only-text-updates") { db in
            // GRDB's synchronisation trigger re-indexed an article on any UPDATE (twice:
            // delete, then insert); only a change of the indexed columns needs it.
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS "__article_fts_au";
                CREATE TRIGGER "__article_fts_au" AFTER UPDATE OF title, text ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES('delete', old.id, old.title, old.text);
                    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                """)
        }
        migrator.registerMigration("v9-keyword-rows") { db in
            // One row of keywords per article (see `KeywordRow`) instead of a row per term.
            try db.create(table: "article_keyword") { t in
                t.primaryKey("articleID", .integer).references("article", onDelete: .cascade)
                t.column("terms", .text).notNull()
            }
            // Line order does not matter: `KeywordRow.decode` sorts by weight.
            try db.execute(sql: """
                INSERT INTO article_keyword (articleID, terms)
                SELECT articleID, group_concat(term || char(9) || weight, char(10)) FROM article_term GROUP BY articleID
                """)
            try db.drop(table: "article_term")
        }
        migrator.registerMigration("v10-batched-index-inserts") { db in
            // New articles enter the full-text index in one statement per stored batch
            // (`ArchiveStore.insert`), not through a trigger per row: FTS5 writes its
            // pending terms out at every statement savepoint, so the trigger made one
            // index segment per article and kept the index merging.
            try db.execute(sql: #"DROP TRIGGER IF EXISTS "__article_fts_ai""#)
        }
        migrator.registerMigration("v11-exact-copies-in-memory") { db in
            // Exact copies are found among the recent articles the writer keeps in memory
            // (`ClusterMemory`); the index was a random b-tree insert for every article.
            try db.execute(sql: "DROP INDEX IF EXISTS article_on_contentHash")
        }
        migrator.registerMigration("v13-extraction-record") { db in
            // How the text was found (`ExtractedArticle.Method`) and how sure the extractor
            // was; whether the tone was scored on the feed's title and summary because the
            // page's text stayed doubtful. Older rows: unknown method and confidence.
            try db.alter(table: "article") { t in
                t.add(column: "extractionMethod", .text)
                t.add(column: "extractionConfidence", .double)
                t.add(column: "toneFromFeed", .boolean).notNull().defaults(to: false)
            }
        }
        return migrator
    }
}
