/// Decides whether a text is about a watched target, from where and how it names one.
///
/// A watched word is not yet a watched target. A mention does not count when its words say
/// it is someone else's custody or only a place: a `rutan` or `tahanan` of the police
/// ("Rutan Polsek Tanah Abang", "tahanan Polres"; once one is named so, the text's other
/// `rutan` are that one), a landmark ("di depan Lapas Kalianda"), a past stay ("pernah
/// ditahan di Lapas …"), the ministry's name ("Kementerian Imigrasi dan Pemasyarakatan").
/// Context aliases (`tahanan`, `penjara`, `remisi`) never count alone. A text is relevant
/// when a counted mention is in its headline (or, without one, its first sentence) or it
/// has two counted mentions: one passing mention does not make a story about the service.
struct RelevanceJudge: Sendable {
    /// For each target, its aliases as word lists keyed by their first word, with whether
    /// the alias names the target by itself.
    private let index: [[String: [(words: [String], names: Bool)]]]
    let targets: [WatchTarget]

    init(watchList: WatchList) {
        targets = watchList.targets
        index = watchList.targets.map { target in
            var index: [String: [(words: [String], names: Bool)]] = [:]
            for (alias, names) in target.aliases.map({ ($0, true) }) + target.contextAliases.map({ ($0, false) }) {
                let words = alias.lowercased().split(separator: " ").map(String.init)
                if let first = words.first { index[first, default: []].append((words, names)) }
            }
            for key in index.keys { index[key]?.sort { $0.words.count > $1.words.count } }
            return index
        }
    }

    /// Whether `word` is a one-word alias (or context alias) of a target: the stems of a
    /// text's words are checked against it ("dipenjara" → "penjara").
    func isAliasWord(_ word: String) -> Bool {
        index.contains { $0[word]?.contains { $0.words.count == 1 } ?? false }
    }

    /// Whether an alias of some target starts with `word`.
    func startsAlias(_ word: String) -> Bool { index.contains { $0[word] != nil } }

    /// One alias found in a sentence.
    struct Mention: Sendable {
        var target: Int
        var start: Int
        var length: Int
        /// The alias names the target by itself (not a context alias).
        var names: Bool
        /// The mention's own words disqualify it (police custody, landmark, past stay).
        var discounted: Bool
        /// It is a custody word of the police ("rutan polsek", "tahanan polres").
        var police: Bool
        var firstWord: String
    }

    /// The mentions of every target in one sentence's words.
    func mentions(in words: [String]) -> [Mention] {
        guard !words.isEmpty else { return [] }
        var found: [Mention] = []
        for (t, aliases) in index.enumerated() {
            var k = 0
            while k < words.count {
                guard let list = aliases[words[k]],
                      let alias = list.first(where: { k + $0.words.count <= words.count && words[k..<(k + $0.words.count)].elementsEqual($0.words) })
                else { k += 1; continue }
                let end = k + alias.words.count
                let police = Self.custodyWords.contains(words[k]) && Self.policeAfter(words, from: end)
                let discounted = police || Self.isPlace(words, before: k) || Self.isPastStay(words, before: k)
                    || Self.isMinistryName(words, at: k)
                found.append(Mention(target: t, start: k, length: alias.words.count, names: alias.names,
                                     discounted: discounted, police: police, firstWord: words[k]))
                k = end
            }
        }
        return found
    }

    /// The verdict over a text's sentences (headline first when `hasHeadline`): whether it is
    /// relevant, and for each sentence the targets it refers to.
    func judge(_ sentences: [[Mention]], hasHeadline: Bool) -> (relevant: Bool, perSentence: [[WatchTarget]]) {
        // Once a police custody is named, the text's unqualified "rutan" are that custody.
        let policeCustody = sentences.contains { $0.contains { $0.police } }
        func counts(_ m: Mention) -> Bool {
            m.names && !m.discounted && !(policeCustody && Self.policeSharedWords.contains(m.firstWord))
        }
        let lead = sentences.first?.contains(where: counts) ?? false
        let total = sentences.reduce(0) { $0 + $1.filter(counts).count }
        let relevant = lead || total >= 2
        guard relevant else { return (false, sentences.map { _ in [] }) }
        let perSentence = sentences.map { mentions -> [WatchTarget] in
            var seen = Set<Int>()
            var list: [WatchTarget] = []
            for m in mentions where !m.discounted && !(policeCustody && Self.policeSharedWords.contains(m.firstWord))
                && seen.insert(m.target).inserted {
                list.append(targets[m.target])
            }
            return list
        }
        return (true, perSentence)
    }

    /// Custody words the police share with the service.
    static let custodyWords: Set<String> = ["rutan", "tahanan", "sel", "rumah"]
    /// Mentions that refer to a police custody once one is named in the text.
    static let policeSharedWords: Set<String> = ["rutan", "rumah", "tahanan", "sel"]
    /// Police units and custody offices.
    static let policeWords: Set<String> = ["polsek", "polres", "polresta", "polrestabes", "polda", "polsekta", "mapolsek",
                                           "mapolres", "mapolresta", "mapolda", "mako", "dittahti", "bareskrim",
                                           "kepolisian", "polri", "satreskrim", "tahti"]

    /// A police unit within the three words after a custody word.
    static func policeAfter(_ words: [String], from end: Int) -> Bool {
        var k = end
        while k < min(words.count, end + 3) {
            if policeWords.contains(words[k]) { return true }
            k += 1
        }
        return false
    }

    /// Landmark prepositions: the unit is where something else happened.
    static let placeWords: Set<String> = ["depan", "dekat", "samping", "belakang", "seberang", "jalan", "jl", "simpang",
                                          "pertigaan", "perempatan", "sebelah"]

    static func isPlace(_ words: [String], before k: Int) -> Bool {
        (k >= 1 && placeWords.contains(words[k - 1])) || (k >= 2 && placeWords.contains(words[k - 2]) && words[k - 1] == "di")
    }

    /// "pernah ditahan di Lapas …": a past stay of someone the story is about.
    static func isPastStay(_ words: [String], before k: Int) -> Bool {
        let from = max(0, k - 4)
        return words[from..<k].contains("pernah")
    }

    /// "Kementerian Imigrasi dan Pemasyarakatan": the ministry, which also runs immigration.
    static func isMinistryName(_ words: [String], at k: Int) -> Bool {
        words[k] == "pemasyarakatan" && k >= 2 && words[k - 1] == "dan" && words[k - 2] == "imigrasi"
    }
}
