import Foundation
import PantauCore
import PantauExtract
import PantauXML

/// Extraction of single pages, offline or fetched like the pipeline does.
extension Monitor {
    /// The article in a page file (`.gz` files are inflated); `url` resolves its relative links.
    public func extract(file path: String, url: String? = nil) throws(PipelineError) -> ExtractedArticle {
        let data = try Self.readPage(path)
        do {
            return try ArticleExtractor().extract(data, url: url)
        } catch {
            throw PipelineError("\(path): \(error.message)")
        }
    }

    /// The article at `url`, fetched like the pipeline does (following "next page" links).
    public func extract(url: String) async throws(PipelineError) -> ExtractedArticle {
        do {
            return try await ArticleFetcher(client: client).fetch(url).0
        } catch {
            throw PipelineError("\(url): \(error.message)")
        }
    }

    /// The article of every `*.html`, `*.html.gz` and `*.htm` file in `directory`, by file
    /// name before the first dot, in name order; nil where a page cannot be read as one.
    public func extractFolder(_ directory: String) throws(PipelineError) -> [(id: String, article: ExtractedArticle?)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw PipelineError("\(directory): folder tidak bisa dibaca")
        }
        var out: [(id: String, article: ExtractedArticle?)] = []
        for name in names.sorted() where name.hasSuffix(".html") || name.hasSuffix(".html.gz") || name.hasSuffix(".htm") {
            let id = name.components(separatedBy: ".").first ?? name
            let data = try Self.readPage((directory as NSString).appendingPathComponent(name))
            out.append((id, try? ArticleExtractor().extract(data)))
        }
        return out
    }

    /// Reads a page file; `.gz` files are inflated.
    static func readPage(_ path: String) throws(PipelineError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw PipelineError("\(path): berkas tidak bisa dibaca") }
        if path.hasSuffix(".gz") {
            guard let inflated = Gzip.inflate(data) else { throw PipelineError("\(path): bukan gzip yang valid") }
            return inflated
        }
        return data
    }
}
