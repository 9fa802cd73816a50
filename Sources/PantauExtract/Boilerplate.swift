import Foundation
import PantauCore
import PantauXML

/// How an element's tag or class/id marks it as furniture.
enum FurnitureMark: UInt8, Sendable {
    case none
    /// A weak hint (`Boilerplate.weakHints`): furniture only when mostly links.
    case weak
    /// A hint of short furniture (`Boilerplate.shortHints`): furniture only when short.
    case short
    /// A furniture tag or hint: left out unless it holds a large share of the page's text.
    case marked
}

/// Signals of page furniture that is never article text.
enum Boilerplate {
    /// Elements dropped with everything inside them: never text. (`button` and `label` are
    /// dropped too unless they hold block content: `TagKind.control`.)
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "select", "textarea", "figcaption", "template",
        "object", "embed", "video", "audio", "canvas", "input",
    ]

    /// Structural furniture: dropped like the above unless it holds a large share of the
    /// page's text (ASP.NET pages wrap the whole body in a <form>).
    static let furnitureTags: Set<String> = ["nav", "footer", "aside", "form", "header", "menu"]

    /// Class/id fragments of furniture: share bars, related lists, comments, ads, menus.
    static let negativeHints = [
        "comment", "komentar", "share", "social", "sosmed", "related", "terkait", "populer", "popular",
        "terpopuler", "trending", "sidebar", "footer", "menu", "navbar", "breadcrumb", "newsletter",
        "subscribe", "cookie", "consent", "banner", "advert", "ads-", "-ads", "iklan", "promo", "tag-",
        "tags", "baca-juga", "bacajuga", "read-also", "recommend", "rekomendasi", "sponsor",
        "modal", "popup", "cta-", "-cta", "author-box", "byline", "pagination", "paging", "topik",
    ]

    /// Class/id fragments that name furniture in some templates and every block in others:
    /// WordPress themes call sidebar boxes widgets, page builders (Elementor, HubSpot) call
    /// every text block one. They mark furniture only when the element is mostly links.
    static let weakHints = ["widget"]

    /// Class/id fragments of furniture that is short: an image's caption is a line, but a
    /// photo page's slides carry their story in "caption" blocks.
    static let shortHints = ["caption"]

    /// Class/id fragments of the article body.
    static let positiveHints = [
        "article", "artikel", "content", "konten", "post", "entry", "detail", "read", "story", "body",
        "berita", "news-text", "txt", "text",
    ]

    /// Unambiguous furniture words: they decide alone.
    static let strongHints = ["comment", "komentar", "related", "terkait", "newsletter", "cookie", "consent",
                              "breadcrumb", "share", "baca-juga", "bacajuga", "sidebar", "footer", "advert", "iklan"]

    /// Whether lower-cased class and id (`forEachHintByte`) mark an element as furniture, and
    /// their weight for a candidate container; `body`, `html` and `main` are exempted from
    /// furniture by the caller (`TagTable`).
    static func verdict(hint: [UInt8]) -> (furniture: FurnitureMark, weight: Double) {
        guard !hint.isEmpty else { return (.none, 0) }
        let found = hintPatterns.matches(in: hint)
        let strong = found & HintPatterns.strong != 0
        let negative = found & HintPatterns.negative != 0
        let weak = found & HintPatterns.weak != 0
        let short = found & HintPatterns.short != 0
        let positive = found & HintPatterns.positive != 0
        // Otherwise only a negative hint without a positive one counts ("article-body" is
        // not "body-ads").
        let mark: FurnitureMark = strong || (negative && !positive) ? .marked
            : short && !positive ? .short : weak && !positive ? .weak : .none
        return (mark, (positive ? 25 : 0) - (negative || weak || short ? 25 : 0))
    }

    static let hintPatterns = HintPatterns(strong: strongHints, negative: negativeHints, weak: weakHints,
                                           short: shortHints, positive: positiveHints)

    /// The hint words in one table, bucketed by first byte: a hint is scanned once for all
    /// three lists, trying at each position only the words that start with its byte.
    struct HintPatterns: Sendable {
        static let strong: UInt8 = 1, negative: UInt8 = 2, positive: UInt8 = 4, weak: UInt8 = 8, short: UInt8 = 16

        private struct Entry {
            var start: Int
            var count: Int
            /// The lists the word is in.
            var lists: UInt8
        }

        private let bytes: [UInt8]
        /// Entries sorted by first byte; those starting with byte b are
        /// `entries[bucketStart[b]..<bucketStart[b + 1]]`.
        private let entries: [Entry]
        private let bucketStart: [Int]

        init(strong: [String], negative: [String], weak: [String], short: [String], positive: [String]) {
            var lists: [String: UInt8] = [:]
            for (words, list) in [(strong, Self.strong), (negative, Self.negative), (weak, Self.weak), (short, Self.short),
                                  (positive, Self.positive)] {
                for w in words where !w.isEmpty { lists[w, default: 0] |= list }
            }
            var bytes: [UInt8] = []
            var entries: [Entry] = []
            for (word, list) in lists.sorted(by: { ($0.key.utf8.first!, $0.key) < ($1.key.utf8.first!, $1.key) }) {
                entries.append(Entry(start: bytes.count, count: word.utf8.count, lists: list))
                bytes += Array(word.utf8)
            }
            var bucketStart = [Int](repeating: entries.count, count: 257)
            for (i, e) in entries.enumerated().reversed() { bucketStart[Int(bytes[e.start])] = i }
            for b in stride(from: 255, through: 0, by: -1) where bucketStart[b] > bucketStart[b + 1] { bucketStart[b] = bucketStart[b + 1] }
            self.bytes = bytes
            self.entries = entries
            self.bucketStart = bucketStart
        }

        /// The lists (`strong`, `negative`, `weak`, `short`, `positive`) with a word occurring in `hint`.
        func matches(in hint: [UInt8]) -> UInt8 {
            var found: UInt8 = 0
            bytes.withUnsafeBufferPointer { words in
                entries.withUnsafeBufferPointer { entries in
                    hint.withUnsafeBufferPointer { h in
                        let n = h.count
                        for i in 0..<n {
                            let b = Int(h[i])
                            for e in entries[bucketStart[b]..<bucketStart[b + 1]] where e.count <= n - i && e.lists & ~found != 0 {
                                var k = 1
                                while k < e.count, h[i + k] == words[e.start + k] { k += 1 }
                                if k == e.count { found |= e.lists }
                            }
                        }
                    }
                }
            }
            return found
        }
    }

    /// The bytes of a hint in order: class lower-cased, a space when both class and id
    /// are there and not empty, id lower-cased.
    @inline(__always)
    static func forEachHintByte(class classValue: UnsafeBufferPointer<UInt8>?, id idValue: UnsafeBufferPointer<UInt8>?,
                                _ body: (UInt8) -> Void) {
        let classBytes = classValue ?? UnsafeBufferPointer(start: nil, count: 0)
        let idBytes = idValue ?? UnsafeBufferPointer(start: nil, count: 0)
        for b in classBytes { body(b.asciiLowercased) }
        if !classBytes.isEmpty, !idBytes.isEmpty { body(32) }
        for b in idBytes { body(b.asciiLowercased) }
    }

    /// Lines that are inline furniture inside the body ("Baca juga: …", "ADVERTISEMENT").
    static func isFurnitureLine(_ line: String) -> Bool {
        // Every phrase below is ASCII and at most 32 bytes: when the line's first 32 bytes
        // are ASCII, they are all that needs lower-casing (most lines of an article).
        let head = line.utf8.prefix(32)
        var lowerHead: String
        if head.allSatisfy({ $0 < 0x80 }) {
            lowerHead = String(decoding: head.map(\.asciiLowercased), as: UTF8.self)
            if line.utf8.count <= 32 { return isFurniture(lowerLine: lowerHead) }
        } else {
            // Otherwise the first 64 characters are enough: the phrases are shorter, and a
            // longer line cannot equal one of the one-word lines.
            if line.utf8.count <= 64 { return isFurniture(lowerLine: line.lowercased()) }
            lowerHead = String(line.prefix(64)).lowercased()
        }
        if furnitureLinePrefixes.contains(where: { lowerHead.hasPrefix($0) }) { return true }
        // "Sumber : Humas", "Editor  :" are the role lines "sumber:", "editor:".
        if lowerHead.contains(" :") {
            lowerHead = lowerHead.replacingOccurrences(of: "  ", with: " ").replacingOccurrences(of: " :", with: ":")
            return furnitureLinePrefixes.contains { lowerHead.hasPrefix($0) }
        }
        return false
    }

    /// A photo's caption as Indonesian outlets credit it: a short line ending in
    /// "(Outlet/Photographer)" ("(ANTARA/Rina)", "(Kompas.com/Dian)").
    static func isCreditedCaption(_ line: String) -> Bool {
        let bytes = line.utf8
        guard bytes.count <= 300, bytes.last == UInt8(ascii: ")"),
              let open = line.lastIndex(of: "(") else { return false }
        let credit = line[line.index(after: open)..<line.index(before: line.endIndex)]
        let parts = credit.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let outlet = parts.first, let name = parts.last,
              (2...40).contains(outlet.count), (2...40).contains(name.count) else { return false }
        // The outlet is one word (letters, digits, dots, hyphens); the name has no digits.
        return outlet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
            && name.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "'" }
    }

    static let furnitureLinePrefixes = ["baca juga", "simak juga", "lihat juga", "tonton juga", "baca:", "advertisement",
                                        "scroll to continue", "scroll untuk", "artikel ini telah tayang", "dapatkan update",
                                        "ikuti berita", "klik di sini", "download aplikasi", "simak berita", "saksikan video",
                                        "baca berita", "berita terkait", "penulis:", "reporter:", "editor:", "pewarta:",
                                        "editor :", "penulis :", "reporter :", "sumber:", "foto:", "(foto:", "copyright",
                                        // Inline furniture of Indonesian outlets: editor's picks, video
                                        // and app promotions, follow prompts, Republika's "Rep:" byline.
                                        "pilihan editor", "simak video", "simak breaking news", "simak selengkapnya",
                                        "baca selengkapnya", "tonton video", "video pilihan", "lihat video",
                                        "saksikan juga", "ikuti kami", "follow berita", "follow kami", "rep:"]

    private static func isFurniture(lowerLine lower: String) -> Bool {
        if furnitureLinePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower == "iklan" || lower == "advertisement" || lower == "ads" { return true }
        return false
    }
}
