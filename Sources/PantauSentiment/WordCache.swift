import Synchronization

/// Per-word results of the stemmer and the word lookup, shared by all `analyze` calls of
/// one analyzer. Thread-safe (a mutex around plain dictionaries); bounded by clearing when
/// large, as news vocabulary is open-ended.
final class WordCache: Sendable {
    private struct Tables {
        var stems: [String: String?] = [:]
        var candidateLists: [String: [String]] = [:]
        var infos: [String: ToneAnalyzer.WordInfo] = [:]
        var incidents: [String: (kind: String, severity: Int)?] = [:]
    }

    private let tables = Mutex(Tables())
    private let limit = 500_000

    /// `.some(nil)` means "known to have no stem"; nil means "not computed yet".
    func stem(_ word: String) -> String?? {
        tables.withLock { $0.stems[word] }
    }

    func setStem(_ word: String, _ value: String?) {
        tables.withLock {
            if $0.stems.count > limit { $0.stems.removeAll(keepingCapacity: true) }
            $0.stems[word] = .some(value)
        }
    }

    func candidates(_ word: String) -> [String]? {
        tables.withLock { $0.candidateLists[word] }
    }

    func setCandidates(_ word: String, _ value: [String]) {
        tables.withLock {
            if $0.candidateLists.count > limit { $0.candidateLists.removeAll(keepingCapacity: true) }
            $0.candidateLists[word] = value
        }
    }

    func info(_ word: String) -> ToneAnalyzer.WordInfo? {
        tables.withLock { $0.infos[word] }
    }

    func setInfo(_ word: String, _ value: ToneAnalyzer.WordInfo) {
        tables.withLock {
            if $0.infos.count > limit { $0.infos.removeAll(keepingCapacity: true) }
            $0.infos[word] = value
        }
    }

    /// The incident a lexicon term names (`incidents.tsv`), `.some(nil)` for none.
    func incident(_ term: String) -> (kind: String, severity: Int)?? {
        tables.withLock { $0.incidents[term] }
    }

    func setIncident(_ term: String, _ value: (kind: String, severity: Int)?) {
        tables.withLock {
            if $0.incidents.count > limit { $0.incidents.removeAll(keepingCapacity: true) }
            $0.incidents[term] = .some(value)
        }
    }
}
