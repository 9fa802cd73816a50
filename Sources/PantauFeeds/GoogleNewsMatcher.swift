import Foundation
import PantauCore

/// Finds, for a Google News item whose link no longer carries the publisher's URL (the
/// newer `news.google.com/rss/articles/…` ids are opaque), the same story in the outlet's
/// own feed or sitemap: by the item's `<source url>`, its title and its time.
///
/// - Site: the candidate's link is on the source's host or a subdomain of it
///   (`https://www.detik.com` → `news.detik.com`).
/// - Title: Google writes "Title - Outlet"; without that suffix, the titles must be the
///   same words (case, punctuation and spacing aside), or one a cut ("…") of the other,
///   or share at least 85% of their words.
/// - Time: within 36 hours of each other when both have one (zones written wrongly are
///   common); the closest wins among equal titles.
public enum GoogleNewsMatcher {
    public static let maximumDistance: TimeInterval = 36 * 3600

    /// The candidate that is the item's story, or nil.
    public static func match(_ item: FeedItem, among candidates: [FeedItem]) -> FeedItem? {
        guard let site = item.sourceURL.flatMap(host), let title = item.title else { return nil }
        let wanted = words(publisherTitle(title, source: item.sourceTitle))
        guard !wanted.isEmpty else { return nil }
        var best: (item: FeedItem, score: Double, distance: TimeInterval)?
        for candidate in candidates {
            guard let link = candidate.link, let h = host(link), h == site || h.hasSuffix("." + site),
                  let candidateTitle = candidate.title else { continue }
            let score = similarity(wanted, words(candidateTitle))
            guard score >= 0.85 else { continue }
            var distance: TimeInterval = 0
            if let a = item.published, let b = candidate.published {
                distance = abs(a.timeIntervalSince(b))
                guard distance <= maximumDistance else { continue }
            }
            if best == nil || score > best!.score || (score == best!.score && distance < best!.distance) {
                best = (candidate, score, distance)
            }
        }
        return best?.item
    }

    /// The title as the publisher wrote it: Google's " - Outlet" suffix removed.
    public static func publisherTitle(_ title: String, source: String?) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if let source, !source.isEmpty {
            for separator in [" - ", " – ", " | "] where trimmed.hasSuffix(separator + source) {
                return String(trimmed.dropLast(separator.count + source.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        return trimmed
    }

    /// The host without "www.", lower-cased.
    static func host(_ url: String) -> String? {
        guard let h = URLComponents(string: url)?.host?.lowercased(), !h.isEmpty else { return nil }
        return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
    }

    /// Lower-cased words of letters and digits; a trailing cut ("…", "...") is marked.
    static func words(_ text: String) -> [String] {
        var result = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if text.hasSuffix("…") || text.hasSuffix("..."), !result.isEmpty { result[result.count - 1] += "…" }
        return result
    }

    /// 1 for the same words; for a cut title, how much of its prefix matches; else the
    /// share of words in common (Jaccard).
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        if a == b { return 1 }
        for (short, long) in [(a, b), (b, a)] where short.last?.hasSuffix("…") == true {
            let head = Array(short.dropLast()) + [String(short.last!.dropLast())]
            guard head.count <= long.count else { continue }
            let prefix = Array(long.prefix(head.count))
            if Array(prefix.dropLast()) == Array(head.dropLast()), prefix.last?.hasPrefix(head.last ?? "") == true {
                return head.count >= 4 ? 0.95 : 0.8
            }
        }
        let x = Set(a), y = Set(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }
}
