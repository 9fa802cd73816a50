import PantauCore

/// Scores the tone of Indonesian text toward the watched institution, explaining itself.
///
/// Per sentence, headline first: phrases are matched before single words, words are looked
/// up as written and then through the lexicon-guided stemmer; a negator up to three words
/// before a term flips it, an intensifier scales it, a contrast marker shifts weight to the
/// clause that counts. The event frames of `frames.tsv` (`FrameReader`) then say who did
/// what: the institution's enforcement and help count for it, crimes inside and accusations
/// against it, and the crime words of a stopped attempt or of an offence label do not count.
/// `RelevanceJudge` decides whether the text is about a watched target at all; the verdict
/// (`judge`) lets a headline frame lead and keeps weak or routine coverage neutral.
/// Immutable and `Sendable`.
public struct ToneAnalyzer: Sendable {
    public let lexicon: Lexicon
    public let watchList: WatchList
    public var tuning: Tuning
    /// Hunspell morphology, when the dictionary is installed; without it the built-in
    /// stemmer alone guides lexicon lookups.
    public let morphology: HunspellDictionary?
    /// Per-word results shared by every call (and every copy) of this analyzer.
    let wordCache = WordCache()
    let relevance: RelevanceJudge

    public init(lexicon: Lexicon, watchList: WatchList = .default, tuning: Tuning = Tuning(),
                morphology: HunspellDictionary? = nil) {
        self.lexicon = lexicon
        self.watchList = watchList
        self.tuning = tuning
        self.morphology = morphology
        relevance = RelevanceJudge(watchList: watchList)
    }

    /// What the scorer's verdicts depend on besides the text: the lexicon files, the watch
    /// list and the tuning. Stored with every tone result; when it changes, `pantau rescore`
    /// scores again.
    public var version: String {
        var hash = Hasher.Stable()
        hash.combine(lexicon.version)
        for target in watchList.targets {
            hash.combine(target.name)
            hash.combine(String(target.priority))
            for alias in target.aliases { hash.combine(alias) }
            hash.combine("|")
            for alias in target.contextAliases { hash.combine(alias) }
        }
        hash.combine(tuning.fingerprint)
        hash.combine(Self.methodVersion)
        return lexicon.version + "-" + hash.hex
    }

    /// Bumped when the method itself changes what it concludes from the same inputs.
    static let methodVersion = "frames-1"

    /// One sentence as scored, before the text-level verdict.
    struct ScoredSentence {
        var sentence: ToneResult.Sentence
        var frames: [ToneResult.Frame]
        var routine: Bool
        var isTitle: Bool
        /// An official of the institution speaks in it (its own figures, its own account).
        var officialVoice: Bool
        var mentions: [RelevanceJudge.Mention]
    }

