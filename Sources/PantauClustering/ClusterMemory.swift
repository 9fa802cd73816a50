import Foundation

/// What story clustering needs, held in the writer's memory so that storing an article
/// reads nothing back from the database: how many articles have each keyword (`term_df`)
/// and the keyword vectors, clusters and times of the articles of the last days
/// (`article_keyword`).
///
/// The tables stay the record; this is a cache of them that a backend loads at a process's
/// first insert (a few thousand rows for an office archive, tens of thousands at national
/// scale: `init(start:total:)`, then `learn` and `remember`) and keeps current with `add`
/// on every insert. The backend drops it, and loads it again, when another connection
/// has written, when a write of this process failed (its changes were rolled back) and
/// after pruning. No database here: its inputs and outputs are values.
public final class ClusterMemory {
    /// An article of the recent window.
    struct Entry {
        var clusterID: Int64
        var contentHash: String
        var terms: [Int32]
        var weights: [Double]
        var norm: Double
    }

    /// Every article with `firstSeen` at or after this is in `entries`.
    public private(set) var start: Date
    /// The largest article id: the collection size for idf.
    public private(set) var total: Int64
    /// Word → keyword term, for `StoryKeywords.keywords`.
    let roots = StoryKeywords.KeywordRoots()
    private var termIDs: [String: Int32] = [:]
    /// Term id of each of `roots`' terms, by their index there (-1: not known yet).
    private var idOfRoot: [Int32] = []
    private var documentFrequency: [Int32] = []
    private var entries: [Entry] = []
    /// When each entry was first seen, as seconds since the reference date.
    private var seen: [Double] = []
    /// Whether `seen` never decreases (entries added in the order they were first seen):
    /// `candidates` may then stop at the first entry older than its window.
    private var inOrder = true
    /// How many (article, probe term) pairs `candidates` reads at most per article.
    static let postingBudget = 2000
    /// What a candidate shares with the probe: terms, and their summed weight.
    struct Share {
        var count: Int32 = 0
        var weight: Double = 0
    }

    /// Scratch space of `candidates`, by entry position, all zero between calls.
    private var shares: [Share] = []
    /// Entries before `head` left the window.
    private var head = 0
    /// Content hash → position of the newest entry with that text (exact copies; the
    /// table's index on `contentHash` was a random insert into a million-entry b-tree for
    /// every article).
    private var copies: [String: Int32] = [:]
    /// Per term id: (entry position, the term's weight in that entry).
    private var postings: [[(position: Int32, weight: Double)]] = []

    /// How long articles stay in memory: twice the clustering window, so an article
    /// published up to one window before it was seen still finds its copies here.
    public static func span(window: TimeInterval) -> TimeInterval { 2 * window }

    /// An empty memory of the articles first seen at or after `start`; `total` is the
    /// largest article id (the collection size for idf).
    public init(start: Date, total: Int64) {
        self.start = start
        self.total = total
    }

    /// Loading: `documentFrequency` stored articles have `term`.
    public func learn(term: String, documentFrequency: Int) {
        let id = intern(term)
        self.documentFrequency[Int(id)] = Int32(truncatingIfNeeded: documentFrequency)
    }

    /// Loading: an article of the window, in the order first seen, with its stored keywords.
    public func remember(firstSeen: Date, clusterID: Int64, contentHash: String, keywords: [(term: String, weight: Double)]) {
        append(firstSeen: firstSeen, clusterID: clusterID, contentHash: contentHash, vector: keywords.map { (intern($0.term), $0.weight) })
    }

    @discardableResult
    private func intern(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(documentFrequency.count)
        termIDs[term] = id
        documentFrequency.append(0)
        postings.append([])
        return id
    }

    /// How many stored articles have the term with id `id` (-1: none).
    func df(id: Int32) -> Int { id >= 0 ? Int(documentFrequency[Int(id)]) : 0 }

