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
    public static func keywords(title: String, text: String, limit: Int = 24,
                                documentFrequency: (String) -> Int, total: Int) -> [(term: String, weight: Double)] {
        var tf: [String: Double] = [:]
        func add(_ s: String, weight: Double) {
            for word in s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where word.count >= 3 {
                let root = Stemmer.root(String(word))
                guard root.count >= 3, !stopwords.contains(root), !stopwords.contains(String(word)) else { continue }
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

    /// Cosine similarity of two weighted keyword sets.
    public static func similarity(_ a: [(term: String, weight: Double)], _ b: [(term: String, weight: Double)]) -> Double {
        KeywordVector.cosine(a, b)
    }
}
