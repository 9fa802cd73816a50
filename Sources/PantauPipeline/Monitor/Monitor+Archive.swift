import Foundation
import PantauCore
import PantauReport

/// The archive's use cases: digest, search, curation, upkeep.
extension Monitor {
    // MARK: Digest

    /// The digest of a Jakarta day (`date`), or of `since` (`24h`, `7d`, `30d`) up to now,
    /// rendered in `formats` with the templates in `REPORTS/templates` when an officer put
    /// them there; write it with `RenderedDigest.write(to:)`.
    public func digest(date: String?, since: String?, language: String = "id",
                       formats: [DigestRenderer.Format] = DigestRenderer.Format.allCases,
                       reportsDirectory: String? = nil) throws(PipelineError) -> RenderedDigest {
        let reports = reportsDirectory ?? configuration.reportsPath
        let writer = DigestWriter(store: try archive(create: false),
                                  themes: try DigestWriter.themes(inLexicons: configuration.lexiconsPath))
        let current = now()
        let period = try DigestWriter.period(date: date, since: since, now: current)
        let digest = try writer.digest(period: period, language: language, generatedAt: current)
        return try DigestWriter.render(digest, formats: formats,
                                       templatesDirectory: URL(fileURLWithPath: reports).appendingPathComponent("templates").path)
    }

    /// Copies the built-in templates to `REPORTS/templates` for an officer to edit; returns
    /// the files written (none when they are there already).
    public func installTemplates(reportsDirectory: String? = nil) throws(PipelineError) -> [String] {
        let reports = reportsDirectory ?? configuration.reportsPath
        do {
            return try DigestRenderer.installTemplates(into: URL(fileURLWithPath: reports).appendingPathComponent("templates").path)
        } catch {
            throw PipelineError(error.description)
        }
    }

    // MARK: Search

    /// Articles matching `query` (Pantau's query language; a malformed one is a usage
    /// error), best first, one per story unless `allCopies`.
    public func search(_ query: String, options: SearchOptions, allCopies: Bool = false) throws(PipelineError) -> [SearchHit] {
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(query) } catch { throw PipelineError(error.description, kind: .usage) }
        var hits = try archived { archive throws(ArchiveError) in try archive.search(parsed, options: options) }
        if !allCopies {
            // One hit per story: the best-ranked copy stands for its cluster.
            var seen = Set<Int64>()
            hits = hits.filter { hit in hit.article.clusterID.map { seen.insert($0).inserted } ?? true }
        }
        return hits
    }

    // MARK: Curation

    /// Records an officer's correction of the tone of an article or a story cluster.
    public func label(_ subject: Subject, as label: String, note: String?) throws(PipelineError) {
        try archived { archive throws(ArchiveError) in try archive.addLabel(label, to: subject, note: note, at: now()) }
    }

    /// Every correction, oldest first.
    public func labelHistory() throws(PipelineError) -> [HistoryEntry] {
        try archived { archive throws(ArchiveError) in try archive.labelHistory() }
    }

    /// Records a response status (with an optional note and link) and returns the history.
    public func respond(_ subject: Subject, status: String?, note: String?, link: String?) throws(PipelineError) -> [HistoryEntry] {
        try archived { archive throws(ArchiveError) in
            if let status { try archive.addResponse(status, to: subject, note: note, link: link, at: now()) }
            return try archive.responseHistory(subject)
        }
    }

    /// Scores again every article whose tone came from another lexicon version (the
    /// officers' corrections still win); returns how many and the version.
    public func rescore() throws(PipelineError) -> (count: Int, lexiconVersion: String) {
        let analyzer = try analyzer()
        let version = analyzer.lexicon.version
        return try archived { archive throws(ArchiveError) in
            var total = 0
            while true {
                let batch = try archive.articlesToRescore(lexiconVersion: version, limit: 500)
                if batch.isEmpty { break }
                let results = batch.map { a -> (id: Int64, tone: ToneResult) in
                    var tone = analyzer.analyze(title: a.title, text: a.text)
                    if a.category == "resmi" { tone.needsResponse = false; tone.priority = 0 }
                    return (a.id, tone)
                }
                try archive.updateTone(results, lexiconVersion: version, at: now())
                total += batch.count
            }
            return (total, version)
        }
    }

    // MARK: Upkeep

    /// Runs, failing sources and size of the archive.
    public func status() throws(PipelineError) -> ArchiveStatus {
        try archived { archive throws(ArchiveError) in try archive.status(lastRuns: 5) }
    }

    /// Deletes articles first seen more than `days` days ago; returns how many.
    public func prune(olderThanDays days: Int) throws(PipelineError) -> Int {
        try archived { archive throws(ArchiveError) in try archive.prune(before: now().addingTimeInterval(-Double(days) * 86400)) }
    }

    /// Rebuilds the search index with this Pantau's stemmer; returns the articles indexed.
    public func reindex() throws(PipelineError) -> Int {
        try archived { archive throws(ArchiveError) in try archive.rebuildIndex() }
    }

    /// A consistent copy of the archive at `file` (never the archive itself), while runs go
    /// on; returns the size written and the articles in it.
    public func backup(to file: String) throws(PipelineError) -> (bytes: Int, articles: Int) {
        let database = URL(fileURLWithPath: configuration.databasePath).standardizedFileURL.path
        guard configuration.databaseIsServer || URL(fileURLWithPath: file).standardizedFileURL.path != database else {
            throw PipelineError("FILE sama dengan basis data \(database); pilih berkas lain")
        }
        return try archived { archive throws(ArchiveError) in
            try archive.backup(to: file)
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            return (size, try archive.articleCount())
        }
    }

    /// The archive of the database setting, created when missing (the demo checks it is
    /// empty; a front end reads it).
    public func openArchive() throws(PipelineError) -> any Archive { try archive(create: true) }

    /// Runs `body` on the existing archive, its errors as pipeline errors.
    func archived<T>(_ body: (any Archive) throws(ArchiveError) -> T) throws(PipelineError) -> T {
        let archive = try archive(create: false)
        do { return try body(archive) } catch { throw PipelineError(error) }
    }
}