    /// A keyword of an article about to be stored, with its term id here (-1: a term no
    /// remembered article has yet).
    public struct Keyword: Sendable {
        public var term: String
        public var weight: Double
        /// Internal: the memory's id of the term.
        var id: Int32
    }

    /// `StoryKeywords.keywords` through `roots`, with this memory's document frequencies and
    /// `total + 1` articles, each keyword with its term id: the writer looks terms up by
    /// their index in `roots` instead of hashing every term string of every article.
    public func keywords(title: String, text: String, limit: Int) -> [Keyword] {
        let frequencies = roots.termIndexFrequencies(title: title, text: text)
        var scored: [Keyword] = []
        scored.reserveCapacity(frequencies.count)
        for (index, f) in frequencies {
            let id = termID(ofRoot: index)
            let weight = StoryKeywords.weight(frequency: f, documentFrequency: df(id: id), total: Int(total) + 1)
            scored.append(Keyword(term: roots.terms[Int(index)], weight: weight, id: id))
        }
        scored.sort { StoryKeywords.isStronger(($0.term, $0.weight), ($1.term, $1.weight)) }
        return Array(scored.prefix(limit))
    }

    /// The term id of `roots`' term `index`, -1 when no remembered article has it yet.
    private func termID(ofRoot index: Int32) -> Int32 {
        let i = Int(index)
        if i < idOfRoot.count, idOfRoot[i] >= 0 { return idOfRoot[i] }
        if idOfRoot.count < roots.terms.count {
            idOfRoot.append(contentsOf: repeatElement(-1, count: roots.terms.count - idOfRoot.count))
        }
        // Known ids are kept; an unknown term is asked again (it may be added later).
        guard let id = termIDs[roots.terms[i]] else { return -1 }
        idOfRoot[i] = id
        return id
    }

    /// The articles sharing the most of `probe` terms (then the largest summed weight of
    /// them), first seen at or after `since`: at most `limit` entries.
    func candidates(probe: [Int32], since: Date, limit: Int) -> [Entry] {
        // Shares per entry position in a reusable array: hashing positions cost more than
        // the rest of the loop. A local: touching the class's array in the loop costs an
        // exclusivity check each time.
        var shares: [Share] = []
        swap(&shares, &self.shares)
        defer { swap(&shares, &self.shares) }
        if shares.count < entries.count {
            shares.append(contentsOf: repeatElement(Share(), count: entries.count - shares.count))
        }
        let (postings, seen, inOrder) = (self.postings, self.seen, self.inOrder)
        var touched: [Int] = []
        let since = since.timeIntervalSinceReferenceDate
        // Positions follow insertion, and so, normally, the time first seen: then the
        // window's first position is found once, and a posting list is read back to it.
        var first = head
        if inOrder {
            var (low, high) = (head, seen.count)
            while low < high {
                let mid = (low + high) / 2
                if seen[mid] < since { low = mid + 1 } else { high = mid }
            }
            first = low
        }
        // Work is bounded by `postingBudget` articles in all: the probe terms come rarest
        // first, so a story's names and places are read whole, newest first, and only the
        // commonest terms of a busy window are cut short.
        var visited = 0
        shares.withUnsafeMutableBufferPointer { shares in
            for id in probe {
                guard id >= 0, visited < Self.postingBudget else { continue }
                postings[Int(id)].withUnsafeBufferPointer { list in
                    var k = list.count - 1
                    while k >= 0, visited < Self.postingBudget {
                        let p = Int(list[k].position)
                        if p < first { break }
                        if inOrder || seen[p] >= since {
                            if shares[p].count == 0 { touched.append(p) }
                            shares[p].count += 1
                            shares[p].weight += list[k].weight
                            visited += 1
                        }
                        k -= 1
                    }
                }
            }
        }
        // The top `limit` by (count, weight, newest): a partial selection, the list can be long.
        func before(_ a: Int, _ b: Int) -> Bool {
            (shares[a].count, shares[a].weight, a) > (shares[b].count, shares[b].weight, b)
        }
        var top: [Int] = []
        top.reserveCapacity(limit + 1)
        for p in touched {
            if top.count == limit, let last = top.last, !before(p, last) { continue }
            top.insert(p, at: top.firstIndex { before(p, $0) } ?? top.count)
            if top.count > limit { top.removeLast() }
        }
        let result = top.map { entries[$0] }
        for p in touched { shares[p] = Share() }
        return result
    }

