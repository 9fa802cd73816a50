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
    /// The definition, on Strings; the writer computes the same with `ClusterMemory.keywords`.
    static func keywords(title: String, text: String, limit: Int = 24,
                         documentFrequency: (String) -> Int, total: Int) -> [(term: String, weight: Double)] {
        let scored = termFrequencies(title: title, text: text).map { term, f in
            (term: term, weight: weight(frequency: f, documentFrequency: documentFrequency(term), total: total))
        }
        return Array(scored.sorted { isStronger($0, $1) }.prefix(limit))
    }

    /// How often each keyword term occurs, a title word counting three times.
    static func termFrequencies(title: String, text: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        func add(_ s: String, weight: Double) {
            forEachWord(s) { word in
                guard let root = KeywordRoots.compute(word) else { return }
                counts[root, default: 0] += weight
            }
        }
        add(title, weight: 3)
        add(text, weight: 1)
        return counts
    }

    /// A keyword's weight: `f` occurrences in the article, `documentFrequency` of `total`
    /// articles have it.
    static func weight(frequency f: Double, documentFrequency: Int, total: Int) -> Double {
        let n = Double(max(total, 1))
        return (1 + log(f)) * log((n + 1) / (Double(documentFrequency) + 1)) + 0.01
    }

    /// The order of keywords: heavier first, then by term.
    static func isStronger(_ a: (term: String, weight: Double), _ b: (term: String, weight: Double)) -> Bool {
        a.weight > b.weight || (a.weight == b.weight && a.term < b.term)
    }

    /// FNV-1a over bytes: the word hashes of `KeywordRoots`.
    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// The keyword term of each word (its root, nil for a function word or a root under
    /// three characters), remembered: owned by one writer, so without a lock.
    ///
    /// The writer's fast path: words are cut from the UTF-8 bytes, looked up by a 64-bit
    /// hash of their lower-cased bytes (no string per word), and counted in a scratch
    /// array indexed by term. Same words and terms as `forEachWord` + `compute`.
    public final class KeywordRoots {
        /// FNV-1a of a lower-cased word → its term's index in `terms`, or -1 (no term).
        private var byHash = HashTable()
        private(set) var terms: [String] = []
        private var termIndex: [String: Int32] = [:]
        /// Scratch counts by term index, zero between calls.
        private var counts: [Double] = []

        public init() {}

        /// `StoryKeywords.termFrequencies` with each term as its index in `terms` (stable:
        /// terms are only ever added), for callers that keep per-term data in arrays.
        func termIndexFrequencies(title: String, text: String) -> [(index: Int32, f: Double)] {
            var touched: [Int32] = []
            count(title, weight: 3, &touched)
            count(text, weight: 1, &touched)
            var out: [(index: Int32, f: Double)] = []
            out.reserveCapacity(touched.count)
            for t in touched {
                out.append((t, counts[Int(t)]))
                counts[Int(t)] = 0
            }
            return out
        }

        private func count(_ s: String, weight: Double, _ touched: inout [Int32]) {
            var s = s
            s.withUTF8 { bytes in
                let n = bytes.count
                var i = 0
                while i < n {
                    // Skip to a letter or digit (any non-ASCII byte may start one).
                    while i < n, !bytes[i].isWordByte { i += 1 }
                    let start = i
                    var hash = FNV1a()
                    var ascii = true
                    while i < n {
                        let b = bytes[i]
                        if b < 0x80 {
                            guard b.isWordByte else { break }
                            hash.add(b.asciiLowercased)
                            i += 1
                        } else {
                            ascii = false
                            i += 1
                        }
                    }
                    guard i > start else { continue }
                    if ascii {
                        guard i - start >= 3 else { continue }
                        let id = term(hash: hash.value) {
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).lowercased()
                        }
                        if id >= 0 { add(id, weight, &touched) }
                    } else {
                        // Letters beyond ASCII: the general cut, as `forEachWord` does it.
                        let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                        StoryKeywords.forEachWord(run) { word in
                            var h = FNV1a()
                            for b in word.utf8 { h.add(b) }
                            let id = term(hash: h.value) { word }
                            if id >= 0 { add(id, weight, &touched) }
                        }
                    }
                }
            }
        }

        @inline(__always) private func add(_ id: Int32, _ weight: Double, _ touched: inout [Int32]) {
            if counts[Int(id)] == 0 { touched.append(id) }
            counts[Int(id)] += weight
        }

        private func term(hash: UInt64, word: () -> String) -> Int32 {
            if let known = byHash.value(for: hash) { return known }
            if byHash.count >= 200_000 { byHash = HashTable() }
            guard let root = Self.compute(word()) else {
                byHash.set(-1, for: hash)
                return -1
            }
            let id: Int32
            if let existing = termIndex[root] {
                id = existing
            } else {
                id = Int32(terms.count)
                terms.append(root)
                termIndex[root] = id
                counts.append(0)
            }
            byHash.set(id, for: hash)
            return id
        }

        /// Word hash → term index, open addressing: the hashes are FNV-1a already, and a
        /// Dictionary would hash each one again (SipHash) for every word of every article.
        struct HashTable {
            private var keys = [UInt64](repeating: 0, count: 1024)
            private var values = [Int32](repeating: 0, count: 1024)
            /// The value for hash 0, which marks empty slots in `keys`.
            private var zero: Int32?
            private(set) var count = 0

            func value(for hash: UInt64) -> Int32? {
                if hash == 0 { return zero }
                let mask = keys.count - 1
                var i = Int(truncatingIfNeeded: hash ^ hash >> 29) & mask
                while true {
                    let k = keys[i]
                    if k == hash { return values[i] }
                    if k == 0 { return nil }
                    i = (i + 1) & mask
                }
            }

            mutating func set(_ value: Int32, for hash: UInt64) {
                if hash == 0 {
                    if zero == nil { count += 1 }
                    zero = value
                    return
                }
                if (count + 1) * 2 > keys.count { grow() }
                let mask = keys.count - 1
                var i = Int(truncatingIfNeeded: hash ^ hash >> 29) & mask
                while keys[i] != 0 && keys[i] != hash { i = (i + 1) & mask }
                if keys[i] == 0 { count += 1 }
                keys[i] = hash
                values[i] = value
            }

            private mutating func grow() {
                let (oldKeys, oldValues) = (keys, values)
                keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
                values = [Int32](repeating: 0, count: oldKeys.count * 2)
                count = zero == nil ? 0 : 1
                for (k, v) in zip(oldKeys, oldValues) where k != 0 { set(v, for: k) }
            }
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
