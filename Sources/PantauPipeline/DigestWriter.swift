import Foundation
import PantauCore
import PantauReport

/// Builds a digest from the archive and writes it under a reports folder as
/// `YYYY/YYYY-MM-DD.{html,md,json,txt}` (weekly and monthly reports end in `-7d` and
/// `-30d`, English ones in `.en`). Files are written to a temporary name and renamed, so
/// a reader never sees half a report.
public struct DigestWriter: Sendable {
    public let store: any Archive
    public let themes: CounterThemes
    public init(store: any Archive, themes: CounterThemes = CounterThemes()) {
        self.store = store
        self.themes = themes
    }

    /// The counter-narrative themes in a lexicon folder (`themes.tsv`); none when absent.
    public static func themes(inLexicons directory: String) throws(PipelineError) -> CounterThemes {
        let url = URL(fileURLWithPath: directory).appendingPathComponent("themes.tsv")
        guard FileManager.default.fileExists(atPath: url.path) else { return CounterThemes() }
        do {
            return try CounterThemes.load(from: url)
        } catch {
            throw PipelineError(error.description)
        }
    }

    /// The period of a digest: a Jakarta day (`date`), or the span `since` (`24h`, `7d`,
    /// `30d`) ending at `now`; without either, the last 24 hours.
    public static func period(date: String?, since: String?, now: Date = Date()) throws(PipelineError) -> Digest.Period {
        if let date {
            guard since == nil else { throw PipelineError("--date dan --since tidak bisa dipakai bersama") }
            guard let day = JakartaTime.dayInterval(date) else {
                throw PipelineError("tanggal '\(date)' tidak valid; pakai format YYYY-MM-DD")
            }
            return Digest.Period(start: day.start, end: day.end, kind: "day", day: date)
        }
        let kind = since ?? "24h"
        let hours: Double = switch kind {
        case "24h", "1d": 24
        case "7d": 7 * 24
        case "30d": 30 * 24
        default: throw PipelineError("--since '\(kind)' tidak dikenal; pakai 24h, 7d atau 30d")
        }
        return Digest.Period(start: now.addingTimeInterval(-hours * 3600), end: now, kind: kind == "1d" ? "24h" : kind,
                             day: JakartaTime.dayString(now.addingTimeInterval(-1)))
    }

    /// Gathers the period's articles and history from the archive and builds the digest.
    public func digest(period: Digest.Period, language: String = "id", generatedAt: Date = Date()) throws(PipelineError) -> Digest {
        do {
            let interval = DateInterval(start: period.start, end: period.end)
            let length = period.end.timeIntervalSince(period.start)
            // The officers' corrections win over the scorer (`ResponsePolicy.corrected`).
            let articles = try store.articles(firstSeenIn: interval).map(ResponsePolicy.corrected)
            // Trends cover the 30 Jakarta days that end with the period.
            let lastDay = JakartaTime.dayInterval(JakartaTime.dayString(period.end.addingTimeInterval(-1)))
                ?? DateInterval(start: period.end, duration: 86_400)
            let trendStart = lastDay.end.addingTimeInterval(-30 * 86_400)
            var days: [String: Digest.DayCount] = [:]
            for row in try store.dailyToneCounts(from: trendStart, to: lastDay.end) {
                var day = days[row.day] ?? Digest.DayCount(day: row.day)
                switch row.label {
                case .negative: day.negative += row.count
                case .neutral: day.neutral += row.count
                case .positive: day.positive += row.count
                }
                days[row.day] = day
            }
            let daily = (0..<30).map { i -> Digest.DayCount in
                let name = JakartaTime.dayString(trendStart.addingTimeInterval(Double(i) * 86_400 + 3600))
                return days[name] ?? Digest.DayCount(day: name)
            }
            let before = DateInterval(start: period.start.addingTimeInterval(-length), end: period.start)
            let week = DateInterval(start: period.start.addingTimeInterval(-7 * 86_400), end: period.start)
            let positives = try store.articles(firstSeenIn: DateInterval(start: period.end.addingTimeInterval(-30 * 86_400), end: period.end),
                                               label: .positive, limit: 400).map(ResponsePolicy.corrected)
            // Keywords of every relevant article (the main issues list their strongest,
            // negative stories are matched on them) and of the positive material.
            var ids = Set(positives.map(\.id))
            for a in articles where a.tone.relevant { ids.insert(a.id) }
            let input = DigestInput(
                period: period, articles: articles, daily: daily,
                previousTotal: try store.articleCount(firstSeenIn: before),
                previousSevenDays: try store.articleCount(firstSeenIn: week),
                positives: positives, keywords: try store.keywords(of: ids.sorted()),
                termCounts: try store.termCounts(firstSeenIn: interval),
                baselineTermCounts: try store.termCounts(firstSeenIn: week), themes: themes,
                urgency: ResponsePolicy.urgency)
            return DigestBuilder().build(input, language: language, generatedAt: generatedAt)
        } catch {
            throw PipelineError(error.message)
        }
    }

