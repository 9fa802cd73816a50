import Foundation
import PantauCore
import PantauExtract
import PantauFetch

/// Fetches an article page and, for articles split over pages ("Halaman 2",
/// "Selanjutnya", `?page=2`), the pages after it, joining their text.
public struct ArticleFetcher: Sendable {
    public let client: HTTPClient
    public var retry: RetryPolicy
    public var robots: RobotsPolicy?
    /// Most pages joined into one article.
    public var maxPages = 5

    public init(client: HTTPClient, retry: RetryPolicy = RetryPolicy(), robots: RobotsPolicy? = nil, maxPages: Int = 5) {
        self.client = client
        self.retry = retry
        self.robots = robots
        self.maxPages = maxPages
    }

    /// Why a page could not be used.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The article at `url`, with the text of its following pages appended.
    public func fetch(_ url: String) async throws(Failure) -> (ExtractedArticle, finalURL: String) {
        var (article, finalURL) = try await page(url)
        var visited: Set<String> = [url, finalURL]
        var seenParagraphs = Set(article.paragraphs)
        var next = article.nextPageURL
        var pages = 1
        while let nextURL = next, pages < maxPages, !visited.contains(nextURL) {
            visited.insert(nextURL)
            if let robots, await !robots.allows(nextURL) { break }
            guard let (more, _) = try? await page(nextURL), more.pageType == .article else { break }
            let fresh = more.paragraphs.filter { seenParagraphs.insert($0).inserted }
            if fresh.isEmpty { break }
            article.text += "\n\n" + fresh.joined(separator: "\n\n")
            next = more.nextPageURL
            pages += 1
        }
        article.nextPageURL = nil
        return (article, finalURL)
    }

    private func page(_ url: String) async throws(Failure) -> (ExtractedArticle, String) {
        let response: HTTPResponse
        do {
            response = try await client.fetch(HTTPRequest(url: url), retrying: retry)
        } catch {
            throw Failure(message: error.message)
        }
        guard (200..<300).contains(response.status) else { throw Failure(message: "HTTP \(response.status)") }
        if let type = response.mediaType, !type.contains("html"), !type.contains("xml"), !type.hasPrefix("text/") {
            throw Failure(message: "bukan halaman HTML (\(type))")
        }
        do {
            return (try ArticleExtractor().extract(response.body, url: response.url), response.url)
        } catch {
            throw Failure(message: error.message)
        }
    }
}
