import Foundation
/// Indonesian morphology (shared by the tone scorer and the search index): strips particles, possessives, suffixes,
/// prefixes and confixes, with the nasal assimilation of meN-/peN- undone
/// (`menyuap` → `suap`, `memukul` → `pukul`, `penganiayaan` → `aniaya`).
///
/// Guided: it proposes candidate stems from the least to the most stripped, and the
/// caller takes the first one its dictionary knows, so only real stems are used.
public enum Stemmer {
    /// Candidate stems of `word`, least stripped first, the word itself excluded.
    public static func candidates(_ word: String) -> [String] {
        var result: [String] = []
        func add(_ s: String) {
            if s.count >= 3, s != word, !result.contains(s) { result.append(s) }
        }
        var base = word
        // Reduplication: "kerusuhan-kerusuhan" → "kerusuhan"; "sebaik-baiknya" → "baik…".
        if let dash = base.firstIndex(of: "-") {
            let left = String(base[..<dash])
            let right = String(base[base.index(after: dash)...])
            add(left)
            add(right)
            for c in candidates(right) { add(c) }
            for c in candidates(left) { add(c) }
            base = left
            return result
        }
        // Particles and possessives.
        var stripped = [base]
        for particle in ["lah", "kah", "tah", "pun"] where base.hasSuffix(particle) && base.count > particle.count + 3 {
            base = String(base.dropLast(particle.count))
            stripped.append(base)
            break
        }
        for possessive in ["nya", "ku", "mu"] where base.hasSuffix(possessive) && base.count > possessive.count + 3 {
            base = String(base.dropLast(possessive.count))
            stripped.append(base)
            break
        }
        for s in stripped { add(s) }
        // Derivational suffixes, then prefixes on each suffix-less form.
        var forms = stripped
        for form in stripped {
            for suffix in ["kan", "an", "i"] where form.hasSuffix(suffix) && form.count > suffix.count + 3 {
                forms.append(String(form.dropLast(suffix.count)))
            }
        }
        for form in forms {
            add(form)
            for p in withoutPrefixes(form) {
                add(p)
                // Second layer: "diperbaiki" → "perbaiki" → "baik".
                for q in withoutPrefixes(p) { add(q) }
                for suffix in ["kan", "an", "i"] where p.hasSuffix(suffix) && p.count > suffix.count + 3 {
                    add(String(p.dropLast(suffix.count)))
                }
            }
        }
        return result
    }

    /// Candidates from suffixes and reduplication only (no prefix is removed): the safe
    /// part of stemming for words a dictionary does not vouch for.
    public static func suffixCandidates(_ word: String) -> [String] {
        var result: [String] = []
        func add(_ s: String) {
            if s.count >= 3, s != word, !result.contains(s) { result.append(s) }
        }
        if let dash = word.firstIndex(of: "-") {
            add(String(word[..<dash]))
            return result
        }
        var base = word
        for particle in ["lah", "kah", "tah", "pun"] where base.hasSuffix(particle) && base.count > particle.count + 3 {
            base = String(base.dropLast(particle.count))
            add(base)
            break
        }
        for possessive in ["nya", "ku", "mu"] where base.hasSuffix(possessive) && base.count > possessive.count + 3 {
            base = String(base.dropLast(possessive.count))
            add(base)
            break
        }
        for suffix in ["kan", "an", "i"] where base.hasSuffix(suffix) && base.count > suffix.count + 3 {
            add(String(base.dropLast(suffix.count)))
        }
        return result
    }

    /// Forms of `w` without one derivational prefix, nasal assimilation undone.
    static func withoutPrefixes(_ w: String) -> [String] {
        var out: [String] = []
        func drop(_ n: Int) -> String { String(w.dropFirst(n)) }
        func starts(_ p: String) -> Bool { w.hasPrefix(p) && w.count > p.count + 2 }
        if starts("meny") { out.append("s" + drop(4)) }
        if starts("peny") { out.append("s" + drop(4)) }
        if starts("meng") { out.append(drop(4)); out.append("k" + drop(4)) }
        if starts("peng") { out.append(drop(4)); out.append("k" + drop(4)) }
        if starts("mem") { out.append("p" + drop(3)); out.append(drop(3)) }
        if starts("pem") { out.append("p" + drop(3)); out.append(drop(3)) }
        if starts("men") { out.append("t" + drop(3)); out.append(drop(3)) }
        if starts("pen") { out.append("t" + drop(3)); out.append(drop(3)) }
        if starts("me") { out.append(drop(2)) }
        if starts("pe") { out.append(drop(2)) }
        if starts("ber") { out.append(drop(3)) }
        if starts("be") { out.append(drop(2)) }
        if starts("ter") { out.append(drop(3)) }
        if starts("per") { out.append(drop(3)) }
        if starts("di") { out.append(drop(2)) }
        if starts("ke") { out.append(drop(2)) }
        if starts("se") { out.append(drop(2)) }
        return out
    }