    /// Writes the digest in the given formats; returns the paths written. Templates come
    /// from `templatesDirectory` (default `REPORTS/templates`) where an officer put them.
    public func write(_ digest: Digest, to reportsDirectory: String, formats: [DigestRenderer.Format] = DigestRenderer.Format.allCases,
                      templatesDirectory: String? = nil) throws(PipelineError) -> [String] {
        try Self.render(digest, formats: formats, templatesDirectory: templatesDirectory
            ?? URL(fileURLWithPath: reportsDirectory).appendingPathComponent("templates").path).write(to: reportsDirectory)
    }

    /// The digest rendered in `formats`, with the templates an officer put in
    /// `templatesDirectory` (the built-in ones otherwise), ready to write.
    public static func render(_ digest: Digest, formats: [DigestRenderer.Format], templatesDirectory: String) throws(PipelineError) -> RenderedDigest {
        let renderer: DigestRenderer
        do {
            renderer = try DigestRenderer(templatesDirectory: templatesDirectory)
        } catch {
            throw PipelineError(error.description)
        }
        var base = digest.period.day
        if digest.period.kind == "7d" || digest.period.kind == "30d" { base += "-\(digest.period.kind)" }
        if digest.language == "en" { base += ".en" }
        let year = String(digest.period.day.prefix(4))
        let files = formats.map { format in
            RenderedDigest.File(format: format, path: "\(year)/\(base).\(format.rawValue)", contents: Data(renderer.render(digest, as: format).utf8))
        }
        return RenderedDigest(digest: digest, files: files)
    }
}

/// A digest and its files, rendered: what `Monitor.digest` returns for a front end to
/// write (`write(to:)`) or serve.
public struct RenderedDigest: Sendable {
    public struct File: Sendable {
        public var format: DigestRenderer.Format
        /// Relative to the reports folder: `YYYY/YYYY-MM-DD[-7d|-30d][.en].EXT`.
        public var path: String
        public var contents: Data
    }

    public var digest: Digest
    public var files: [File]

    /// Writes every file under `reportsDirectory` (each through a temporary file and a
    /// rename); returns the paths written.
    public func write(to reportsDirectory: String) throws(PipelineError) -> [String] {
        let root = URL(fileURLWithPath: reportsDirectory)
        var written: [String] = []
        for file in files {
            let target = root.appendingPathComponent(file.path)
            let directory = target.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw PipelineError("folder laporan \(directory.path) tidak bisa dibuat: \(error.localizedDescription)")
            }
            try AtomicFile.write(file.contents, to: target)
            written.append(target.path)
        }
        return written
    }
}

/// Writes a file through a temporary sibling and a rename.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(PipelineError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the target atomically: readers see the old or the new file.
            guard rename(temporary.path, url.path) == 0 else {
                throw PipelineError(String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PipelineError("\(url.path) tidak bisa ditulis: \(error.localizedDescription)")
        }
    }
}
