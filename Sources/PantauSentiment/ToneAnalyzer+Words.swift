import PantauCore

extension ToneAnalyzer {
    /// Everything the scorer asks about one word, computed once per distinct word.
    ///
    /// An immutable class, so that the word lists of every sentence share one copy (copying
    /// a struct of arrays cost a tenth of scoring time).
    final class WordInfo: Sendable {
        let negator: Bool
        let intensifier: Double?
        let postModifier: Bool
        let contrastAfter: Bool
        let concessive: Bool
        let scopeTransparent: Bool
        /// The lexicon entry the word stands for (itself or a stem) and its weight.
        let stem: String?
        let weight: Double?
        /// Phrases that may start at this word (under its own form or its stem), longest first.
        let phrases: [Lexicon.Phrase]
        /// Stem candidates, for matching the later words of a phrase.
        let candidates: [String]
        /// Informal spelling's formal form(s), if any (normalisation).
        let normalized: [String]?
        /// Multi-word negators/intensifiers/contrast markers starting here.
        let markerStarts: Bool
        /// Direction (+1/−1) and quantity phrases starting here (`quantities.tsv`).
        let direction: Double?
        let quantityStarts: Bool
        /// Frame roles of the word alone (as written, or for verbs through a stem).
        let roles: FrameRoles
        /// The form under which multi-word frame terms start here: the word, or its
        /// reduplication base or stem ("barang-barang terlarang").
        let frameKey: String?
        /// A watch-list alias starts here; the word or one of its stems is a one-word alias
        /// ("dipenjara" → "penjara").
        let aliasStart: Bool
        let aliasForm: Bool

        init(negator: Bool, intensifier: Double?, postModifier: Bool, contrastAfter: Bool, concessive: Bool,
             scopeTransparent: Bool, stem: String?, weight: Double?, phrases: [Lexicon.Phrase], candidates: [String],
             normalized: [String]?, markerStarts: Bool, direction: Double?, quantityStarts: Bool, roles: FrameRoles,
             frameKey: String?, aliasStart: Bool, aliasForm: Bool) {
            self.negator = negator
            self.intensifier = intensifier
            self.postModifier = postModifier
            self.contrastAfter = contrastAfter
            self.concessive = concessive
            self.scopeTransparent = scopeTransparent
            self.stem = stem
            self.weight = weight
            self.phrases = phrases
            self.candidates = candidates
            self.normalized = normalized
            self.markerStarts = markerStarts
            self.direction = direction
            self.quantityStarts = quantityStarts
            self.roles = roles
            self.frameKey = frameKey
            self.aliasStart = aliasStart
            self.aliasForm = aliasForm
        }
    }

    func info(_ word: String, memo: inout Memo) -> WordInfo {
        if let cached = memo.shared.info(word) { return cached }
        let candidates = candidates(word, memo: &memo)
        let stem = stem(word, memo: &memo)
        var heads = [word]
        if let s = stem, s != word { heads.append(s) }
        var phrases: [Lexicon.Phrase] = []
        for head in heads { phrases += lexicon.phrases[head] ?? [] }
        if heads.count > 1 { phrases.sort { $0.words.count > $1.words.count } }
        let info = WordInfo(
            negator: lexicon.negators.contains(word), intensifier: lexicon.intensifiers[word],
            postModifier: Self.postModifiers.contains(word), contrastAfter: lexicon.contrastAfter.contains(word),
            concessive: lexicon.contrastConcessive.contains(word), scopeTransparent: Self.scopeTransparent.contains(word),
            stem: stem, weight: stem.flatMap { lexicon.words[$0] }, phrases: phrases, candidates: candidates,
            normalized: lexicon.normalization[word].map { $0.split(separator: " ").map(String.init) },
            markerStarts: lexicon.multiwordMarkers[word] != nil, direction: lexicon.directions[word],
            quantityStarts: lexicon.quantities[word] != nil, roles: frameRoles(of: word),
            frameKey: lexicon.multiwordFrames[word] != nil ? word : candidates.first { lexicon.multiwordFrames[$0] != nil },
            aliasStart: relevance.startsAlias(word),
            aliasForm: relevance.isAliasWord(word) || candidates.contains(where: relevance.isAliasWord))
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
