import PantauCore

/// One lexicon hit inside a sentence, with where its words are.
struct SentenceHit {
    var hit: ToneResult.Hit
    /// First word of the hit in the sentence's word list, its word count and clause.
    var index: Int
    var length: Int
    var clause: Int

    var range: Range<Int> { index..<(index + length) }
}

/// A sentence's words as the frame reader sees them: the clauses joined, each word with
/// its information and clause number.
struct SentenceWords {
    var tokens: [String] = []
    var infos: [ToneAnalyzer.WordInfo] = []
    var clause: [Int] = []

    func clauseRange(of k: Int) -> Range<Int> {
        let c = clause[k]
        var a = k, b = k + 1
        while a > 0, clause[a - 1] == c { a -= 1 }
        while b < clause.count, clause[b] == c { b += 1 }
        return a..<b
    }

    /// The end of a verb's scope: its clause, continued over the next clauses of a list
    /// ("potensi gangguan keamanan, termasuk peredaran HP ilegal dan narkoba").
    func scopeEnd(of k: Int) -> Int {
        var end = clauseRange(of: k).upperBound
        while end < tokens.count, Self.listWords.contains(tokens[end]) { end = clauseRange(of: end).upperBound }
        return end
    }

    static let listWords: Set<String> = ["termasuk", "seperti", "serta", "dan", "maupun", "hingga", "mulai", "baik",
                                         "atau", "ataupun", "bahkan"]
}

/// What the text around a sentence has established (read in order, headline first).
struct FrameContext {
    /// A search of the blocks was reported: what is found from here on is its haul.
    var search = false
    /// The sentence is the headline.
    var headline = false
}

/// Reads the event frames of one sentence (`frames.tsv` explains the roles) and applies
/// them to its lexicon hits: who acted (the last actor before an active verb, the one after
/// a passive verb, "berhasil" for an institution's passive success), on what, and what it
/// means for the institution.
///
/// - enforcement: an institution agent prevents, seizes, finds or catches contraband, a
///   smuggling attempt or a smuggler from outside → `+enforcementWeight`, and the crime words
///   it governs score nothing (they were stopped);
/// - search: the institution searching the blocks → its haul scores nothing; with a clean
///   outcome → `+cleanWeight`;
/// - inside-crime: contraband used, traded, controlled or got through inside, or smuggled
///   by inmates or staff; exposure: inmates or staff caught by an outsider → the crime words
///   count in full (`−failureWeight` when none is weighed);
/// - accusation: an accuser accusing → its negative words count in full;
/// - remedy and prevention (by anyone): the problem after the verb is its object, not an
///   event ("atasi kelebihan kapasitas", "guna mencegah pungli");
/// - aid: the institution helping others → `+aidWeight`, their misfortune scores nothing;
/// - labels: "napi kasus narkoba", "narapidana terorisme", "Lapas Narkotika" name a case or
///   a unit → the crime words in them score nothing;
/// - otherwise contraband and smuggling words only name the topic: × `topicFactor`.
struct FrameReader {
    let lexicon: Lexicon
    let tuning: ToneAnalyzer.Tuning

    /// One role-bearing word or phrase.
    struct RoleMatch {
        var range: Range<Int>
        var roles: FrameRoles
        /// After a locative preposition ("di Lapas Porong", "ke rutan"): a place, not an actor.
        var place = false
        /// Verb in the passive (di-, ter-, ke-): its agent follows it.
        var passive: Bool
        /// Verbal noun (pe-…-an): its agent may follow ("penggagalan oleh petugas") or precede.
        var nominal: Bool
        var text: String
    }

