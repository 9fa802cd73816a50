import Foundation
import PantauCore

/// Decides what kind of page an extraction came from, so that pages that are not articles
/// (index pages, 404s served with 200, consent walls, bot checks, paywall stubs) are marked
/// instead of scored. Signals: the page's title and text phrases, the amount of article
/// text, and how much of the page is links.
enum PageClassifier {
    struct Signals {
        var title: String?
        var text: String
        /// Visible characters of the whole body, and of its link text.
        var pageText: Int
        var pageLinkText: Int
        var hasArticleMarkup: Bool
    }

    static func classify(_ s: Signals) -> ExtractedArticle.PageType {
        let title = Array((s.title ?? "").lowercased().utf8)
        let words = wordCount(s.text)
        let short = words < 120
        // The phrases below only decide short pages: a long article is not lower-cased.
        let text = words < 250 ? Array(s.text.lowercased().utf8) : []
        if ["404", "not found", "tidak ditemukan", "page not found", "halaman tidak ditemukan", "tidak tersedia"]
            .contains(where: { has(title, $0) }) && short {
            return .notFound
        }
        if short, ["checking your browser", "just a moment", "verify you are human", "enable javascript and cookies",
                   "captcha", "ddos protection", "attention required"].contains(where: { has(text, $0) || has(title, $0) }) {
            return .botChallenge
        }
        if short, ["we use cookies", "kami menggunakan cookie", "accept all cookies", "terima semua", "consent",
                   "persetujuan cookie", "manage preferences", "kelola preferensi"].contains(where: { has(text, $0) }) {
            return .consentWall
        }
        if words < 250, ["berlangganan untuk membaca", "subscribe to continue", "subscribe to read", "konten premium",
                         "artikel premium", "khusus pelanggan", "baca selengkapnya dengan berlangganan",
                         "to continue reading", "sudah berlangganan"].contains(where: { has(text, $0) }) {
            return .paywall
        }
        // An index: most of the page is links and the chosen text is thin.
        let linkShare = Double(s.pageLinkText) / Double(max(1, s.pageText))
        if !s.hasArticleMarkup, linkShare > 0.5, words < 150 { return .index }
        if words < 25 { return .unknown }
        return .article
    }

    /// Whether `phrase` occurs in the UTF-8 bytes `t` (Foundation's `contains` bridges to
    /// CFString for every phrase of every page).
    static func has(_ t: [UInt8], _ phrase: String) -> Bool {
        let p = Array(phrase.utf8)
        guard !p.isEmpty, p.count <= t.count else { return p.isEmpty }
        for i in 0...(t.count - p.count) where t[i] == p[0] {
            var k = 1
            while k < p.count, t[i + k] == p[k] { k += 1 }
            if k == p.count { return true }
        }
        return false
    }

    /// Words separated by spaces and newlines (as `split` counts them), on bytes.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for b in text.utf8 {
            if b == 32 || b == 10 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

/// Indonesian or English (or other), from function words in the text.
enum LanguageDetector {
    static let indonesian: Set<String> = ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak",
                                          "akan", "pada", "juga", "dalam", "karena", "oleh", "adalah", "telah", "sudah",
                                          "bahwa", "atau", "saat", "para", "kami", "mereka", "kata", "tersebut"]
    static let english: Set<String> = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are",
                                       "as", "by", "this", "be", "it", "from", "at", "have", "has", "were", "said", "which"]

    /// The function words packed as in `detect`: up to 8 ASCII letters in a UInt64.
    static let indonesianKeys = Set(indonesian.compactMap(key))
    static let englishKeys = Set(english.compactMap(key))

    static func key(_ word: String) -> UInt64? {
        guard word.utf8.count <= 8, word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func detect(_ text: String) -> String? {
        var id = 0, en = 0, total = 0
        // Words are runs of letters, lower-cased; only the first 600 count, and only short
        // ones can be function words, so nothing else is lower-cased or copied. An ASCII
        // word is lower-cased and packed into an integer; others go through String.
        var word = ""
        var packed: UInt64 = 0
        var ascii = true
        var length = 0
        func finish() {
            guard length > 0 else { return }
            total += 1
            if length <= 8 {
                if ascii {
                    if indonesianKeys.contains(packed) { id += 1 }
                    if englishKeys.contains(packed) { en += 1 }
                } else {
                    let lower = word.lowercased()
                    if indonesian.contains(lower) { id += 1 }
                    if english.contains(lower) { en += 1 }
                }
            }
            word = ""
            packed = 0
            ascii = true
            length = 0
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isLetter = v < 0x80 ? (v | 0x20) >= 97 && (v | 0x20) <= 122 : scalar.properties.isAlphabetic
            if isLetter {
                if length < 8 {
                    if v < 0x80, ascii {
                        packed |= UInt64(v | 0x20) << (8 * UInt64(length))
                    } else {
                        // The String is only needed once a non-ASCII letter shows up: it
                        // starts with the (lower-cased) ASCII letters packed so far.
                        if ascii {
                            ascii = false
                            word = String(decoding: (0..<length).map { UInt8(truncatingIfNeeded: packed >> (8 * UInt64($0))) }, as: UTF8.self)
                        }
                        word.unicodeScalars.append(scalar)
                    }
                }
                length += 1
            } else if length > 0 {
                finish()
                if total == 600 { break }
            }
        }
        if total < 600 { finish() }
        guard total >= 12 else { return nil }
        let idShare = Double(id) / Double(total), enShare = Double(en) / Double(total)
        if idShare >= 0.08 && idShare > enShare * 1.2 { return "id" }
        if enShare >= 0.08 && enShare > idShare * 1.2 { return "en" }
        return "other"
    }
}
