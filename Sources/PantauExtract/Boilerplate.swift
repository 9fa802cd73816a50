import Foundation
import PantauXML

/// Signals of page furniture that is never article text.
enum Boilerplate {
    /// Elements dropped with everything inside them: never text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "button", "select", "textarea", "figcaption", "template",
        "object", "embed", "video", "audio", "canvas", "input", "label",
    ]

    /// Structural furniture: dropped like the above unless it holds a large share of the
    /// page's text (ASP.NET pages wrap the whole body in a <form>).
    static let furnitureTags: Set<String> = ["nav", "footer", "aside", "form", "header", "menu"]

    /// Class/id fragments of furniture: share bars, related lists, comments, ads, menus.
    static let negativeHints = [
        "comment", "komentar", "share", "social", "sosmed", "related", "terkait", "populer", "popular",
        "terpopuler", "trending", "sidebar", "footer", "menu", "navbar", "breadcrumb", "newsletter",
        "subscribe", "cookie", "consent", "banner", "advert", "ads-", "-ads", "iklan", "promo", "tag-",
        "tags", "baca-juga", "bacajuga", "read-also", "recommend", "rekomendasi", "widget", "sponsor",
        "modal", "popup", "author-box", "byline", "caption", "pagination", "paging", "topik",
    ]

    /// Class/id fragments of the article body.
    static let positiveHints = [
        "article", "artikel", "content", "konten", "post", "entry", "detail", "read", "story", "body",
        "berita", "news-text", "txt", "text",
    ]

    /// Whether lower-cased class and id (`forEachHintByte`) mark an element as furniture; `body`,
    /// `html` and `main` are exempted by the caller (`TagTable`).
    static func isFurniture(hint: [UInt8]) -> Bool {
        guard !hint.isEmpty else { return false }
        // Unambiguous furniture words decide alone; otherwise only a negative hint without a
        // positive one counts ("article-body" is not "body-ads").
        if strongBytes.occurs(in: hint) { return true }
        return negativeBytes.occurs(in: hint) && !positiveBytes.occurs(in: hint)
    }

    static let strongBytes = PatternSet(["comment", "komentar", "related", "terkait", "newsletter", "cookie", "consent",
                                         "breadcrumb", "share", "baca-juga", "bacajuga", "sidebar", "footer", "advert", "iklan"])
    static let negativeBytes = PatternSet(negativeHints)
    static let positiveBytes = PatternSet(positiveHints)

    /// Substring patterns bucketed by their first byte: a hint is scanned once, trying at
    /// each position only the patterns that start with its byte (instead of one scan per
    /// pattern, seventy per class name).
    struct PatternSet: Sendable {
        private let buckets: [[[UInt8]]]

        init(_ patterns: [String]) {
            var buckets = [[[UInt8]]](repeating: [], count: 256)
            for p in patterns where !p.isEmpty { buckets[Int(p.utf8.first!)].append(Array(p.utf8)) }
            self.buckets = buckets
        }

        /// Whether any pattern occurs in `hint`.
        func occurs(in hint: [UInt8]) -> Bool {
            let n = hint.count
            for i in 0..<n {
                for pattern in buckets[Int(hint[i])] where pattern.count <= n - i {
                    var k = 1
                    while k < pattern.count, hint[i + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return true }
                }
            }
            return false
        }
    }

    /// The bytes of a hint in order: class lower-cased, a space when both class and id
    /// are there and not empty, id lower-cased.
    @inline(__always)
    static func forEachHintByte(class classValue: UnsafeBufferPointer<UInt8>?, id idValue: UnsafeBufferPointer<UInt8>?,
                                _ body: (UInt8) -> Void) {
        let classBytes = classValue ?? UnsafeBufferPointer(start: nil, count: 0)
        let idBytes = idValue ?? UnsafeBufferPointer(start: nil, count: 0)
        for b in classBytes { body(b >= 65 && b <= 90 ? b | 0x20 : b) }
        if !classBytes.isEmpty, !idBytes.isEmpty { body(32) }
        for b in idBytes { body(b >= 65 && b <= 90 ? b | 0x20 : b) }
    }

    /// Byte substring search: no String bridging on this hot path (hints are short).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return n == 0 }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var k = 1
                while k < n, haystack[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    /// Weight of class/id hints (`forEachHintByte`) for a candidate container.
    static func classWeight(hint: [UInt8]) -> Double {
        guard !hint.isEmpty else { return 0 }
        var weight = 0.0
        if positiveBytes.occurs(in: hint) { weight += 25 }
        if negativeBytes.occurs(in: hint) { weight -= 25 }
        return weight
    }

    /// Lines that are inline furniture inside the body ("Baca juga: …", "ADVERTISEMENT").
    static func isFurnitureLine(_ line: String) -> Bool {
        // Every phrase below is ASCII and at most 32 bytes: when the line's first 32 bytes
        // are ASCII, they are all that needs lower-casing (most lines of an article).
        let head = line.utf8.prefix(32)
        if head.allSatisfy({ $0 < 0x80 }) {
            let lowerHead = String(decoding: head.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
            if line.utf8.count <= 32 { return isFurniture(lowerLine: lowerHead) }
            return furnitureLinePrefixes.contains { lowerHead.hasPrefix($0) }
        }
        return isFurniture(lowerLine: line.lowercased())
    }

    static let furnitureLinePrefixes = ["baca juga", "simak juga", "lihat juga", "tonton juga", "baca:", "advertisement",
                                        "scroll to continue", "scroll untuk", "artikel ini telah tayang", "dapatkan update",
                                        "ikuti berita", "klik di sini", "download aplikasi", "simak berita", "saksikan video",
                                        "baca berita", "berita terkait", "penulis:", "reporter:", "editor:", "pewarta:",
                                        "editor :", "penulis :", "reporter :", "sumber:", "foto:", "(foto:", "copyright"]

    private static func isFurniture(lowerLine lower: String) -> Bool {
        if furnitureLinePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower == "iklan" || lower == "advertisement" || lower == "ads" { return true }
        return false
    }
}
