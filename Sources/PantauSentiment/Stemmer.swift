/// Indonesian morphology for lexicon lookup: strips particles, possessives, suffixes,
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
