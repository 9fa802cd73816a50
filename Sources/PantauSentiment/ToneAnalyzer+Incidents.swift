import PantauCore

extension ToneAnalyzer {
    /// The gravest incident named by a negative hit that survived the rules (so "petugas
    /// gagalkan upaya kabur" reports none): each word of the hit is looked up as written
    /// and by its root in `incidents.tsv`.
    func gravestIncident(in sentences: [ToneResult.Sentence]) -> (kind: String, severity: Int)? {
        guard !lexicon.incidents.isEmpty else { return nil }
        var best: (kind: String, severity: Int)?
        for sentence in sentences where sentence.score < 0 {
            for hit in sentence.hits where hit.weight < 0 {
                if let found = incident(of: hit), found.severity > (best?.severity ?? 0) { best = found }
            }
        }
        return best
    }

    /// The gravest incident one hit names, if any: its term's words, else its surface words.
    func incident(of hit: ToneResult.Hit) -> (kind: String, severity: Int)? {
        if let found = incident(words: hit.term) { return found }
        return hit.surface == hit.term ? nil : incident(words: hit.surface.lowercased())
    }

    /// The gravest incident among the words of `text` (as written and by root), memoised.
    private func incident(words text: String) -> (kind: String, severity: Int)? {
        if let known = wordCache.incident(text) { return known }
        var best: (kind: String, severity: Int)?
        for word in text.split(separator: " ") {
            let w = String(word)
            guard let found = lexicon.incidents[w] ?? lexicon.incidents[Stemmer.root(w)] else { continue }
            if found.severity > (best?.severity ?? 0) { best = found }
        }
        wordCache.setIncident(text, best)
        return best
    }
}
