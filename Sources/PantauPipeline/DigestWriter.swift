import Foundation
import PantauCore
import PantauReport
import PantauStore

/// Builds the digest of one Jakarta day from the archive and writes it under a reports
/// folder as `YYYY/YYYY-MM-DD.html` and `.md`. Files are written to a temporary name and
/// renamed, so a reader never sees half a report.
public struct DigestWriter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, md
    }

    public let store: ArchiveStore
    public init(store: ArchiveStore) { self.store = store }

    /// Builds the digest model for `day` (`YYYY-MM-DD`).
    public func digest(day: String, generatedAt: Date = Date()) throws(PipelineError) -> Digest {
        guard let interval = JakartaTime.dayInterval(day) else {
            throw PipelineError("tanggal '\(day)' tidak valid; pakai format YYYY-MM-DD")
        }
        let articles: [ArticleSummary]
        do {
            articles = try store.articles(firstSeenIn: interval)
        } catch {
            throw PipelineError(error.message)
        }
        return DigestBuilder().build(day: day, articles: articles, generatedAt: generatedAt)
    }

    /// Writes the digest files; returns their paths.
    public func write(_ digest: Digest, to reportsDirectory: String, formats: [Format] = Format.allCases) throws(PipelineError) -> [String] {
        let year = String(digest.day.prefix(4))
        let directory = URL(fileURLWithPath: reportsDirectory).appendingPathComponent(year)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError("folder laporan \(directory.path) tidak bisa dibuat: \(error.localizedDescription)")
        }
        var written: [String] = []
        for format in formats {
            let text: String
            switch format {
            case .html: text = HTMLDigestRenderer().render(digest)
            case .md: text = MarkdownDigestRenderer().render(digest)
            }
            let target = directory.appendingPathComponent("\(digest.day).\(format.rawValue)")
            try AtomicFile.write(Data(text.utf8), to: target)
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
