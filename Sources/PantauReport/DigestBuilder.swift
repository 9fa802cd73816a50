import Foundation
import PantauCore

/// What the archive hands the builder: the period's articles and the history around them.
public struct DigestInput: Sendable {
    public var period: Digest.Period
    /// Articles first seen in the period.
    public var articles: [ArticleSummary]
    /// Relevant articles per Jakarta day by tone for the 30 days that end with the period.
    public var daily: [Digest.DayCount]
    /// Articles in the period of equal length just before, and in the 7 days before.
    public var previousTotal: Int
    public var previousSevenDays: Int
    /// Relevant positive articles of the last 30 days: material against negative stories.
    public var positives: [ArticleSummary]
    /// Story keywords (term, weight) of the period's articles and of `positives`.
    public var keywords: [Int64: [(term: String, weight: Double)]]
    /// Articles per story keyword in the period, and in the 7 days before it.
    public var termCounts: [String: Int]
    public var baselineTermCounts: [String: Int]
    /// Which good news answers which bad news (`Lexicons/themes.tsv`).
    public var themes: CounterThemes
    /// How urgent an article is (0–100) at the end of the period: the response policy's
    /// ranking (`ResponsePolicy.urgency` in PantauPipeline), not the digest's own.
    public var urgency: @Sendable (ArticleSummary, Date) -> Int

    public init(period: Digest.Period, articles: [ArticleSummary], daily: [Digest.DayCount] = [], previousTotal: Int = 0,
                previousSevenDays: Int = 0, positives: [ArticleSummary] = [],
                keywords: [Int64: [(term: String, weight: Double)]] = [:],
                termCounts: [String: Int] = [:], baselineTermCounts: [String: Int] = [:], themes: CounterThemes = CounterThemes(),
                urgency: @escaping @Sendable (ArticleSummary, Date) -> Int) {
        self.themes = themes
        self.urgency = urgency
        self.period = period
        self.articles = articles
        self.daily = daily
        self.previousTotal = previousTotal
        self.previousSevenDays = previousSevenDays
        self.positives = positives
        self.keywords = keywords
        self.termCounts = termCounts
        self.baselineTermCounts = baselineTermCounts
    }
}

/// Builds a `Digest` from the archive's facts: ranks what needs a response, finds the main
/// stories and emerging terms, matches counter-narrative material, and counts by outlet.
public struct DigestBuilder: Sendable {
    public init() {}

    public func build(_ input: DigestInput, language: String = "id", generatedAt: Date = Date()) -> Digest {
        let articles = input.articles
        var counts: [ToneLabel: Int] = [.negative: 0, .neutral: 0, .positive: 0]
        for a in articles where a.tone.relevant { counts[a.tone.label, default: 0] += 1 }
        let relevant = articles.filter(\.tone.relevant)

        // Perlu Tanggapan: one entry per story, its most urgent copy.
        let negatives = relevant.filter { $0.tone.label == .negative && $0.tone.needsResponse }
        let needs = Self.onePerStory(negatives.map { item($0, end: input.period.end, urgency: input.urgency) })

        let positivesNow = Self.onePerStory(relevant.filter { $0.tone.label == .positive }.map { item($0, end: input.period.end, urgency: input.urgency) })
            .sorted { a, b in
                let ao = a.outletCategory == OutletCategory.resmi.rawValue, bo = b.outletCategory == OutletCategory.resmi.rawValue
                if ao != bo { return ao }
                return a.priority != b.priority ? a.priority > b.priority : a.id < b.id
            }

        let surface = Self.surfaceForms(articles)
        let issues = Self.mainIssues(relevant, keywords: input.keywords).map { issue in
            var shown = issue
            shown.keywords = issue.keywords.map { surface[$0] ?? $0 }
            return shown
        }
        let emerging = Self.emerging(input).map { trend in
            var shown = trend
            shown.term = surface[trend.term] ?? trend.term
            return shown
        }
        let summary = Digest.Summary(
            total: articles.count, relevant: relevant.count, irrelevant: articles.count - relevant.count,
            negative: counts[.negative] ?? 0, neutral: counts[.neutral] ?? 0, positive: counts[.positive] ?? 0,
            needsResponse: needs.count, previousTotal: input.previousTotal,
            sevenDayAverage: Double(input.previousSevenDays) / 7,
            leadingIssue: issues.first.map { "\($0.title) (\($0.articles) artikel, \($0.outlets) media)" })
        return Digest(
            period: input.period, language: language, generatedAt: generatedAt, ringkasan: summary,
            perluTanggapan: needs,
            isuUtama: Digest.MainIssues(clusters: Array(issues.prefix(8)), emergingTerms: emerging),
            tren: Digest.Trends(daily: input.daily, outletNegativeShare: Self.outletShares(relevant),
                                targets: Self.targetTones(relevant)),
            kontraNarasi: Digest.CounterNarrative(matches: Self.counterMaterial(for: needs, input: input),
                                                  amplify: Array(positivesNow.prefix(10))),
            sebaranMedia: Self.outlets(articles))
    }

