import PantauCore

/// The PostgreSQL schema as numbered migrations, applied in order inside one transaction
/// each under an advisory lock (several workers may start at once). Never edit a migration
/// that has shipped: add a new one. Names are SQLite's in snake case, so `archive copy`
/// maps one table onto the other column by column.
enum PostgresSchema {
    /// `pg_advisory_xact_lock` key of the migrations ("pantau" in ASCII, truncated).
    static let migrationLock: Int64 = 0x70616E746175_00
    /// `pg_advisory_xact_lock` key of story clustering: one writer decides at a time.
    static let clusterLock: Int64 = 0x70616E746175_01

    struct Migration {
        var id: String
        var statements: [String]
    }

    static let migrations: [Migration] = [
        Migration(id: "v1", statements: [
            """
            CREATE TABLE source (
                id bigserial PRIMARY KEY,
                feed_url text NOT NULL UNIQUE,
                title text NOT NULL,
                site_url text,
                category text NOT NULL DEFAULT 'nasional',
                tier integer NOT NULL DEFAULT 2,
                etag text,
                last_modified text,
                last_fetched_at timestamptz,
                last_success_at timestamptz,
                last_error text,
                consecutive_failures integer NOT NULL DEFAULT 0,
                items_seen bigint NOT NULL DEFAULT 0,
                current_url text,
                last_status integer
            )
            """,
            "CREATE TABLE cluster (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL)",
            // `search`: the tokens of Pantau's stemmer (`IndexTokens`), title at weight A,
            // text at D, in the `simple` configuration (no second stemming). The token
            // counts of both columns feed relevance ranking.
            """
            CREATE TABLE article (
                id bigserial PRIMARY KEY,
                url text NOT NULL UNIQUE,
                source_id bigint NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                guid text,
                title text NOT NULL,
                text text NOT NULL,
                summary text,
                author text,
                published timestamptz,
                published_source text,
                first_seen timestamptz NOT NULL,
                content_hash text NOT NULL,
                page_type text NOT NULL DEFAULT 'article',
                language text,
                image_url text,
                modified timestamptz,
                cluster_id bigint REFERENCES cluster(id) ON DELETE SET NULL,
                title_tokens integer NOT NULL DEFAULT 0,
                text_tokens integer NOT NULL DEFAULT 0,
                search tsvector NOT NULL DEFAULT ''::tsvector
            )
            """,
            "CREATE INDEX article_source ON article(source_id)",
            "CREATE INDEX article_first_seen ON article(first_seen, id)",
            "CREATE INDEX article_cluster ON article(cluster_id)",
            "CREATE INDEX article_search ON article USING gin(search)",
            """
            CREATE TABLE tone (
                article_id bigint PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                label text NOT NULL,
                score double precision NOT NULL,
                relevant boolean NOT NULL,
                explanation text NOT NULL,
                lexicon_version text NOT NULL,
                scored_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX tone_label ON tone(label)",
            """
            CREATE TABLE run (
                id bigserial PRIMARY KEY,
                started_at timestamptz NOT NULL,
                finished_at timestamptz,
                sources_ok integer NOT NULL DEFAULT 0,
                sources_failed integer NOT NULL DEFAULT 0,
                articles_new integer NOT NULL DEFAULT 0,
                errors text
            )
            """,
            "CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)",
            "CREATE TABLE article_keyword (article_id bigint PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE, terms text NOT NULL)",
            "CREATE TABLE term_df (term text PRIMARY KEY, df bigint NOT NULL)",
            """
            CREATE TABLE label (
                id bigserial PRIMARY KEY,
                article_id bigint REFERENCES article(id) ON DELETE CASCADE,
                cluster_id bigint REFERENCES cluster(id) ON DELETE CASCADE,
                label text NOT NULL,
                note text,
                created_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX label_article ON label(article_id)",
            "CREATE INDEX label_cluster ON label(cluster_id)",
            """
            CREATE TABLE response (
                id bigserial PRIMARY KEY,
                article_id bigint REFERENCES article(id) ON DELETE CASCADE,
                cluster_id bigint REFERENCES cluster(id) ON DELETE CASCADE,
                status text NOT NULL,
                note text,
                link text,
                created_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX response_article ON response(article_id)",
            "CREATE INDEX response_cluster ON response(cluster_id)",
            // A key is sent at most once per channel: the partial unique index is the
            // guarantee against duplicate alerts, also between workers.
            """
            CREATE TABLE alert (
                id bigserial PRIMARY KEY,
                key text NOT NULL,
                channel text NOT NULL,
                kind text NOT NULL,
                cluster_id bigint REFERENCES cluster(id) ON DELETE SET NULL,
                article_id bigint REFERENCES article(id) ON DELETE SET NULL,
                priority integer NOT NULL DEFAULT 0,
                status text NOT NULL,
                attempts integer NOT NULL DEFAULT 0,
                error text,
                message text NOT NULL,
                created_at timestamptz NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX alert_sent_once ON alert(key, channel) WHERE status = 'sent'",
            "CREATE INDEX alert_key ON alert(key, channel)",
            "INSERT INTO meta (key, value) VALUES ('stemmer', '\(Stemmer.rootVersion.replacingOccurrences(of: "'", with: "''"))')",
        ]),
        Migration(id: "v2-writer-epoch", statements: [
            // Bumped by every transaction that changes what clustering remembers (inserts,
            // prunes), under the cluster lock: a writer whose memory saw the current epoch
            // needs no reload, whichever machine wrote last.
            "INSERT INTO meta (key, value) VALUES ('writer_epoch', '0') ON CONFLICT (key) DO NOTHING",
        ]),
        Migration(id: "v3-source-leases", statements: [
            // Several workers share the sources (`SourceLeasing`): who holds a source, until
            // when, and when it was last claimed (the round it belongs to).
            "ALTER TABLE source ADD COLUMN lease_owner text",
            "ALTER TABLE source ADD COLUMN leased_until timestamptz",
            "ALTER TABLE source ADD COLUMN claimed_at timestamptz",
        ]),
    ]
}
