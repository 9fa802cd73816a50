import Foundation
import PantauCore

/// The items the outlets' own feeds and sitemaps gave in this run, for matching Google News
/// items whose links no longer name the publisher (`GoogleNewsMatcher`). Filled while the
/// outlets' sources run, read by the search sources that run after them.
final class PublisherItems: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [FeedItem] = []

    func add(_ more: [FeedItem]) {
        lock.lock()
        items += more.filter { $0.link != nil && $0.title != nil }
        lock.unlock()
    }

    var all: [FeedItem] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