    /// Story keywords are stored as roots ("periksa" → "iksa" after over-stemming,
    /// "keluarga" → "luarga"); readers see the commonest word of the period's headlines
    /// with that root instead.
    static func surfaceForms(_ articles: [ArticleSummary]) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        for a in articles {
            for word in a.title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count > 2 {
                let w = String(word)
                counts[Stemmer.root(w), default: [:]][w, default: 0] += 1
            }
        }
        return counts.mapValues { words in
            words.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? ""
        }
    }

    func item(_ a: ArticleSummary, end: Date, urgency: (ArticleSummary, Date) -> Int) -> Digest.Item {
        let evidence = a.tone.sentences.prefix(2).map { Digest.Evidence(sentence: $0.text, terms: $0.hits.map(\.surface)) }
        let cluster = a.clusterID.map {
            Digest.ClusterFacts(id: $0, copies: a.clusterSize, outlets: a.clusterOutlets,
                                firstPublisher: a.firstPublisher, firstPublished: a.firstPublished)
        }
        return Digest.Item(id: a.id, title: a.title.isEmpty ? a.url : a.title, outlet: a.outlet, outletCategory: a.outletCategory,
                           url: a.url, label: a.tone.label, score: a.tone.score, priority: urgency(a, end),
                           terms: Array(a.tone.decidingTerms.prefix(6)), targets: a.tone.targets, published: a.published,
                           firstSeen: a.firstSeen, evidence: Array(evidence),
                           frames: Array(a.tone.frames.filter { $0.label == a.tone.label }.prefix(2)), cluster: cluster,
                           responseStatus: a.responseStatus, correction: a.correction)
    }

    /// Keeps the most urgent item of each story cluster, in priority order.
    static func onePerStory(_ items: [Digest.Item]) -> [Digest.Item] {
        let ordered = items.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.firstSeen != b.firstSeen { return a.firstSeen > b.firstSeen }
            return a.id < b.id
        }
        var seen = Set<Int64>()
        return ordered.filter { item in
            guard let id = item.cluster?.id else { return true }
            return seen.insert(id).inserted
        }
    }

    /// Story clusters of the period, biggest first (articles, then outlets).
    static func mainIssues(_ relevant: [ArticleSummary], keywords: [Int64: [(term: String, weight: Double)]]) -> [Digest.Issue] {
        var groups: [Int64: [ArticleSummary]] = [:]
        var order: [Int64] = []
        for a in relevant {
            let key = a.clusterID ?? -a.id
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(a)
        }
        let issues = order.compactMap { key -> (Digest.Issue, Int)? in
            guard let members = groups[key], let lead = members.min(by: { ($0.published ?? $0.firstSeen, $0.id) < ($1.published ?? $1.firstSeen, $1.id) }) else { return nil }
            var weights: [String: Double] = [:]
            for m in members { for k in keywords[m.id] ?? [] { weights[k.term, default: 0] += k.weight } }
            let top = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5).map(\.key)
            let issue = Digest.Issue(clusterID: lead.clusterID, title: lead.title, url: lead.url, articles: members.count,
                                outlets: Set(members.map(\.outlet)).count,
                                negative: members.count { $0.tone.label == .negative },
                                neutral: members.count { $0.tone.label == .neutral },
                                positive: members.count { $0.tone.label == .positive }, keywords: top)
            let urgency = members.map { $0.tone.needsResponse ? $0.tone.priority + 100 * $0.tone.severity : 0 }.max() ?? 0
            return (issue, urgency)
        }
        // Biggest first; among equals, the gravest (incident severity, then negativity).
        return issues.sorted { x, y in
            let (a, b) = (x.0, y.0)
            if a.articles != b.articles { return a.articles > b.articles }
            if a.outlets != b.outlets { return a.outlets > b.outlets }
            if x.1 != y.1 { return x.1 > y.1 }
            return a.title < b.title
        }.map { $0.0 }
    }

    /// Terms that appear in several articles of the period and far more often than in the
    /// week before (per period length): the words of a story that is growing.
    static func emerging(_ input: DigestInput) -> [Digest.TermTrend] {
        let scale = input.period.days / 7
        let trends = input.termCounts.compactMap { term, count -> (Digest.TermTrend, Double)? in
            guard count >= 2 else { return nil }
            let baseline = Double(input.baselineTermCounts[term] ?? 0) * scale
            let lift = (Double(count) + 0.5) / (baseline + 1)
            guard lift >= 2 else { return nil }
            return (Digest.TermTrend(term: term, count: count, baseline: (baseline * 10).rounded() / 10), lift * log(Double(count) + 1))
        }
        return trends.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.term < $1.0.term }.prefix(10).map(\.0)
    }

    /// For each negative story, up to three of the institution's positive stories that
    /// answer its themes (security sweeps for an escape, job training for a reoffending
    /// parolee) or retell it; the same named unit and official sources break ties.
    static func counterMaterial(for needs: [Digest.Item], input: DigestInput) -> [Digest.Match] {
        // One candidate per positive story: its official copy if there is one, else its first.
        var seenClusters = Set<Int64>()
        let preferred = input.positives.sorted { a, b in
            let ao = a.outletCategory == OutletCategory.resmi.rawValue, bo = b.outletCategory == OutletCategory.resmi.rawValue
            return ao != bo ? ao : a.id < b.id
        }
        let candidates = preferred.filter { p in
            guard let c = p.clusterID else { return true }
            return seenClusters.insert(c).inserted
        }
        let answers = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, input.themes.answerThemes(input.keywords[$0.id] ?? [])) })
        return needs.prefix(10).compactMap { issue in
            let issueKeywords = input.keywords[issue.id] ?? []
            let issueTerms = Set(issueKeywords.map(\.term))
            let raised = input.themes.issueThemes(issueKeywords)
            let issueTargets = Set(issue.targets)
            let scored = candidates.compactMap { p -> Digest.Material? in
                let keywords = input.keywords[p.id] ?? []
                let offered = answers[p.id] ?? [:]
                var themeScore = 0.0
                var themes: [String] = []
                for (theme, weight) in raised.sorted(by: { $0.key < $1.key }) {
                    guard let answer = offered[theme] else { continue }
                    themeScore += (weight * answer).squareRoot()
                    themes.append(theme)
                }
                let cosine = KeywordVector.cosine(issueKeywords, keywords)
                guard themeScore > 0 || cosine >= 0.1 else { return nil }
                let sameUnit = !issueTargets.isDisjoint(with: p.tone.targets)
                let shared = keywords.filter { issueTerms.contains($0.term) }.map(\.term)
                let score = themeScore + 0.5 * cosine + (sameUnit ? 0.05 : 0)
                return Digest.Material(id: p.id, title: p.title, outlet: p.outlet, url: p.url, official: p.outletCategory == OutletCategory.resmi.rawValue,
                                       themes: themes, sharedTerms: Array(shared.prefix(5)), similarity: (score * 1000).rounded() / 1000)
            }
            let best = scored.sorted { a, b in
                if abs(a.similarity - b.similarity) > 0.02 { return a.similarity > b.similarity }
                if a.official != b.official { return a.official }
                return a.id < b.id
            }.prefix(3)
            guard !best.isEmpty else { return nil }
            return Digest.Match(issueID: issue.id, issueTitle: issue.title, material: Array(best))
        }
    }

    static func outletShares(_ relevant: [ArticleSummary]) -> [Digest.OutletShare] {
        var totals: [String: (Int, Int)] = [:]
        for a in relevant {
            var t = totals[a.outlet] ?? (0, 0)
            t.0 += 1
            if a.tone.label == .negative { t.1 += 1 }
            totals[a.outlet] = t
        }
        return totals.map { Digest.OutletShare(outlet: $0.key, total: $0.value.0, negative: $0.value.1,
                                              share: (Double($0.value.1) / Double($0.value.0) * 1000).rounded() / 1000) }
            .sorted { $0.share != $1.share ? $0.share > $1.share : ($0.total != $1.total ? $0.total > $1.total : $0.outlet < $1.outlet) }
    }

    static func targetTones(_ relevant: [ArticleSummary]) -> [Digest.TargetTone] {
        var rows: [String: Digest.TargetTone] = [:]
        for a in relevant {
            for target in a.tone.targets {
                var row = rows[target] ?? Digest.TargetTone(target: target, negative: 0, neutral: 0, positive: 0)
                switch a.tone.label {
                case .negative: row.negative += 1
                case .neutral: row.neutral += 1
                case .positive: row.positive += 1
                }
                rows[target] = row
            }
        }
        return rows.values.sorted { a, b in
            let ta = a.negative + a.neutral + a.positive, tb = b.negative + b.neutral + b.positive
            return ta != tb ? ta > tb : a.target < b.target
        }
    }

    static func outlets(_ articles: [ArticleSummary]) -> [Digest.OutletRow] {
        var rows: [String: Digest.OutletRow] = [:]
        for a in articles {
            var row = rows[a.outlet] ?? Digest.OutletRow(outlet: a.outlet, category: a.outletCategory, tier: a.outletTier,
                                                         total: 0, negative: 0, neutral: 0, positive: 0)
            row.total += 1
            if a.tone.relevant {
                switch a.tone.label {
                case .negative: row.negative += 1
                case .neutral: row.neutral += 1
                case .positive: row.positive += 1
                }
            }
            rows[a.outlet] = row
        }
        return rows.values.sorted { $0.total != $1.total ? $0.total > $1.total : $0.outlet < $1.outlet }
    }
}
