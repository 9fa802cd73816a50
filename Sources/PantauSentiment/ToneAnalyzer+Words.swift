import PantauCore

extension ToneAnalyzer {
    /// Everything the scorer asks about one word, computed once per distinct word.
    ///
    /// A class so that the word lists of every sentence share one copy (copying a struct of
    /// arrays cost a tenth of scoring time). Thread-safe by convention: it is filled in
    /// `info(_:memo:)` before anyone else can see it and never changed afterwards.
    final class WordInfo: @unchecked Sendable {
        var negator = false
        var intensifier: Double?
        var postModifier = false
        var contrastAfter = false
        var concessive = false
        var scopeTransparent = false
        /// The lexicon entry the word stands for (itself or a stem) and its weight.
        var stem: String?
        var weight: Double?
        /// Phrases that may start at this word (under its own form or its stem), longest first.
        var phrases: [Lexicon.Phrase] = []
        /// Stem candidates, for matching the later words of a phrase.
        var candidates: [String] = []
        /// Informal spelling's formal form(s), if any (normalisation).
        var normalized: [String]?
        /// Multi-word negators/intensifiers/contrast markers starting here.
        var markerStarts = false
        /// Direction (+1/−1) and quantity phrases starting here (`quantities.tsv`).
        var direction: Double?
        var quantityStarts = false
        /// Frame roles of the word alone (as written, or for verbs through a stem), and
        /// whether multi-word frame terms start here.
        var roles: FrameRoles = []
        /// The form under which multi-word frame terms start here: the word, or its
        /// reduplication base or stem ("barang-barang terlarang").
        var frameKey: String?
    }

    func info(_ word: String, memo: inout Memo) -> WordInfo {
        if let cached = memo.shared.info(word) { return cached }
        let info = WordInfo()
        info.negator = lexicon.negators.contains(word)
        info.intensifier = lexicon.intensifiers[word]
        info.postModifier = Self.postModifiers.contains(word)
        info.contrastAfter = lexicon.contrastAfter.contains(word)
        info.concessive = lexicon.contrastConcessive.contains(word)
        info.scopeTransparent = Self.scopeTransparent.contains(word)
        info.candidates = candidates(word, memo: &memo)
        info.stem = stem(word, memo: &memo)
        info.weight = info.stem.flatMap { lexicon.words[$0] }
        info.normalized = lexicon.normalization[word].map { $0.split(separator: " ").map(String.init) }
        info.markerStarts = lexicon.multiwordMarkers[word] != nil
        info.direction = lexicon.directions[word]
        info.quantityStarts = lexicon.quantities[word] != nil
        info.roles = frameRoles(of: word)
        info.frameKey = lexicon.multiwordFrames[word] != nil ? word : info.candidates.first { lexicon.multiwordFrames[$0] != nil }
        var heads = [word]
        if let s = info.stem, s != word { heads.append(s) }
        for head in heads { info.phrases += lexicon.phrases[head] ?? [] }
        if heads.count > 1 { info.phrases.sort { $0.words.count > $1.words.count } }
        memo.shared.setInfo(word, info)
        return info
    }

    /// Candidate stems of `word`. With hunspell: the dictionary's stems plus suffix-only
    /// forms for words it knows; for words it does not know, the built-in stemmer
    /// (`hunspellMode` 1) or suffixes only (mode 2).
    private func candidates(_ word: String, memo: inout Memo) -> [String] {
        if let shared = memo.shared.candidates(word) { return shared }
        var c: [String]
        if let morphology, tuning.hunspellMode > 0 {
            let entry = morphology.lookup(word)
            if entry.known {
                c = Stemmer.suffixCandidates(word)
                for stem in entry.stems where !c.contains(stem) { c.append(stem) }
                if tuning.hunspellMode == 3 {
                    for stem in Stemmer.candidates(word) where !c.contains(stem) { c.append(stem) }
                }
            } else {
                c = tuning.hunspellMode == 1 ? Stemmer.candidates(word) : Stemmer.suffixCandidates(word)
            }
        } else {
            c = Stemmer.candidates(word)
        }
        memo.shared.setCandidates(word, c)
        return c
    }

    private func stem(_ word: String, memo: inout Memo) -> String? {
        if let shared = memo.shared.stem(word) { return shared }
        let s: String?
        if lexicon.knows(word) {
            s = word
        } else if lexicon.neutralWords.contains(word) {
            s = nil
        } else {
            s = candidates(word, memo: &memo).first { lexicon.knows($0) }
        }
        memo.shared.setStem(word, s)
        return s
    }

    /// The frame roles of a word: as written, else (for the verb roles) through the
    /// built-in stemmer's forms ("menggagalkan" → "gagalkan", which hunspell would take
    /// down to "gagal"): frame words are a small closed list.
    func frameRoles(of word: String) -> FrameRoles {
        if let exact = lexicon.frameRoles[word] { return exact }
        guard word.count > 4 else { return [] }
        // A bare -an noun names a thing, not the act ("pakaian", "tekanan", "masukan").
        if word.hasSuffix("an"), !word.hasSuffix("kan"),
           !["pe", "ke", "di", "ter", "me", "ber", "per"].contains(where: { word.hasPrefix($0) }) { return [] }
        for candidate in Stemmer.candidates(word) {
            if let roles = lexicon.frameRoles[candidate]?.intersection(.verbal), !roles.isEmpty { return roles }
        }
        return []
    }
}