    /// A keyword vector in term ids (terms never stored are left out: they match nothing).
    func vector(_ keywords: [Keyword]) -> [(term: Int32, weight: Double)] {
        keywords.compactMap { $0.id >= 0 ? ($0.id, $0.weight) : nil }
    }

    /// Cosine of a keyword vector (from `vector`, with the norm of all its weights) with a
    /// remembered article's.
    func similarity(_ vector: [(term: Int32, weight: Double)], norm: Double, _ entry: Entry) -> Double {
        guard norm > 0, entry.norm > 0 else { return 0 }
        var dot = 0.0
        for (term, weight) in vector {
            // Both have at most a few dozen terms: a scan beats hashing.
            guard let i = entry.terms.firstIndex(of: term) else { continue }
            dot += weight * entry.weights[i]
        }
        return dot / (norm * entry.norm)
    }

    /// Records a stored article: its keywords count towards document frequencies, and it
    /// joins the window as a candidate for later copies.
    public func add(id: Int64, firstSeen: Date, clusterID: Int64, contentHash: String, keywords: [Keyword]) {
        total = max(total, id)
        var vector: [(Int32, Double)] = []
        vector.reserveCapacity(keywords.count)
        for keyword in keywords {
            let (term, weight) = (keyword.term, keyword.weight)
            let termID = keyword.id >= 0 ? keyword.id : intern(term)
            documentFrequency[Int(termID)] += 1
            vector.append((termID, weight))
        }
        append(firstSeen: firstSeen, clusterID: clusterID, contentHash: contentHash, vector: vector)
    }

    /// The cluster of a remembered article with exactly this text (its content hash).
    public func exactCopy(_ contentHash: String) -> Int64? {
        copies[contentHash].map { entries[Int($0)].clusterID }
    }

    private func append(firstSeen: Date, clusterID: Int64, contentHash: String, vector: [(Int32, Double)]) {
        let position = Int32(entries.count)
        copies[contentHash] = position
        for (term, weight) in vector { postings[Int(term)].append((position, weight)) }
        let time = firstSeen.timeIntervalSinceReferenceDate
        if let last = seen.last, time < last { inOrder = false }
        seen.append(time)
        entries.append(Entry(clusterID: clusterID, contentHash: contentHash, terms: vector.map(\.0),
                             weights: vector.map(\.1), norm: sqrt(vector.reduce(0) { $0 + $1.1 * $1.1 })))
    }

    /// Lets articles first seen before `date` leave the window (never moves it back).
    public func forget(before date: Date) {
        guard date > start else { return }
        start = date
        let startSeconds = start.timeIntervalSinceReferenceDate
        while head < entries.count, seen[head] < startSeconds {
            // The newest copy of a text leaving takes the text with it.
            if copies[entries[head].contentHash] == Int32(head) { copies[entries[head].contentHash] = nil }
            head += 1
        }
        // Compact once half the entries are gone: positions change, so postings are rebuilt.
        guard head > 4096, head * 2 > entries.count else { return }
        entries.removeFirst(head)
        seen.removeFirst(head)
        shares.removeAll()
        head = 0
        for i in postings.indices { postings[i].removeAll(keepingCapacity: true) }
        copies.removeAll(keepingCapacity: true)
        for (position, entry) in entries.enumerated() {
            for (term, weight) in zip(entry.terms, entry.weights) { postings[Int(term)].append((Int32(position), weight)) }
            copies[entry.contentHash] = Int32(position)
        }
    }
}