    /// Scores a text, optionally with its headline.
    ///
    /// First every sentence is read (words, lexicon hits, mentions of watched targets); then
    /// `RelevanceJudge` decides whether the text is about a target. Only then are the frames
    /// read: they describe coverage of the institution, and in a text about something else
    /// only the lexicon speaks.
    public func analyze(title: String? = nil, text: String) -> ToneResult {
        var memo = Memo(shared: wordCache)
        var read: [ReadSentence] = []
        let headline = title.map { $0.trimmingWhitespace() } ?? ""
        if !headline.isEmpty { read.append(readSentence(headline, isTitle: true, memo: &memo)) }
        let titleKey = Self.comparable(headline)
        for sentence in Tokenizer.sentences(text) where !Self.isClutter(sentence) {
            // Extractors often repeat the headline as the first line of the text.
            if !titleKey.isEmpty, Self.comparable(sentence) == titleKey { continue }
            read.append(readSentence(sentence, isTitle: false, memo: &memo))
        }
        let relevance = self.relevance.judge(read.map(\.mentions), hasHeadline: !headline.isEmpty)
        var context = FrameContext()
        let scored = read.map { sentence -> ScoredSentence in
            context.headline = sentence.isTitle
            return finishSentence(sentence, about: relevance.relevant, context: &context)
        }
        let vocabulary = !relevance.relevant && read.contains { $0.namesWatchedWord() }
        return judge(scored, relevance: relevance, namesWatchedWord: vocabulary)
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

    /// Lines that are not the article: links to other stories, advertising, image markup.
    static func isClutter(_ sentence: String) -> Bool {
        let first = sentence.utf8.first ?? 0
        guard clutterFirstBytes.contains(first | 0x20) || first == 0x21 || first == 0x5B else { return false }
        for marker in clutterStarts {
            var a = sentence.utf8.makeIterator()
            var matched = true
            for m in marker.utf8 {
                guard let b = a.next(), b.asciiLowercased == m else { matched = false; break }
            }
            if matched { return true }
        }
        return false
    }

    static let clutterStarts = ["baca juga", "baca:", "simak juga", "lihat juga", "artikel terkait", "berita terkait",
                                "advertisement", "scroll to continue", "![", "[![", "http://", "https://"]
    /// First bytes (lower-cased) of the markers: most sentences are rejected at once.
    static let clutterFirstBytes: Set<UInt8> = Set(clutterStarts.compactMap { $0.utf8.first })

    /// Letters and digits only, lower-cased: how a repeated headline is recognised.
    static func comparable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })).lowercased()
    }

    /// A sentence read: its words, lexicon hits and mentions, before frames.
    struct ReadSentence {
        var text: String
        var isTitle: Bool
        var analyzed: [(tokens: [String], infos: [WordInfo])]
        var words: SentenceWords
        var hits: [SentenceHit]
        var mentions: [RelevanceJudge.Mention]

        /// The sentence names a watched word, or a word derived from one ("dipenjara").
        func namesWatchedWord() -> Bool {
            !mentions.isEmpty || words.infos.contains(where: \.aliasForm)
        }
    }

    private func readSentence(_ sentence: String, isTitle: Bool, memo: inout Memo) -> ReadSentence {
        let analyzed = Self.clauseTokens(sentence).map { analyzeTokens($0, memo: &memo) }
        // Capitalised names, found only once a weighted word needs the check.
        var names: Set<String>?
        var words = SentenceWords()
        var lexical: [SentenceHit] = []
        // Per clause: lexicon hits with negation and intensity, then direction × quantity.
        for (c, (tokens, infos)) in analyzed.enumerated() {
            let offset = words.tokens.count
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
                if let weight = info.weight, let stem = info.stem, !info.negator, info.intensifier == nil {
                    if names == nil { names = Self.properNames(in: sentence) }
                    if names?.contains(word) == true { i += 1; continue }
                    clauseHits.append((modify(word, term: stem, weight: weight, tokens: tokens, infos, at: i, length: 1), i))
                }
                i += 1
            }
            applyDirections(tokens, infos, hits: &clauseHits)
            for (hit, index) in clauseHits {
                let length = 1 + hit.surface.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) }
                lexical.append(SentenceHit(hit: hit, index: offset + index, length: length, clause: c))
            }
            words.tokens += tokens
            words.infos += infos
            words.clause += Array(repeating: c, count: tokens.count)
        }
        var mentions: [RelevanceJudge.Mention] = []
        if words.infos.contains(where: \.aliasStart) {
            var plain: [String] = []
            for token in words.tokens {
                if token.utf8.contains(32) { plain += token.split(separator: " ").map(String.init) } else { plain.append(token) }
            }
            mentions = relevance.mentions(in: plain)
        }
        return ReadSentence(text: sentence, isTitle: isTitle, analyzed: analyzed, words: words, hits: lexical,
                            mentions: mentions)
    }

    /// Frames (in a text about the institution) or the general lexicon alone (otherwise),
    /// then contrast and concession per clause.
    private func finishSentence(_ read: ReadSentence, about institution: Bool, context: inout FrameContext) -> ScoredSentence {
        var lexical = read.hits
        var frames: [ToneResult.Frame] = []
        var routine = false
        var officialVoice = false
        if institution {
            // Frames over the whole sentence: an agent named in one clause acts in the next.
            let reader = FrameReader(lexicon: lexicon, tuning: tuning)
            (frames, routine) = reader.read(read.words, hits: &lexical, context: &context)
            officialVoice = reader.officialVoice(read.words)
        }
        let words = read.words
        var hits: [ToneResult.Hit] = []
        var nextClauseBoost = 1.0
        var byClause: [Int: [SentenceHit]] = [:]
        for h in lexical { byClause[h.clause, default: []].append(h) }
        for (c, (_, infos)) in read.analyzed.enumerated() {
            let offset = words.clause.firstIndex(of: c) ?? 0
            var clauseFactor = nextClauseBoost
            nextClauseBoost = 1
            if let first = infos.first, first.concessive {
                clauseFactor *= tuning.concessive
                nextClauseBoost = tuning.afterContrast
            }
            // Index of the last "after" contrast marker in the clause: before it counts less.
            let contrastIndex = infos.lastIndex { $0.contrastAfter }.map { $0 + offset }
            for h in (byClause[c] ?? []).sorted(by: { $0.index < $1.index }) {
                var hit = h.hit
                if let contrast = contrastIndex {
                    if h.index < contrast {
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
        let score = hits.reduce(0) { $0 + $1.weight }
        return ScoredSentence(sentence: ToneResult.Sentence(text: read.text, score: score, hits: hits), frames: frames,
                              routine: routine, isTitle: read.isTitle, officialVoice: officialVoice,
                              mentions: read.mentions)
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
        analyzeTokens(Tokenizer.words(clause)[...], memo: &memo)
    }

    /// The sentence's words grouped by clause (split at commas, semicolons and colons), from
    /// one pass of the tokenizer.
    static func clauseTokens(_ sentence: String) -> [ArraySlice<Tokenizer.Token>] {
        let tokens = Tokenizer.words(sentence)
        guard !tokens.isEmpty else { return [] }
        // Separator offsets in the tokenizer's units: bytes for ASCII text, scalars otherwise.
        var separators: [Int] = []
        if sentence.utf8.allSatisfy({ $0 < 0x80 }) {
            for (k, b) in sentence.utf8.enumerated() where b == 44 || b == 59 || b == 58 { separators.append(k) }
        } else {
            for (k, c) in sentence.unicodeScalars.enumerated() where c == "," || c == ";" || c == ":" { separators.append(k) }
        }
        guard !separators.isEmpty else { return [tokens[...]] }
        var groups: [ArraySlice<Tokenizer.Token>] = []
        var start = 0
        var next = 0
        for (k, token) in tokens.enumerated() {
            var crossed = false
            while next < separators.count, separators[next] < token.range.lowerBound { next += 1; crossed = true }
            if crossed, k > start {
                groups.append(tokens[start..<k])
                start = k
            }
        }
        groups.append(tokens[start...])
        return groups
    }

    func analyzeTokens(_ clause: ArraySlice<Tokenizer.Token>, memo: inout Memo) -> (tokens: [String], infos: [WordInfo]) {
        var tokens: [String] = []
        var infos: [WordInfo] = []
        tokens.reserveCapacity(clause.count)
        infos.reserveCapacity(clause.count)
        var needsJoin = false
        for token in clause {
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

    /// Clauses of a sentence, split at commas, semicolons and colons (bytewise: fast).
    static func clauses(_ sentence: String) -> [String] {
        sentence.utf8.split(whereSeparator: { $0 == 44 || $0 == 59 || $0 == 58 }).map { String(Substring($0)) }
    }
}
