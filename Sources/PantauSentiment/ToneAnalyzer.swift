import PantauCore

/// Scores the tone of Indonesian text toward the watched institution, explaining itself.
///
/// Per sentence, per clause: phrases are matched before single words, words are looked up
/// as written and then through the lexicon-guided stemmer; a negator up to three words
/// before a term flips it, an intensifier scales it, and a contrast marker shifts weight
/// to the clause that counts. Sentences about a watched target (and the one after) count
/// fully, others weakly; the headline counts double. Immutable and `Sendable`.
public struct ToneAnalyzer: Sendable {
    public let lexicon: Lexicon
    public let watchList: WatchList
    public var tuning: Tuning

    /// The numbers of the method, kept together so they can be measured and changed.
    public struct Tuning: Sendable {
        /// How far back (in words) a negator reaches.
        public var negationWindow = 3
        /// Factor on a negated term (sign flipped, strength reduced).
        public var negationFactor = -0.8
        public var beforeContrast = 0.5
        public var afterContrast = 1.5
        public var concessive = 0.5
        public var headlineWeight = 2.0
        /// Weight of sentences that do not concern a watched target, in a relevant text.
        public var offTargetWeight = 0.3
        /// Negative terms weigh more: damage to the image outweighs praise.
        public var negativityBias = 1.3
        /// |score| below this is neutral.
        public var neutralBand = 0.15
        public init() {}
    }

    public init(lexicon: Lexicon, watchList: WatchList = .default, tuning: Tuning = Tuning()) {
        self.lexicon = lexicon
        self.watchList = watchList
        self.tuning = tuning
    }

    /// Scores a text, optionally with its headline.
    public func analyze(title: String? = nil, text: String) -> ToneResult {
        var cache: [String: String?] = [:]
        var scored: [(sentence: ToneResult.Sentence, targets: [WatchTarget], isTitle: Bool)] = []
        if let title, !title.isEmpty {
            let s = scoreSentence(title, cache: &cache)
            scored.append((s.sentence, s.targets, true))
        }
        for sentence in Tokenizer.sentences(text) {
            let s = scoreSentence(sentence, cache: &cache)
            scored.append((s.sentence, s.targets, false))
        }
        let allTargets = scored.flatMap(\.targets)
        let relevant = !allTargets.isEmpty
        var positive = 0.0
        var negative = 0.0
        var previousOnTarget = false
        var weighted: [ToneResult.Sentence] = []
        for entry in scored {
            let onTarget = !entry.targets.isEmpty || entry.isTitle || previousOnTarget
            previousOnTarget = !entry.targets.isEmpty
            var factor = relevant && !onTarget ? tuning.offTargetWeight : 1
            if entry.isTitle { factor *= tuning.headlineWeight }
            var sentence = entry.sentence
            sentence.score *= factor
            for hit in sentence.hits {
                let w = hit.weight * factor
                if w > 0 { positive += w } else { negative -= w * tuning.negativityBias }
            }
            if !sentence.hits.isEmpty { weighted.append(sentence) }
        }
        let score = (positive - negative) / (positive + negative + 3)
        let label: ToneLabel = score <= -tuning.neutralBand ? .negative : score >= tuning.neutralBand ? .positive : .neutral
        let deciding = weighted
            .filter { label == .neutral || ($0.score < 0) == (label == .negative) }
            .sorted { abs($0.score) > abs($1.score) }
        var names: [String] = []
        for target in allTargets.sorted(by: { $0.priority > $1.priority }) where !names.contains(target.name) {
            names.append(target.name)
        }
        return ToneResult(label: label, score: (score * 1000).rounded() / 1000, relevant: relevant, targets: names,
                          sentences: Array(deciding.prefix(5)))
    }

    // MARK: One sentence