    func read(_ words: SentenceWords, hits: inout [SentenceHit], context: inout FrameContext) -> (frames: [ToneResult.Frame], routine: Bool) {
        if Self.isHistory(words) {
            // The past of a building or an era: its bad words are not the institution's conduct.
            for k in hits.indices where hits[k].hit.weight < 0 {
                hits[k].hit.weight = 0
                hits[k].hit.rules.append("history")
            }
        }
        let matches = roleMatches(words)
        guard !matches.isEmpty else { return ([], false) }
        let routine = matches.contains { $0.roles.contains(.routine) }
        applyLabels(words, matches, hits: &hits)
        var state = State()
        // Roles per word, multi-word terms included ("barang haram" is contraband).
        state.roles = Array(repeating: [], count: words.tokens.count)
        for match in matches { for k in match.range { state.roles[k].formUnion(match.roles) } }
        // Stopping comes first: what was prevented or tackled cannot be a failure too.
        for m in matches.indices { readStopping(m, matches, words, hits: hits, state: &state) }
        for m in matches.indices { readEvents(m, matches, words, hits: hits, context: &context, state: &state) }

        for k in hits.indices where hits[k].hit.weight < 0 {
            let index = hits[k].index
            if state.failed.contains(where: { $0.contains(index) }) { continue }
            if state.stopped.contains(where: { $0.contains(index) }) {
                hits[k].hit.weight = 0
                hits[k].hit.rules.append("prevented")
            } else if isTopic(hits[k], state.roles), !repeated(hits[k], state.roles) {
                if state.haul {
                    hits[k].hit.weight = 0
                    hits[k].hit.rules.append("haul")
                } else {
                    hits[k].hit.weight *= tuning.topicFactor
                    hits[k].hit.rules.append("topic")
                }
            }
        }
        hits.append(contentsOf: state.extra.filter { $0.hit.weight != 0 })
        var frames = state.frames
        for k in frames.indices { frames[k].headline = context.headline }
        return (frames, routine)
    }

    /// What one sentence's frames decided so far.
    struct State {
        var frames: [ToneResult.Frame] = []
        /// Words that say what was stopped or tackled: they score nothing.
        var stopped: [Range<Int>] = []
        /// Words that say what went wrong: they score in full.
        var failed: [Range<Int>] = []
        /// The sentence reports a search: its contraband words are the haul.
        var haul = false
        var extra: [SentenceHit] = []
        var roles: [FrameRoles] = []
    }

    /// Who acts for the verb at `m`, and whether that is the institution or another body.
    struct Actor {
        var index: Int?
        var institution: Bool
        var outsider: Bool
        var text: String?
    }

    func actorInfo(_ m: Int, _ matches: [RoleMatch], _ words: SentenceWords) -> Actor {
        let a = actor(of: m, matches, words)
        let roles = a.map { matches[$0].roles } ?? []
        return Actor(index: a, institution: roles.contains(.agent),
                     outsider: roles.contains(.outsider) || roles.contains(.accuser), text: a.map { matches[$0].text })
    }

    /// Prevention, remedy and aid: the bad things after the verb (its whole clause in the
    /// passive) are its object.
    func readStopping(_ m: Int, _ matches: [RoleMatch], _ words: SentenceWords, hits: [SentenceHit], state: inout State) {
        let match = matches[m]
        let roles = match.roles
        let clause = words.clauseRange(of: match.range.lowerBound)
        let objects: FrameRoles = [.contraband, .smuggle, .attempt, .visitor]
        if roles.contains(.prevention) || roles.contains(.remedy) {
            let range = match.passive ? clause.lowerBound..<words.scopeEnd(of: match.range.lowerBound)
                : match.range.upperBound..<words.scopeEnd(of: match.range.lowerBound)
            let covered = hits.contains { $0.hit.weight < 0 && range.contains($0.index) } || object(in: range, matches, objects) != nil
            guard covered else { return }
            // The verb itself is the stopping ("penggagalan" is not "gagal").
            state.stopped.append(match.range.lowerBound..<range.upperBound)
            state.stopped.append(range)
            let actor = actorInfo(m, matches, words)
            let implicit = actor.index == nil && (match.passive || match.nominal) || succeeded(before: match, words)
            if roles.contains(.prevention), !actor.outsider, actor.institution || implicit {
                let object = self.object(in: range, matches, objects).map { matches[$0].text }
                state.frames.append(frame(.enforcement, .positive, agent: actor.text, match, object: object, weight: tuning.enforcementWeight))
                state.extra.append(bonus(match, words, weight: tuning.enforcementWeight, rule: "enforcement", hits: hits))
            } else if roles.contains(.remedy) || roles.contains(.prevention) {
                state.frames.append(frame(.remedy, .neutral, agent: actor.text, match, object: nil, weight: 0))
            }
        } else if roles.contains(.irrealis) {
            // What may happen is not what did: "berpotensi memicu kebakaran".
            state.stopped.append(match.range.lowerBound..<words.scopeEnd(of: match.range.lowerBound))
        } else if roles.contains(.clean) {
            // A clean outcome's own words ("dinyatakan negatif") are good news.
            state.stopped.append(match.range)
        } else if roles.contains(.aid) {
            let actor = actorInfo(m, matches, words)
            guard actor.institution, !match.passive else { return }
            state.frames.append(frame(.aid, .positive, agent: actor.text, match, object: nil, weight: tuning.aidWeight))
            state.extra.append(bonus(match, words, weight: tuning.aidWeight, rule: "aid", hits: hits))
            state.stopped.append(match.range.upperBound..<words.tokens.count)
        }
    }

