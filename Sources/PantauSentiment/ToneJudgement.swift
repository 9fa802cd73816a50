import PantauCore

extension ToneAnalyzer {
    /// The verdict on a text from its scored sentences (headline first, when it has one)
    /// and the relevance judged from their mentions.
    ///
    /// 1. Relevance (`RelevanceJudge`): sentences about a watched target, or next to one,
    ///    count fully, others × `offTargetWeight`; the headline × `headlineWeight`.
    /// 2. Score: `(P − N) / (P + N + smoothing)` with `N` the negative weights × `negativityBias`;
    ///    the neutral band decides; one strongly damaging sentence makes the text negative
    ///    unless the score reaches `praiseOverride`.
    /// 3. The headline leads: a positive frame in the headline (enforcement, clean search,
    ///    aid) and no negative one decides unless the body reports a negative event at least
    ///    as strong (a frame, or a sentence at −`strongSentence`); a negative headline frame
    ///    decides unless the body's positive frames are stronger.
    /// 4. Neutral is a judgement: a text about the institution with total evidence below
    ///    `minimumEvidence`, or routine coverage (its lead names a routine subject and no

    /// 5. A text that names a watched word but is not about a watched target keeps its
    ///    general tone, except that it cannot be negative: the harm is someone else's.
    func judge(_ scored: [ScoredSentence], relevance: (relevant: Bool, perSentence: [[WatchTarget]]),
               namesWatchedWord nearMiss: Bool) -> ToneResult {
        let (relevant, perSentence) = relevance
        var positive = 0.0
        var negative = 0.0
        var weighted: [ToneResult.Sentence] = []
        var bodyNegativeHits: [(hit: ToneResult.Hit, factor: Double)] = []
        for (n, entry) in scored.enumerated() {
            // A sentence is about a target when it names one, or its neighbour does
            // (news sentences refer back and forth: "Mereka meminta Ditjenpas…").
            let names = !perSentence[n].isEmpty
            let neighbour = (n > 0 && !perSentence[n - 1].isEmpty) || (n + 1 < scored.count && !perSentence[n + 1].isEmpty)
            let onTarget = names || entry.isTitle || neighbour
            var factor = relevant && !onTarget ? tuning.offTargetWeight : 1
            if entry.isTitle { factor *= tuning.headlineWeight }
            var sentence = entry.sentence
            sentence.score *= factor
            for hit in sentence.hits {
                let w = hit.weight * factor
                if w > 0 { positive += w } else { negative -= w * tuning.negativityBias }
            }
            if !entry.isTitle, relevant {
                for hit in sentence.hits where hit.weight < 0 { bodyNegativeHits.append((hit, factor)) }
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

        let frames = scored.flatMap(\.frames)
        let headFrames = scored.first(where: \.isTitle)?.frames ?? []
        let bodyFrames = scored.filter { !$0.isTitle }.flatMap(\.frames)
        var led = false
        if relevant, tuning.headlineLead > 0 {
            let headPositive = headFrames.filter { $0.label == .positive }.reduce(0) { $0 + $1.weight } * tuning.headlineWeight
            let headNegative = headFrames.contains { $0.label == .negative }
            // The body's grave events (escape, riot, death, violence, levies): only these,
            // not its vocabulary, can overturn a headline frame.
            var bodyEvents = 0.0
            if headPositive > 0 || bodyFrames.contains(where: { $0.label == .positive }) {
                for (hit, factor) in bodyNegativeHits where (incident(of: hit)?.severity ?? 0) >= 2 { bodyEvents -= hit.weight * factor }
            }
            let bodyNegative = bodyFrames.filter { $0.label == .negative }.reduce(0) { $0 + max(abs($1.weight), tuning.failureWeight) }
                + bodyEvents
            let bodyPositive = bodyFrames.filter { $0.label == .positive }.reduce(0) { $0 + $1.weight }
            if headPositive > 0, !headNegative, bodyNegative < headPositive {
                label = .positive
                score = max(score, tuning.neutralBand)
                led = true
            } else if headNegative, headPositive == 0, bodyPositive <= tuning.failureWeight * tuning.headlineWeight {
                label = .negative
                score = min(score, -tuning.neutralBand)
                led = true
            } else if label == .negative, !headNegative, bodyNegative == 0, headFrames.contains(where: { $0.kind == .remedy }) {
                // A headline about tackling a problem ("Atasi Kelebihan Kapasitas, …"): the
                // problem the body describes is its object, not news against the institution.
                label = .neutral
                score = max(score, -tuning.neutralBand + 0.001)
                led = true
            } else if !headNegative, bodyNegative == 0, label != .positive,
                      frames.contains(where: { $0.label == .positive && ($0.object != nil || $0.kind == .aid) }) {
                // Events, not word counts: the institution's enforcement or help with no
                // failure, accusation or grave incident anywhere is good news, however many
                // crime words tell it.
                label = .positive
                score = max(score, tuning.neutralBand)
                led = true
            }
        }
        if relevant, !led, label != .neutral {
            let events = frames.contains { $0.weight != 0 || $0.kind == .accusation }
            // Routine coverage: the lead names a procedural subject (remission, transfer,
            // schedule) or reports a search without a clean outcome.
            let lead = scored.first
            let routine = !events && ((lead?.routine ?? false) || (lead?.frames.contains { $0.kind == .search } ?? false))
            // One weak word is not evidence; one strong word (±3 and more) is.
            let strongest = weighted.flatMap(\.hits).map { abs($0.weight) }.max() ?? 0
            if positive + negative < tuning.minimumEvidence && strongest < 3 && !events
                || routine && (label == .positive ? positive : negative) < tuning.routineEvidence && strongest < 4 {
                label = .neutral
            }
        }
        if nearMiss, label == .negative {
            label = .neutral
            score = max(score, -tuning.neutralBand + 0.001)
        }

        let deciding = weighted
            .filter { label == .neutral || ($0.score < 0) == (label == .negative) }
            .sorted { abs($0.score) > abs($1.score) }
        let allTargets = perSentence.flatMap { $0 }
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
        var shown = Self.distinct(frames)
        if label == .negative, incident?.severity == 1, let voiced = scored.first(where: \.officialVoice) {
            // A condition its own officials state (overcrowding figures): see ResponsePolicy.
            let agent = voiced.sentence.text.split(separator: " ").prefix(6).joined(separator: " ")
            shown.append(ToneResult.Frame(kind: .condition, label: .negative, agent: nil, action: agent,
                                          object: incident?.kind, headline: voiced.isTitle))
        }
        return ToneResult(label: label, score: (score * 1000).rounded() / 1000, relevant: relevant, targets: names,
                          sentences: Array(deciding.prefix(5)), needsResponse: needsResponse, priority: priority,
                          incident: incident?.kind, severity: incident?.severity ?? 0, frames: Array(shown.prefix(8)))
    }

    /// Frames without repeats (the same kind, action and object), headline first.
    static func distinct(_ frames: [ToneResult.Frame]) -> [ToneResult.Frame] {
        var seen = Set<String>()
        var out: [ToneResult.Frame] = []
        for frame in frames.sorted(by: { $0.headline && !$1.headline }) {
            let key = "\(frame.kind.rawValue)|\(frame.action)|\(frame.object ?? "")"
            if seen.insert(key).inserted { out.append(frame) }
        }
        return out
    }
}
