import CHunspell
import Foundation

/// Indonesian morphology from libhunspell and Debian's `hunspell-id` dictionary (31k
/// roots with affix rules): which words are real, and their stems.
///
/// Thread-safe: a `Hunhandle` is not, so every call holds a lock, and answers are cached
/// per word (news text repeats its words).
public final class HunspellDictionary: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: Entry] = [:]

    struct Entry {
        var known: Bool
        var stems: [String]
    }

    /// Where Debian installs the dictionary.
    public static let defaultPath = "/usr/share/hunspell/id_ID"

    /// Opens `path`.aff and `path`.dic; nil when either is missing.
    public init?(path: String = HunspellDictionary.defaultPath) {
        let aff = path + ".aff", dic = path + ".dic"
        guard FileManager.default.fileExists(atPath: aff), FileManager.default.fileExists(atPath: dic),
              let h = Hunspell_create(aff, dic) else { return nil }
        handle = h
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary accepts `word` and, if so, its stems (without `word` itself).
    func lookup(_ word: String) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[word] { return cached }
        var entry = Entry(known: false, stems: [])
        // The dictionary is ISO-8859-1; Indonesian words are ASCII, anything else is unknown.
        if word.utf8.count < 64, word.utf8.allSatisfy({ $0 < 128 }) {
            entry.known = Hunspell_spell(handle, word) != 0
            if entry.known {
                var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
                let n = Hunspell_stem(handle, &list, word)
                for k in 0..<Int(max(0, n)) {
                    if let s = list?[k] {
                        let stem = String(cString: s)
                        if stem != word, !entry.stems.contains(stem) { entry.stems.append(stem) }
                    }
                }
                Hunspell_free_list(handle, &list, n)
            }
        }
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = entry
        return entry
    }
}