    private func scoreSentence(_ sentence: String, cache: inout [String: String?]) -> (sentence: ToneResult.Sentence, targets: [WatchTarget]) {
        let clauses = Self.clauses(sentence)
        var hits: [ToneResult.Hit] = []
        var words: [String] = []
        var nextClauseBoost = 1.0
        for clause in clauses {
            var tokens = Tokenizer.words(clause).map(\.text)
            tokens = tokens.flatMap { t -> [String] in
                guard let n = lexicon.normalization[t] else { return [t] }
                return n.split(separator: " ").map(String.init)
            }
            words.append(contentsOf: tokens)
            var clauseFactor = nextClauseBoost
            nextClauseBoost = 1
            if let first = tokens.first, lexicon.contrastConcessive.contains(first) {
                clauseFactor *= tuning.concessive
                nextClauseBoost = tuning.afterContrast
            }
            // Index of the last "after" contrast marker in the clause: before it counts less.
            let contrastIndex = tokens.lastIndex { lexicon.contrastAfter.contains($0) }
            var clauseHits: [(hit: ToneResult.Hit, index: Int)] = []
            var i = 0
            while i < tokens.count {
                if let match = matchPhrase(tokens, at: i, cache: &cache) {
                    clauseHits.append((modify(match.surface, term: match.term, weight: match.weight, tokens: tokens, at: i, length: match.length), i))
                    i += match.length
                    continue
                }
                let word = tokens[i]
                if !lexicon.negators.contains(word), lexicon.intensifiers[word] == nil,
                   let stem = stem(word, cache: &cache), let weight = lexicon.words[stem] {
                    clauseHits.append((modify(word, term: stem, weight: weight, tokens: tokens, at: i, length: 1), i))
                }
                i += 1
            }
            for (var hit, index) in clauseHits {
                if let c = contrastIndex {
                    if index < c {
                        hit.weight *= tuning.beforeContrast
                        hit.rules.append("before-contrast")
                    } else {
                        hit.weight *= tuning.afterContrast
                        hit.rules.append("after-contrast")
                    }
                }
                if clauseFactor != 1 {
                    hit.weight *= clauseFactor
                    hit.rules.append(clauseFactor < 1 ? "concessive" : "after-contrast")
                }
                hits.append(hit)
            }
        }
        let targets = findTargets(words)
        let score = hits.reduce(0) { $0 + $1.weight }
        return (ToneResult.Sentence(text: sentence, score: score, hits: hits), targets)
    }

    /// Applies negation and intensity around a term found at `index`.
    private func modify(_ surface: String, term: String, weight: Double, tokens: [String], at index: Int, length: Int) -> ToneResult.Hit {
        var w = weight
        var rules: [String] = []
        var k = index - 1
        var negated = false
        var intensity = 1.0
        while k >= 0, index - k <= tuning.negationWindow {
            let word = tokens[k]
            if lexicon.negators.contains(word) { negated = true; break }
            if let m = lexicon.intensifiers[word], index - k <= 2 { intensity *= m }
            if lexicon.contrastAfter.contains(word) { break }
            k -= 1
        }
        let after = index + length
        if after < tokens.count, let m = lexicon.intensifiers[tokens[after]], ["sekali", "banget", "bgt", "parah", "abis", "pol"].contains(tokens[after]) {
            intensity *= m
        }
        if intensity != 1 {
            w *= intensity
            rules.append(intensity > 1 ? "intensified" : "diminished")
        }
        if negated {
            w *= tuning.negationFactor
            rules.append("negated")
        }
        return ToneResult.Hit(surface: surface, term: term, weight: w, rules: rules)
    }

    private func matchPhrase(_ tokens: [String], at i: Int, cache: inout [String: String?]) -> (surface: String, term: String, weight: Double, length: Int)? {
        let first = tokens[i]
        var heads = [first]
        if let s = stem(first, cache: &cache), s != first { heads.append(s) }
        for head in heads {
            guard let list = lexicon.phrases[head] else { continue }
            for phrase in list where i + phrase.words.count <= tokens.count {
                var ok = true
                for (k, word) in phrase.words.enumerated().dropFirst() {
                    let token = tokens[i + k]
                    if token == word { continue }
                    if Stemmer.candidates(token).contains(word) { continue }
                    ok = false
                    break
                }
                if ok {
                    let surface = tokens[i..<(i + phrase.words.count)].joined(separator: " ")
                    return (surface, phrase.text, phrase.weight, phrase.words.count)
                }
            }
        }
        return nil
    }

    private func stem(_ word: String, cache: inout [String: String?]) -> String? {
        if let cached = cache[word] { return cached }
        let s = Stemmer.stem(word) { lexicon.knows($0) }
        cache[word] = s
        return s
    }

    private func findTargets(_ words: [String]) -> [WatchTarget] {
        var found: [WatchTarget] = []
        for target in watchList.targets {
            for alias in target.aliases {
                let parts = alias.split(separator: " ").map(String.init)
                guard !parts.isEmpty, parts.count <= words.count else { continue }
                var matched = false
                for start in 0...(words.count - parts.count) where words[start] == parts[0] {
                    if Array(words[start..<(start + parts.count)]) == parts { matched = true; break }
                }
                if matched { found.append(target); break }
            }
        }
        return found
    }

    /// Clauses of a sentence, split at commas, semicolons and colons.
    static func clauses(_ sentence: String) -> [String] {
        sentence.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == ":" }).map(String.init)
    }
}