    /// The first candidate (or `word` itself) that `isKnown` accepts.
    public static func stem(_ word: String, isKnown: (String) -> Bool) -> String? {
        if isKnown(word) { return word }
        return candidates(word).first(where: isKnown)
    }
}

extension Stemmer {
    /// The version of `root(_:)`: stored with a search index so that a changed stemmer
    /// triggers `pantau reindex`.
    public static let rootVersion = "id-root-2"

    /// The root of `word` by rule alone (no dictionary), for the search index: suffixes
    /// (particles, possessives, -kan/-an/-i) and then up to two prefixes are removed, nasal
    /// assimilation of meN-/peN- undone. "kerusuhan" → "rusuh", "dikendalikan" → "kendali",
    /// "menyuap" → "suap", "pelatihan" → "latih". Lower-cased input expected.
    public static func root(_ input: String) -> String {
        // News vocabulary is Zipf-distributed: nearly every word was seen before, and the
        // rules cost far more than a lookup (they were half of ingest time).
        if let cached = RootCache.shared.get(input) { return cached }
        let result = computeRoot(input)
        RootCache.shared.set(input, result)
        return result
    }

    static func computeRoot(_ input: String) -> String {
        var word = input
        if let dash = word.firstIndex(of: "-") { word = String(word[..<dash]) }
        guard word.utf8.count > 4, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        func drop(_ n: Int) { word.removeLast(n) }
        for particle in ["lah", "kah", "tah", "pun"] where word.hasSuffix(particle) && word.count >= particle.count + 4 {
            drop(particle.count)
            break
        }
        for possessive in ["nya", "ku", "mu"] where word.hasSuffix(possessive) && word.count >= possessive.count + 4 {
            drop(possessive.count)
            break
        }
        // -kan and -i make verbs: only with a prefix ("dikendalikan", not "bukan" or "gergaji").
        let hasPrefix = stripPrefix(word) != nil
        for suffix in ["kan", "an", "i"] where word.hasSuffix(suffix) {
            let remaining = word.count - suffix.count
            if suffix == "an" ? remaining >= 4 : (hasPrefix && remaining >= 5) {
                drop(suffix.count)
                break
            }
        }
        guard let first = stripPrefix(word), first.count >= 3 else { return word }
        let removed = word.count - first.count
        word = first
        // A second prefix only where Indonesian stacks them: di-per-, ke-ber-, ter-pe-…
        if removed == 2 || word.count + 3 == input.count, let second = ["per", "ber", "pe"].first(where: { word.hasPrefix($0) }),
           word.count - second.count >= 4 {
            word = String(word.dropFirst(second.count))
        }
        return word
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// One derivational prefix removed by rule, or nil.
    static func stripPrefix(_ w: String) -> String? {
        func rest(_ n: Int) -> String { String(w.dropFirst(n)) }
        func next(_ n: Int) -> Character? { w.count > n ? w[w.index(w.startIndex, offsetBy: n)] : nil }
        guard w.count >= 5 else { return nil }
        for p in ["memper", "diper", "keber", "berke"] where w.hasPrefix(p) && w.count - p.count >= 4 { return rest(p.count) }
        if w.hasPrefix("meny") || w.hasPrefix("peny") { return "s" + rest(4) }
        if w.hasPrefix("meng") || w.hasPrefix("peng") { return rest(4) }
        if w.hasPrefix("mem") || w.hasPrefix("pem") {
            if let c = next(3), vowels.contains(c) { return "p" + rest(3) }
            return rest(3)
        }
        if w.hasPrefix("men") || w.hasPrefix("pen") {
            if let c = next(3), vowels.contains(c) { return "t" + rest(3) }
            return rest(3)
        }
        // What is left must still look like a root: "teralis", "periksa", "serang", "kepala" stay.
        for p in ["ber", "ter", "per"] where w.hasPrefix(p) && w.count - 3 >= 5 { return rest(3) }
        for p in ["me", "pe", "di", "be"] where w.hasPrefix(p) && w.count - 2 >= 4 { return rest(2) }
        for p in ["ke", "se"] where w.hasPrefix(p) && w.count - 2 >= 5 { return rest(2) }
        return nil
    }
}

/// A bounded, lock-protected memo of `Stemmer.root`, shared by every thread.
final class RootCache: @unchecked Sendable {
    static let shared = RootCache()
    private let lock = NSLock()
    private var roots: [String: String] = [:]
    /// Enough for a language's working vocabulary; cleared when full (rare words churn).
    private let capacity = 200_000

    func get(_ word: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return roots[word]
    }

    func set(_ word: String, _ root: String) {
        lock.lock()
        defer { lock.unlock() }
        if roots.count >= capacity { roots.removeAll(keepingCapacity: true) }
        roots[word] = root
    }
}
