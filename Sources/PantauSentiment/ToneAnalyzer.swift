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
    /// Hunspell morphology, when the dictionary is installed; without it the built-in
    /// stemmer alone guides lexicon lookups.
    public let morphology: HunspellDictionary?
    /// Per-word results shared by every call (and every copy) of this analyzer.
    let wordCache = WordCache()
    /// For each watch target, its aliases as word lists keyed by their first word.
    private let aliasIndex: [[String: [[String]]]]

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
        public var negativityBias = 1.4
        /// Added to the denominator of the score: small evidence stays near zero.
        public var smoothing = 1.0
        /// |score| below this is neutral.
        public var neutralBand = 0.1
        /// Weight of a prevention or capture verb by the institution that the lexicon does not list.
        public var enforcementWeight = 2.0
        /// 0: built-in stemmer only; 1: hunspell for known words, built-in for the rest;
        /// 2: hunspell for known words, suffixes only for the rest.
        public var hunspellMode = 1
        /// A sentence at or below −this (weighted) makes the text negative (0 = off)…
        public var strongSentence = 4.0
        /// …unless the overall score reaches this.
        public var praiseOverride = 0.3
        /// Weight of a direction × quantity term ("inflasi naik").
        public var directionWeight = 2.5
        /// Weight of a direction word with no quantity near it.
        public var bareDirection = 0.0
        public init() {}

        /// Applies `name=value` pairs separated by commas (for evaluation runs:
        /// `pantau score --tuning bias=1.5,band=0.1`). Unknown names are errors.
        public mutating func apply(_ spec: String) throws(LexiconError) {
            for pair in spec.split(separator: ",") {
                let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let value = Double(parts[1]) else {
                    throw LexiconError(file: "--tuning", message: "pasangan '\(pair)' harus nama=angka")
                }
                switch parts[0] {
                case "negation": negationFactor = value
                case "window": negationWindow = Int(value)
                case "before": beforeContrast = value
                case "after": afterContrast = value
                case "concessive": concessive = value
                case "headline": headlineWeight = value
                case "offtarget": offTargetWeight = value
                case "bias": negativityBias = value
                case "band": neutralBand = value
                case "enforcement": enforcementWeight = value
                case "smoothing": smoothing = value
                case "direction": directionWeight = value
                case "bare": bareDirection = value
                case "hunspell": hunspellMode = Int(value)
                case "strong": strongSentence = value
                case "override": praiseOverride = value
                default: throw LexiconError(file: "--tuning", message: "nama '\(parts[0])' tidak dikenal")
                }
            }
        }
    }

    public init(lexicon: Lexicon, watchList: WatchList = .default, tuning: Tuning = Tuning(),
                morphology: HunspellDictionary? = nil) {
        self.lexicon = lexicon
        self.watchList = watchList
        self.tuning = tuning
        self.morphology = morphology
        aliasIndex = watchList.targets.map { target in
            var index: [String: [[String]]] = [:]
            for alias in target.aliases {
                let words = alias.lowercased().split(separator: " ").map(String.init)
                if let first = words.first { index[first, default: []].append(words) }
            }
            return index
        }
    }

    /// Scores a text, optionally with its headline.
    public func analyze(title: String? = nil, text: String) -> ToneResult {
        var cache = Memo(shared: wordCache)
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
        var weighted: [ToneResult.Sentence] = []
        for (n, entry) in scored.enumerated() {
            // A sentence is about a target when it names one, or its neighbour does
            // (news sentences refer back and forth: "Mereka meminta Ditjenpas…").
            let neighbour = (n > 0 && !scored[n - 1].targets.isEmpty) || (n + 1 < scored.count && !scored[n + 1].targets.isEmpty)
            let onTarget = !entry.targets.isEmpty || entry.isTitle || neighbour
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
        var score = (positive - negative) / (positive + negative + tuning.smoothing)
        var label: ToneLabel = score <= -tuning.neutralBand ? .negative : score >= tuning.neutralBand ? .positive : .neutral
        // One clearly damaging sentence makes the text negative unless praise clearly
        // outweighs it: an escape story stays an escape story after the official's reassurance.
        let worst = weighted.map(\.score).min() ?? 0
        if label != .negative, tuning.strongSentence > 0, worst <= -tuning.strongSentence, score < tuning.praiseOverride {
            label = .negative
            score = min(score, -tuning.neutralBand)
        }
        let deciding = weighted
            .filter { label == .neutral || ($0.score < 0) == (label == .negative) }
            .sorted { abs($0.score) > abs($1.score) }
        var names: [String] = []
        for target in allTargets.sorted(by: { $0.priority > $1.priority }) where !names.contains(target.name) {
            names.append(target.name)
        }
        let needsResponse = label == .negative && relevant
        var priority = 0
        if needsResponse {
            // Negativity, scaled by the highest-priority target named: home unit 1.0,
            // regional office 0.85, the service in general 0.7.
            let top = allTargets.map(\.priority).max() ?? 1
            let factor = top >= 3 ? 1.0 : top == 2 ? 0.85 : 0.7
            priority = max(1, Int((min(1, abs(score)) * factor * 100).rounded()))
        }
        let incident = label == .negative ? gravestIncident(in: deciding) : nil
        return ToneResult(label: label, score: (score * 1000).rounded() / 1000, relevant: relevant, targets: names,
                          sentences: Array(deciding.prefix(5)), needsResponse: needsResponse, priority: priority,
                          incident: incident?.kind, severity: incident?.severity ?? 0)
    }

    // MARK: One sentence

    /// Memo of per-word work for one `analyze` call, in front of the analyzer's shared
    /// `WordCache` (words repeat across articles far more than within one).
    struct Memo {
        let shared: WordCache

        init(shared: WordCache) {
            self.shared = shared
        }
    }

    private func scoreSentence(_ sentence: String, cache memo: inout Memo) -> (sentence: ToneResult.Sentence, targets: [WatchTarget]) {
        let analyzed = Self.clauses(sentence).map { analyzeTokens(of: $0, memo: &memo) }
        let clauses = analyzed.map(\.tokens)
        let names = Self.properNames(in: sentence)
        var hits: [ToneResult.Hit] = []
        var nextClauseBoost = 1.0
        // Frame state carried through the sentence: an institution agent seen so far.
        var agentSeen = false
        for (tokens, infos) in analyzed {
            var clauseFactor = nextClauseBoost
            nextClauseBoost = 1
            if let first = infos.first, first.concessive {
                clauseFactor *= tuning.concessive
                nextClauseBoost = tuning.afterContrast
            }
            // Index of the last "after" contrast marker in the clause: before it counts less.
            let contrastIndex = infos.lastIndex { $0.contrastAfter }
            var clauseHits: [(hit: ToneResult.Hit, index: Int)] = []
            var i = 0
            while i < tokens.count {
                if !infos[i].phrases.isEmpty, let match = matchPhrase(tokens, infos, at: i) {
                    clauseHits.append((modify(match.surface, term: match.term, weight: match.weight, tokens: tokens, infos, at: i, length: match.length), i))
                    i += match.length
                    continue
                }
                let word = tokens[i]
                let info = infos[i]
                if let weight = info.weight, let stem = info.stem, !info.negator, info.intensifier == nil, !names.contains(word) {
                    clauseHits.append((modify(word, term: stem, weight: weight, tokens: tokens, infos, at: i, length: 1), i))
                }
                i += 1
            }
            applyDirections(tokens, infos, hits: &clauseHits)
            applyFrames(tokens, infos, hits: &clauseHits, agentSeen: &agentSeen, memo: &memo)
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
        var words: [String] = []
        for token in clauses.joined() {
            if token.utf8.contains(32) { words += token.split(separator: " ").map(String.init) } else { words.append(token) }
        }
        let targets = findTargets(words)
        let score = hits.reduce(0) { $0 + $1.weight }
        return (ToneResult.Sentence(text: sentence, score: score, hits: hits), targets)
    }

    /// Lower-cased forms of the capitalised words inside a sentence (not its first word):
    /// in running news text these are names ("Lapas Talang Jaya", "Kelas IIA Serang") and
    /// carry no tone. Title-case headlines and all-caps acronyms (OTT, DPO) are left alone.
    static func properNames(in sentence: String) -> Set<String> {
        var text = sentence
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { properNames(bytes: $0) } ?? []
    }

    /// Byte-level word shapes: ASCII letters decide; a word with other bytes is left alone.
    static func properNames(bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var words: [(start: Int, end: Int, capitalised: Bool, lower: Bool)] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            guard (b | 0x20) >= 97, (b | 0x20) <= 122 else { i += 1; continue }
            let start = i
            var hasLower = false, ascii = true
            while i < n {
                let c = bytes[i]
                if (c | 0x20) >= 97, (c | 0x20) <= 122 {
                    if c >= 97 { hasLower = true }
                } else if c == 45 || c >= 0x80 {
                    if c >= 0x80 { ascii = false }
                } else {
                    break
                }
                i += 1
            }
            guard ascii else { continue }
            let first = bytes[start]
            words.append((start, i, first <= 90 && hasLower && i - start > 1, first >= 97))
        }
        guard words.count > 2 else { return [] }
        let long = words.filter { $0.end - $0.start >= 4 }
        if !long.isEmpty, Double(long.filter { bytes[$0.start] <= 90 }.count) / Double(long.count) >= 0.6 { return [] }
        var names = Set<String>()
        for (k, w) in words.enumerated() where w.capitalised && k > 0 {
            names.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[w.start..<w.end]), as: UTF8.self).lowercased())
        }
        guard !names.isEmpty else { return names }
        // A word also written in lower case in the same sentence is a word, not a name.
        for w in words where w.lower {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[w.start..<w.end]), as: UTF8.self)
            names.remove(text)
        }
        return names
    }

    /// Lower-cased, normalised tokens of a clause, multi-word markers joined into one token.
    func tokens(of clause: String) -> [String] {
        var memo = Memo(shared: wordCache)
        return analyzeTokens(of: clause, memo: &memo).tokens
    }

    /// Lower-cased, normalised tokens of a clause with their word information,
    /// multi-word markers joined into one token.
    func analyzeTokens(of clause: String, memo: inout Memo) -> (tokens: [String], infos: [WordInfo]) {
        var tokens: [String] = []
        var infos: [WordInfo] = []
        var needsJoin = false
        for token in Tokenizer.words(clause) {
            let i = info(token.text, memo: &memo)
            if let n = i.normalized {
                for w in n {
                    let wi = info(w, memo: &memo)
                    needsJoin = needsJoin || wi.markerStarts
                    tokens.append(w)
                    infos.append(wi)
                }
            } else {
                needsJoin = needsJoin || i.markerStarts
                tokens.append(token.text)
                infos.append(i)
            }
        }
        guard needsJoin else { return (tokens, infos) }
        var outTokens: [String] = []
        var outInfos: [WordInfo] = []
        var k = 0
        while k < tokens.count {
            if infos[k].markerStarts, let candidates = lexicon.multiwordMarkers[tokens[k]],
               let match = candidates.first(where: { k + $0.count <= tokens.count && tokens[k..<(k + $0.count)].elementsEqual($0) }) {
                let joined = match.joined(separator: " ")
                outTokens.append(joined)
                outInfos.append(info(joined, memo: &memo))
                k += match.count
            } else {
                outTokens.append(tokens[k])
                outInfos.append(infos[k])
                k += 1
            }
        }
        return (outTokens, outInfos)
    }

    /// Direction × quantity (`quantities.tsv`): "IHSG naik" is good news, "inflasi naik"
    /// bad. The composed term replaces the hits on its words.
    private func applyDirections(_ tokens: [String], _ infos: [WordInfo], hits: inout [(hit: ToneResult.Hit, index: Int)]) {
        guard infos.contains(where: { $0.direction != nil }) else { return }
        // Quantity spans in the clause.
        var spans: [(range: Range<Int>, polarity: Double)] = []
        var i = 0
        while i < tokens.count {
            if infos[i].quantityStarts, let list = lexicon.quantities[tokens[i]],
               let q = list.first(where: { i + $0.words.count <= tokens.count && tokens[i..<(i + $0.words.count)].elementsEqual($0.words) }) {
                spans.append((i..<(i + q.words.count), q.polarity))
                i += q.words.count
            } else {
                i += 1
            }
        }
        var composed: [(hit: ToneResult.Hit, index: Int)] = []
        var covered: [Range<Int>] = []
        for (d, token) in tokens.enumerated() {
            guard let direction = infos[d].direction else { continue }
            // Nearest quantity: before the direction (subject) first, then after it.
            let before = spans.last { $0.range.upperBound <= d && d - $0.range.upperBound < 4 }
            let after = spans.first { $0.range.lowerBound > d && $0.range.lowerBound - d <= 3 }
            guard let q = before ?? after else {
                // No quantity named: in news a bare rise ("Meroket 104%") is mostly good news
                // for its subject; it counts weakly, unless the lexicon already weighs the word.
                if tuning.bareDirection != 0, !hits.contains(where: { $0.index == d }) {
                    composed.append((ToneResult.Hit(surface: token, term: token, weight: tuning.bareDirection * direction,
                                                    rules: ["direction"]), d))
                    covered.append(d..<(d + 1))
                }
                continue
            }
            let range = min(q.range.lowerBound, d)..<max(q.range.upperBound, d + 1)
            let surface = tokens[range].joined(separator: " ")
            composed.append((ToneResult.Hit(surface: surface, term: surface, weight: tuning.directionWeight * direction * q.polarity,
                                            rules: ["direction"]), range.lowerBound))
            covered.append(range)
        }
        guard !composed.isEmpty else { return }
        hits.removeAll { h in covered.contains { $0.contains(h.index) } }
        hits.append(contentsOf: composed)
        hits.sort { $0.index < $1.index }
    }

    /// The framing rules of `frames.tsv`: prevention and capture by the institution, and
    /// offence labels, neutralise the negative words they govern.
    private func applyFrames(_ tokens: [String], _ infos: [WordInfo], hits: inout [(hit: ToneResult.Hit, index: Int)],
                             agentSeen: inout Bool, memo: inout Memo) {
        guard infos.contains(where: { $0.frameRole != nil || $0.frameStarts }) else { return }
        var neutralAfter: Int?
        var neutralWhole = false
        var labelRanges: [Range<Int>] = []
        var frameHits: [(hit: ToneResult.Hit, index: Int)] = []
        var skipUntil = 0
        for (i, token) in tokens.enumerated() where i >= skipUntil {
            var matched: (role: String, exact: Bool)?
            if infos[i].frameStarts, let sequences = lexicon.multiwordFrames[token],
               let hit = sequences.first(where: { i + $0.words.count <= tokens.count && tokens[i..<(i + $0.words.count)].elementsEqual($0.words) }) {
                matched = (hit.role, true)
                skipUntil = i + hit.words.count
            }
            guard let (role, exact) = matched ?? infos[i].frameRole else { continue }
            let end = max(skipUntil, i + 1)
            switch role {
            case "agent":
                agentSeen = true
            case "outsider":
                agentSeen = false
            case "prevention", "capture":
                // Passive forms ("digagalkan", "disita") name the agent after the verb.
                let passive = !exact && (token.hasPrefix("di") || token.hasPrefix("ter"))
                // Active verbs take their agent from before ("Petugas gagalkan…", but not
                // "Jaksa geledah kantor Lapas"); passives from after ("digagalkan petugas").
                let agentAfter = passive && infos[end...].contains { $0.frameRole?.role == "agent" }
                guard agentSeen || agentAfter else { continue }
                if role == "prevention" && (passive || agentAfter) {
                    neutralWhole = true
                } else if role == "prevention" || !passive {
                    neutralAfter = min(neutralAfter ?? i, i)
                }
                if !hits.contains(where: { $0.index <= i && i < $0.index + max(1, $0.hit.surface.split(separator: " ").count) }) {
                    frameHits.append((ToneResult.Hit(surface: token, term: token, weight: tuning.enforcementWeight, rules: ["enforcement"]), i))
                }
            case "holder", "label-holder":
                var start = end
                if start < tokens.count, infos[start].frameRole?.role == "marker" {
                    start += 1
                } else if start + 1 < tokens.count, lexicon.hasRole("marker", tokens[start] + " " + tokens[start + 1]) {
                    start += 2
                } else if role == "holder" {
                    continue
                }
                // The holder, the marker and up to three words of the label.
                labelRanges.append(i..<min(tokens.count, start + 3))
            default:
                break
            }
        }
        for k in hits.indices where hits[k].hit.weight < 0 {
            let index = hits[k].index
            let prevented = neutralWhole || (neutralAfter.map { index > $0 } ?? false)
            let labelled = labelRanges.contains { $0.contains(index) }
            if prevented || labelled {
                hits[k].hit.weight = 0
                hits[k].hit.rules.append(prevented ? "prevented" : "offence-label")
            }
        }
        hits.append(contentsOf: frameHits)
    }

    /// The frame role of a token, and whether it matched as written (not through a stem).
    private func frameRole(of token: String, memo: inout Memo) -> (role: String, exact: Bool)? {
        if let shared = memo.shared.role(token) { return shared }
        var found: (String, Bool)?
        for role in ["agent", "outsider", "prevention", "capture", "holder", "label-holder", "marker"] where lexicon.hasRole(role, token) {
            found = (role, true)
            break
        }
        if found == nil, token.count > 4 {
            // Frame words are a small closed list: the built-in stemmer's forms suffice
            // ("menggagalkan" → "gagalkan", which hunspell would take down to "gagal").
            outer: for candidate in Stemmer.candidates(token) {
                for role in ["prevention", "capture"] where lexicon.hasRole(role, candidate) {
                    found = (role, false)
                    break outer
                }
            }
        }
        memo.shared.setRole(token, found)
        return found
    }

    /// Applies negation and intensity around a term found at `index`.
    private func modify(_ surface: String, term: String, weight: Double, tokens: [String], _ infos: [WordInfo],
                        at index: Int, length: Int) -> ToneResult.Hit {
        var w = weight
        var rules: [String] = []
        var k = index - 1
        var negated = false
        var intensity = 1.0
        var distance = 0
        while k >= 0 {
            let info = infos[k]
            // Function words do not end the scope: "tidak mendapatkan pelayanan yang layak".
            if !info.scopeTransparent { distance += 1 }
            if distance > tuning.negationWindow { break }
            if info.negator { negated = true; break }
            if let m = info.intensifier, distance <= 2 { intensity *= m }
            if info.contrastAfter { break }
            k -= 1
        }
        let after = index + length
        if after < tokens.count, let m = infos[after].intensifier, infos[after].postModifier {
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

    /// Words a negation scope passes over without counting.
    static let scopeTransparent: Set<String> = ["yang", "dengan", "secara", "itu", "ini", "sangat", "begitu", "terlalu", "lagi", "pernah", "akan", "bisa", "dapat", "mau"]

    /// Intensifiers that follow the word they modify ("enak banget").
    static let postModifiers: Set<String> = ["sekali", "banget", "parah", "abis", "pol", "nian", "beut", "bingit", "amat"]

    private func matchPhrase(_ tokens: [String], _ infos: [WordInfo], at i: Int) -> (surface: String, term: String, weight: Double, length: Int)? {
        for phrase in infos[i].phrases where i + phrase.words.count <= tokens.count {
            var ok = true
            for (k, word) in phrase.words.enumerated().dropFirst() {
                let token = tokens[i + k]
                if token == word || infos[i + k].candidates.contains(word) { continue }
                ok = false
                break
            }
            if ok {
                let surface = tokens[i..<(i + phrase.words.count)].joined(separator: " ")
                return (surface, phrase.text, phrase.weight, phrase.words.count)
            }
        }
        return nil
    }

    /// Everything the scorer asks about one word, computed once per distinct word.
    struct WordInfo: Sendable {
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
        /// Frame role of the word alone, and whether multi-word frame terms start here.
        var frameRole: (role: String, exact: Bool)?
        var frameStarts = false
    }

    private func info(_ word: String, memo: inout Memo) -> WordInfo {
        if let cached = memo.shared.info(word) { return cached }
        var info = WordInfo()
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
        info.frameRole = frameRole(of: word, memo: &memo)
        info.frameStarts = lexicon.multiwordFrames[word] != nil
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

    private func findTargets(_ words: [String]) -> [WatchTarget] {
        guard !words.isEmpty else { return [] }
        var found: [WatchTarget] = []
        for (t, target) in watchList.targets.enumerated() {
            let aliases = aliasIndex[t]
            var matched = false
            for (k, word) in words.enumerated() {
                guard let list = aliases[word] else { continue }
                if list.contains(where: { k + $0.count <= words.count && words[k..<(k + $0.count)].elementsEqual($0) }) {
                    matched = true
                    break
                }
            }
            if matched { found.append(target) }
        }
        return found
    }

    /// Clauses of a sentence, split at commas, semicolons and colons (bytewise: fast).
    static func clauses(_ sentence: String) -> [String] {
        sentence.utf8.split(whereSeparator: { $0 == 44 || $0 == 59 || $0 == 58 }).map { String(Substring($0)) }
    }
}

extension ToneAnalyzer {
    /// The gravest incident named by a negative hit that survived the rules (so "petugas
    /// gagalkan upaya kabur" reports none): each word of the hit is looked up as written
    /// and by its root in `incidents.tsv`.
    func gravestIncident(in sentences: [ToneResult.Sentence]) -> (kind: String, severity: Int)? {
        guard !lexicon.incidents.isEmpty else { return nil }
        var best: (kind: String, severity: Int)?
        for sentence in sentences where sentence.score < 0 {
            for hit in sentence.hits where hit.weight < 0 {
                for word in (hit.term + " " + hit.surface.lowercased()).split(separator: " ") {
                    let w = String(word)
                    guard let found = lexicon.incidents[w] ?? lexicon.incidents[Stemmer.root(w)] else { continue }
                    if found.severity > (best?.severity ?? 0) { best = found }
                }
            }
        }
        return best
    }
}
