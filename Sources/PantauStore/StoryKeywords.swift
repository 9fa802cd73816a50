import Foundation
import PantauCore

/// The words that identify a story: roots of the title and text without function words,
/// weighted by frequency in the article and rarity in the archive. Rewrites of one story
/// across outlets keep its names, places, numbers and key nouns, so their keyword sets
/// overlap far more than those of two stories about the same institution.
public enum StoryKeywords {
    /// Function words and words every corrections story shares.
    static let stopwords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "akan", "pada", "juga", "dalam",
        "karena", "oleh", "adalah", "telah", "sudah", "bahwa", "atau", "saat", "para", "kami", "mereka", "kata", "tersebut",
        "ada", "lebih", "bisa", "dapat", "hingga", "serta", "namun", "tetapi", "agar", "sebagai", "setelah", "sebelum",
        "masih", "jika", "yakni", "yaitu", "kepada", "antara", "bagi", "sejak", "lalu", "pun", "saja", "hal", "satu",
        "dua", "tiga", "tahun", "hari", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "pukul", "wib",
        "ujar", "jelas", "sebut", "ungkap", "tutur", "kata", "menurut", "pihak", "orang", "baru", "lain", "terus",
        "lapas", "rutan", "napi", "narapidana", "tahanan", "petugas", "warga", "binaan", "pemasyarakatan", "kepala",
        "kelas", "iia", "iib", "lembaga", "com", "www", "the", "and", "of",
    ]

    /// Up to `limit` keywords with weights (tf × idf), strongest first. `documentFrequency`
    /// gives how many stored articles contain a term; `total` how many articles there are.
    public static func keywords(title: String, text: String, limit: Int = 24, roots: KeywordRoots? = nil,
                                documentFrequency: (String) -> Int, total: Int) -> [(term: String, weight: Double)] {
        var tf: [String: Double] = [:]
        func add(_ s: String, weight: Double) {
            forEachWord(s) { word in
                guard let root = roots?.term(word) ?? KeywordRoots.compute(word) else { return }
                tf[root, default: 0] += weight
            }
        }
        add(title, weight: 3)
        add(text, weight: 1)
        let n = Double(max(total, 1))
        let scored = tf.map { term, f in
            (term, (1 + log(f)) * log((n + 1) / (Double(documentFrequency(term)) + 1)) + 0.01)
        }
        return Array(scored.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(limit))
    }

    /// The keyword term of each word (its root, nil for a function word or a root under
    /// three characters), remembered: owned by one writer, so without a lock.
    public final class KeywordRoots {
        private var terms: [String: String?] = [:]

        public init() {}

        func term(_ word: String) -> String? {
            if let cached = terms[word] { return cached }
            let term = Self.compute(word)
            if terms.count >= 100_000 { terms.removeAll(keepingCapacity: true) }
            terms[word] = term
            return term
        }

        static func compute(_ word: String) -> String? {
            let root = Stemmer.root(word)
            guard root.utf8.count >= 3, root.utf8.allSatisfy({ $0 < 0x80 }) || root.count >= 3,
                  !stopwords.contains(root), !stopwords.contains(word) else { return nil }
            return root
        }
    }

    /// Calls `body` with every lower-cased word of at least three characters: runs of
    /// letters and digits, anything else separates. ASCII (nearly all of Indonesian news)
    /// is cut byte by byte; other scalars are judged by their Unicode properties.
    static func forEachWord(_ text: String, _ body: (String) -> Void) {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(32)
        var other = ""  // the word so far, once it has a non-ASCII scalar
        var isASCII = true
        func finish() {
            defer { ascii.removeAll(keepingCapacity: true); other = ""; isASCII = true }
            if isASCII {
                guard ascii.count >= 3 else { return }
                body(String(decoding: ascii, as: UTF8.self))
            } else {
                let word = other.lowercased()
                guard word.count >= 3 else { return }
                body(word)
            }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                let lower = b | 0x20
                if lower >= 97 && lower <= 122 {
                    if isASCII { ascii.append(lower) } else { other.unicodeScalars.append(Unicode.Scalar(lower)) }
                } else if b >= 48 && b <= 57 {
                    if isASCII { ascii.append(b) } else { other.unicodeScalars.append(scalar) }
                } else if !(isASCII ? ascii.isEmpty : other.isEmpty) {
                    finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                if isASCII {
                    other = String(decoding: ascii, as: UTF8.self)
                    isASCII = false
                }
                other.unicodeScalars.append(scalar)
            } else if !(isASCII ? ascii.isEmpty : other.isEmpty) {
                finish()
            }
        }
        if !(isASCII ? ascii.isEmpty : other.isEmpty) { finish() }
    }

    /// Cosine similarity of two weighted keyword sets.
    public static func similarity(_ a: [(term: String, weight: Double)], _ b: [(term: String, weight: Double)]) -> Double {
        KeywordVector.cosine(a, b)
    }
}
