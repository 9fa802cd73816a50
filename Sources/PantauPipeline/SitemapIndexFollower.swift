import Foundation
import PantauCore
import PantauFeeds
import PantauFetch

/// Follows a sitemap index one level: its newest sitemaps (by `lastmod`, document order
/// among equals), at most `limit`, never the index itself or a sitemap twice, and never a
/// further index. Their URLs together are the source's items.
struct SitemapIndexFollower {
    var client: HTTPClient
    var retry: RetryPolicy
    var limit: Int

    struct Result {
        var feed: Feed
        var warnings: [String]
    }

    func follow(_ index: Feed, indexURLs: Set<String>) async throws(PipelineError) -> Result {
        var seen = indexURLs
        let candidates = index.items.enumerated()
            .filter { $0.element.link != nil }
            .sorted { a, b in
                let x = a.element.published ?? .distantPast, y = b.element.published ?? .distantPast
                return x != y ? x > y : a.offset < b.offset
            }
            .compactMap { $0.element.link }
        var items: [FeedItem] = []
        var warnings: [String] = []
        var read = 0
        for url in candidates where read < limit {
            guard seen.insert(url).inserted else { continue }
            read += 1
            do {
                let response = try await client.fetch(HTTPRequest(url: url), retrying: retry)
                guard (200..<300).contains(response.status) else {
                    warnings.append("sitemap \(url): HTTP \(response.status)")
                    continue
                }
                let feed = try FeedParser().parse(response.body, url: response.url,
                                                  headers: ["content-type": response.header("content-type") ?? ""].filter { !$0.value.isEmpty })
                guard feed.format == .sitemap else {
                    warnings.append("sitemap \(url): bukan sitemap URL (indeks hanya diikuti satu tingkat)")
                    continue
                }
                items += feed.items
            } catch let error as FetchError {
                warnings.append("sitemap \(url): \(error.message)")
            } catch let error as FeedError {
                warnings.append("sitemap \(url): \(error.message)")
            } catch {
                warnings.append("sitemap \(url): \(error)")
            }
        }
        guard read > 0, !(items.isEmpty && !warnings.isEmpty) else {
            throw PipelineError(read == 0 ? "indeks sitemap tanpa sitemap untuk diikuti"
                                          : "tidak ada sitemap dalam indeks yang bisa dibaca (\(warnings.first ?? ""))")
        }
        var feed = Feed(format: .sitemap, title: index.title, link: index.link, items: items)
        feed.problem = index.problem
        return Result(feed: feed, warnings: warnings)
    }
}