    /// Searches, seizures and finds, discoveries, crimes inside, smuggling by insiders,
    /// accusations.
    func readEvents(_ m: Int, _ matches: [RoleMatch], _ words: SentenceWords, hits: [SentenceHit],
                    context: inout FrameContext, state: inout State) {
        let match = matches[m]
        let roles = match.roles
        let n = words.tokens.count
        let clause = words.clauseRange(of: match.range.lowerBound)
        let isStopped = state.stopped.contains { $0.contains(match.range.lowerBound) }
        let searchHere = matches.contains { $0.roles.contains(.search) }

        if roles.contains(.search) {
            // A search of people or goods at the gate is screening: its finds are seizures.
            if m + 1 < matches.count, matches[m + 1].roles.contains(.gate),
               matches[m + 1].range.lowerBound <= match.range.upperBound + 1 { return }
            let actor = actorInfo(m, matches, words)
            if actor.outsider {
                // Another body searching the unit (police, prosecutors, BNN): an investigation
                // of it, and what it finds is exposed, not seized.
                state.frames.append(frame(.exposure, .negative, agent: actor.text, match, object: nil, weight: tuning.failureWeight))
                state.failed.append(0..<n)
                state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "exposure", hits: hits))
                return
            }
            context.search = true
            state.haul = true
            if let clean = matches.first(where: { $0.roles.contains(.clean) }) {
                state.frames.append(frame(.cleanSearch, .positive, agent: actor.text, match, object: clean.text, weight: tuning.cleanWeight))
                state.extra.append(bonus(match, words, weight: tuning.cleanWeight, rule: "clean-search", hits: hits))
            } else if !state.frames.contains(where: { $0.kind == .search }) {
                state.frames.append(frame(.search, .neutral, agent: actor.text, match, object: nil, weight: 0))
            }
            return
        }

        if roles.contains(.clean), context.search, !searchHere {
            // The outcome of a search reported earlier ("Hasilnya nihil").
            state.frames.append(frame(.cleanSearch, .positive, agent: nil, match, object: nil, weight: tuning.cleanWeight))
            state.extra.append(bonus(match, words, weight: tuning.cleanWeight, rule: "clean-search", hits: hits))
            state.haul = true
            return
        }

        if !roles.intersection([.capture, .find, .prevention]).isEmpty, match.range.lowerBound > 0,
           words.infos[max(0, match.range.lowerBound - 2)..<match.range.lowerBound].contains(where: { $0.roles.contains(.failed) }) {
            // "Petugas Gagal Deteksi Drone…": the enforcement failed, the smuggling did not.
            state.frames.append(frame(.insideCrime, .negative, agent: nil, match, object: nil, weight: tuning.failureWeight))
            state.failed.append(clause.lowerBound..<n)
            state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "inside-crime", hits: hits))
            return
        }

        if roles.contains(.investigate) {
            let actor = actorInfo(m, matches, words)
            let objectRange = match.passive ? clause.lowerBound..<match.range.lowerBound : match.range.upperBound..<clause.upperBound
            let examined = matches.indices.first { objectRange.contains(matches[$0].range.lowerBound)
                && !matches[$0].roles.intersection([.holder, .agent]).isEmpty }
            // Staff examined by anyone, or the unit and its inmates by another body.
            guard let examined, actor.outsider || matches[examined].roles.contains(.agent) && !matches[examined].roles.contains(.unit) && !actor.institution
            else { return }
            state.frames.append(frame(.exposure, .negative, agent: actor.text, match, object: matches[examined].text, weight: tuning.failureWeight))
            state.failed.append(clause.lowerBound..<n)
            state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "exposure", hits: hits))
            return
        }

        if roles.contains(.capture) || roles.contains(.find), !isStopped {
            let actor = actorInfo(m, matches, words)
            // Whom or what it caught: the subject of a passive, the object of an active verb.
            let objectRange = match.passive ? clause.lowerBound..<match.range.lowerBound : match.range.upperBound..<clause.upperBound
            // An institution agent's active find with nothing after it takes what the
            // sentence named before ("Pria Selundupkan Narkoba ke Rutan, Petugas Curiga").
            let before = match.passive ? match.range.upperBound..<clause.upperBound
                : actor.institution ? 0..<match.range.lowerBound : 0..<0
            let thing = object(in: objectRange, matches, [.contraband, .smuggle, .attempt, .visitor])
                ?? object(in: before, matches, [.contraband, .smuggle])
            let insider = matches.indices.first { objectRange.contains(matches[$0].range.lowerBound) && !matches[$0].place
                && !matches[$0].roles.intersection([.holder, .agent]).isEmpty }
            // Staff caught, or inmates caught by anyone but the institution: a failure
            // exposed ("Sipir Rutan … Ditangkap karena Selundupkan Sabu").
            if match.passive, roles.contains(.capture), let insider, object(in: objectRange, matches, [.visitor]) == nil,
               matches[insider].roles.contains(.agent) && !matches[insider].roles.contains(.unit) || !actor.institution {
                state.frames.append(frame(.exposure, .negative, agent: actor.text, match, object: matches[insider].text, weight: tuning.failureWeight))
                state.failed.append(clause.lowerBound..<n)
                state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "exposure", hits: hits))
                return
            }
            // The institution's own watchfulness ("petugas mencurigai") is not a bad word.
            if actor.institution { state.stopped.append(match.range) }
            if actor.outsider {
                guard let caught = insider ?? thing else { return }
                state.frames.append(frame(.exposure, .negative, agent: actor.text, match, object: matches[caught].text, weight: tuning.failureWeight))
                state.failed.append(clause)
                state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "exposure", hits: hits))
                return
            }
            // Inmates or staff caught with it is internal discipline, not a seizure at the gate.
            guard let thing, insider == nil || object(in: objectRange, matches, [.visitor]) != nil else { return }
            // After a search was reported, what is found is its haul (routine news).
            if context.search || searchHere {
                state.haul = true
                return
            }
            // Found in the blocks or cells, outside a search: it had got in.
            if roles.contains(.find), let place = object(in: match.range.upperBound..<clause.upperBound, matches, [.inside]) {
                state.frames.append(frame(.insideCrime, .negative, agent: actor.text, match, object: matches[place].text, weight: tuning.failureWeight))
                state.failed.append(clause)
                state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "inside-crime", hits: hits))
                return
            }
            guard actor.institution || match.passive || actor.index == nil && roles.contains(.capture) else { return }
            state.frames.append(frame(.enforcement, .positive, agent: actor.text, match, object: matches[thing].text,
                                      weight: tuning.enforcementWeight))
            state.extra.append(bonus(match, words, weight: tuning.enforcementWeight, rule: "enforcement", hits: hits))
            state.stopped.append(clause)
            return
        }

        if roles.contains(.reveal) {
            // "…, Ternyata (Berisi) 14 Paket Sabu": the discovery of a seizure.
            var k = match.range.upperBound
            while k < n, words.infos[k].roles.contains(.container) || words.tokens[k].first?.isNumber == true { k += 1 }
            guard k < n, words.infos[k].roles.contains(.contraband) else { return }
            if context.search || searchHere { state.haul = true; return }
            state.frames.append(frame(.enforcement, .positive, agent: nil, match, object: words.tokens[k], weight: tuning.enforcementWeight))
            state.extra.append(bonus(match, words, weight: tuning.enforcementWeight, rule: "enforcement", hits: hits))
            state.stopped.append(clause)
            return
        }

        if roles.contains(.insideCrime) || roles.contains(.success), !isStopped,
           !(match.range.lowerBound > 0 && words.infos[match.range.lowerBound - 1].negator) {
            // Contraband (or a crime) within three words either side: "napi kendalikan
            // narkoba", "pesta sabu", "HP masuk ke blok".
            // Success words take their contraband as subject: the clause's first thing, or
            // within four words before ("Ganja dikirim … dan lolos pemeriksaan", "HP masuk");
            // their -nya nouns right after ("masuknya HP").
            let near: Range<Int>
            if roles.contains(.success) && !roles.contains(.insideCrime) {
                if match.text.hasSuffix("nya") {
                    near = match.range.upperBound..<min(n, match.range.upperBound + 3)
                } else if let first = matches.first(where: { clause.contains($0.range.lowerBound) }),
                          first.roles.contains(.contraband), first.range.upperBound <= match.range.lowerBound {
                    near = first.range
                } else {
                    near = max(clause.lowerBound, match.range.lowerBound - 4)..<match.range.lowerBound
                }
            } else {
                near = max(0, match.range.lowerBound - 3)..<min(n, match.range.upperBound + 3)
            }
            guard let thing = object(in: near, matches, roles.contains(.insideCrime) ? [.contraband, .offence] : [.contraband]),
                  words.clause[matches[thing].range.lowerBound] == words.clause[match.range.lowerBound] else { return }
            let actor = actorInfo(m, matches, words)
            state.frames.append(frame(.insideCrime, .negative, agent: actor.text, match, object: matches[thing].text, weight: tuning.failureWeight))
            state.failed.append(clause)
            state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "inside-crime", hits: hits))
            return
        }

        if roles.contains(.smuggle), !match.passive, !match.nominal, !isStopped {
            // Smuggling by inmates or staff ("Napi Selundupkan Sabu") is a failure inside; an
            // attempt ("nyaris selundupkan") or a visitor's smuggling is not.
            let k = match.range.lowerBound
            if k > 0, words.infos[k - 1].roles.contains(.attempt) { return }
            if object(in: clause.lowerBound..<k, matches, [.visitor]) != nil { return }
            let from = max(clause.lowerBound, match.range.lowerBound - 3)
            guard let subject = lastNoun(before: match.range.lowerBound, in: from..<match.range.lowerBound, matches),
                  !matches[subject].roles.intersection([.holder, .agent]).isEmpty,
                  matches[subject].roles.intersection([.visitor, .outsider]).isEmpty else { return }
            state.frames.append(frame(.insideCrime, .negative, agent: matches[subject].text, match, object: nil, weight: tuning.failureWeight))
            state.failed.append(clause)
            state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "inside-crime", hits: hits))
            return
        }

        if roles.contains(.accuse) {
            let actor = actorInfo(m, matches, words)
            guard actor.outsider || actor.index == nil else { return }
            state.frames.append(frame(.accusation, .negative, agent: actor.text, match, object: nil, weight: tuning.failureWeight))
            state.failed.append(match.range.lowerBound..<clause.upperBound)
            state.extra.append(bonus(match, words, weight: -tuning.failureWeight, rule: "accusation", hits: hits))
        }
    }

    /// A history word or a year before 1980 written in the sentence.
    static func isHistory(_ words: SentenceWords) -> Bool {
        for (k, token) in words.tokens.enumerated() {
            if words.infos[k].roles.contains(.history) { return true }
            if token.utf8.count == 4, let year = Int(token), year >= 1500, year < 1980 { return true }
        }
        return false
    }

    /// An agent of the institution and a verb of saying in one sentence: its own account
    /// ("kata Kalapas", "Karutan menjelaskan").
    func officialVoice(_ words: SentenceWords) -> Bool {
        words.infos.contains { $0.roles.contains(.speech) } && words.infos.contains { $0.roles.contains(.agent) }
    }

    // MARK: Roles

    /// The role-bearing words of the sentence, multi-word terms first (within a clause).
    func roleMatches(_ words: SentenceWords) -> [RoleMatch] {
        var result: [RoleMatch] = []
        var i = 0
        let n = words.tokens.count
        while i < n {
            let info = words.infos[i]
            if let key = info.frameKey, let sequences = lexicon.multiwordFrames[key],
               let hit = sequences.first(where: { s in
                   i + s.words.count <= n && words.clause[i + s.words.count - 1] == words.clause[i]
                       && zip(s.words.indices, s.words).allSatisfy { k, w in words.tokens[i + k] == w || words.infos[i + k].candidates.contains(w) }
               }) {
                let range = i..<(i + hit.words.count)
                result.append(RoleMatch(range: range, roles: hit.roles, passive: Self.isPassive(words.tokens[i], hit.roles),
                                        nominal: Self.isNominal(words.tokens[i], hit.roles),
                                        text: words.tokens[range].joined(separator: " ")))
                i += hit.words.count
                continue
            }
            if !info.roles.isEmpty {
                let token = words.tokens[i]
                result.append(RoleMatch(range: i..<(i + 1), roles: info.roles, passive: Self.isPassive(token, info.roles),
                                        nominal: Self.isNominal(token, info.roles), text: token))
            }
            i += 1
        }
        for k in result.indices {
            let start = result[k].range.lowerBound
            result[k].place = start > 0 && Self.locatives.contains(words.tokens[start - 1])
        }
        return result
    }

    /// Prepositions of place: the unit after them is where, not who.
    static let locatives: Set<String> = ["di", "ke", "dari", "dalam", "menuju", "pada"]

    /// A verb in the passive (di-, ter-, ke-…-an, kepergok): its agent follows it.
    static func isPassive(_ token: String, _ roles: FrameRoles) -> Bool {
        guard !roles.intersection(.verbal).isEmpty else { return false }
        return token.hasPrefix("di") && token.count > 4 || token.hasPrefix("ter") && token.count > 5
            || token.hasPrefix("ke") && token.hasSuffix("an") || token.hasPrefix("kepergok")
    }

    static func isNominal(_ token: String, _ roles: FrameRoles) -> Bool {
        guard !roles.intersection(.verbal).isEmpty else { return false }
        return token.hasPrefix("pe") && token.hasSuffix("an")
    }

    /// The actor of the verb at `m`: for the passive (and verbal nouns) an actor within
    /// four words after it in its clause; for the active voice (and verbal nouns without one
    /// after) the last actor before it in the sentence, or, for a verb fronted in a headline
    /// clause ("Gagalkan Penyelundupan, Petugas Lapas …"), the first actor after it.
    func actor(of m: Int, _ matches: [RoleMatch], _ words: SentenceWords) -> Int? {
        let match = matches[m]
        guard !match.roles.intersection(.verbal).isEmpty || match.roles.contains(.reveal) else { return nil }
        let isActor: (RoleMatch) -> Bool = { !$0.roles.intersection(.actor).isEmpty && !$0.place }
        if match.passive || match.nominal {
            let limit = match.range.upperBound + 4
            if let after = matches[(m + 1)...].prefix(while: { $0.range.lowerBound < limit }).firstIndex(where: isActor),
               words.clause[matches[after].range.lowerBound] == words.clause[match.range.lowerBound] {
                return after
            }
            if match.passive { return nil }
        }
        if let before = matches[..<m].lastIndex(where: isActor) { return before }
        let clauseStart = words.clauseRange(of: match.range.lowerBound).lowerBound
        guard match.range.lowerBound == clauseStart else { return nil }
        return matches[(m + 1)...].firstIndex(where: isActor)
    }

    /// "berhasil" (or "sukses") right before a passive: the institution's own success.
    func succeeded(before match: RoleMatch, _ words: SentenceWords) -> Bool {
        let k = match.range.lowerBound
        return k > 0 && (words.tokens[k - 1] == "berhasil" || words.tokens[k - 1] == "sukses")
    }

    /// The first match inside `range` with any of `roles`.
    func object(in range: Range<Int>, _ matches: [RoleMatch], _ roles: FrameRoles) -> Int? {
        matches.firstIndex { range.contains($0.range.lowerBound) && !$0.roles.intersection(roles).isEmpty }
    }

    /// The nearest person-like match (holder, agent, visitor, outsider) before `k` in its clause.
    func lastNoun(before k: Int, in clause: Range<Int>, _ matches: [RoleMatch]) -> Int? {
        matches.lastIndex { $0.range.upperBound <= k && clause.contains($0.range.lowerBound) && !$0.place
            && !$0.roles.intersection([.holder, .agent, .visitor, .outsider, .accuser]).isEmpty }
    }

    // MARK: Labels

    /// Offence labels: a holder with a marker and up to three words of the label ("napi
    /// kasus narkoba"), a holder followed by an offence ("narapidana terorisme"), a label
    /// holder and three words ("terpidana korupsi"), a unit named by its offence ("Lapas
    /// Narkotika"): their crime words score nothing.
    func applyLabels(_ words: SentenceWords, _ matches: [RoleMatch], hits: inout [SentenceHit]) {
        var ranges: [Range<Int>] = []
        let n = words.tokens.count
        for (m, match) in matches.enumerated() {
            let end = match.range.upperBound
            if match.roles.contains(.unit) {
                var k = end
                if k < n, words.tokens[k] == "khusus" { k += 1 }
                if k < n, words.infos[k].roles.contains(.offence) || words.infos[k].roles.contains(.contraband) {
                    ranges.append(match.range.lowerBound..<(k + 1))
                }
            }
            if match.roles.contains(.holder) || match.roles.contains(.labelHolder) {
                let next = m + 1 < matches.count && matches[m + 1].range.lowerBound == end ? matches[m + 1] : nil
                if let next, next.roles.contains(.marker) {
                    ranges.append(match.range.lowerBound..<labelEnd(words, from: next.range.upperBound))
                } else if match.roles.contains(.labelHolder) {
                    ranges.append(match.range.lowerBound..<labelEnd(words, from: end))
                } else if let next, next.roles.contains(.offence) {
                    ranges.append(match.range.lowerBound..<next.range.upperBound)
                }
            }
        }
        guard !ranges.isEmpty else { return }
        for k in hits.indices where hits[k].hit.weight < 0 && ranges.contains(where: { $0.contains(hits[k].index) }) {
            hits[k].hit.weight = 0
            hits[k].hit.rules.append("offence-label")
        }
    }

    /// Where an offence label ends: up to three words, but not into a verb ("Residivis
    /// Kasus Begal Kembali Beraksi": the label is "kasus begal").
    func labelEnd(_ words: SentenceWords, from start: Int) -> Int {
        var k = start
        while k < min(words.tokens.count, start + 3) {
            let token = words.tokens[k]
            let roles = words.infos[k].roles
            if !roles.contains(.offence), roles.contains(.repeated) || token == "yang" || words.infos[k].negator
                || ["me", "di", "ber", "ter"].contains(where: { token.hasPrefix($0) }) && token.count > 5 { break }
            k += 1
        }
        return k
    }

    // MARK: Helpers

    /// Contraband, smuggling and offence words name the topic (the case, the haul): a hit
    /// whose words include one and none that says it was used, traded or got through.
    func isTopic(_ hit: SentenceHit, _ roleOf: [FrameRoles]) -> Bool {
        var topic = false
        for k in hit.range where k < roleOf.count {
            let roles = roleOf[k]
            if roles.contains(.insideCrime) || roles.contains(.success) { return false }
            if !roles.intersection([.contraband, .smuggle, .container, .offence, .attempt, .marker]).isEmpty { topic = true }
        }
        return topic
    }

    /// An offence done again ("kembali melakukan kejahatan", "mencuri lagi"): reoffending.
    func repeated(_ hit: SentenceHit, _ roleOf: [FrameRoles]) -> Bool {
        guard hit.range.contains(where: { $0 < roleOf.count && roleOf[$0].contains(.offence) }) else { return false }
        let around = max(0, hit.index - 3)..<min(roleOf.count, hit.range.upperBound + 2)
        return around.contains { roleOf[$0].contains(.repeated) }
    }

    func frame(_ kind: ToneResult.Frame.Kind, _ label: ToneLabel, agent: String?, _ match: RoleMatch, object: String?,
               weight: Double) -> ToneResult.Frame {
        ToneResult.Frame(kind: kind, label: label, agent: agent, action: match.text, object: object,
                         weight: label == .negative ? -weight : weight)
    }

    /// The frame's own weight on its verb, unless a lexicon hit of the same sign already
    /// weighs the verb (then 0, dropped).
    func bonus(_ match: RoleMatch, _ words: SentenceWords, weight: Double, rule: String, hits: [SentenceHit]) -> SentenceHit {
        let weighed = hits.contains { h in h.range.overlaps(match.range) && (h.hit.weight < 0) == (weight < 0) && h.hit.weight != 0 }
        return SentenceHit(hit: ToneResult.Hit(surface: match.text, term: match.text, weight: weighed ? 0 : weight, rules: [rule]),
                           index: match.range.lowerBound, length: match.range.count, clause: words.clause[match.range.lowerBound])
    }
}
