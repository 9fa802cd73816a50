import Foundation

/// Per-word results of the stemmer and the frame lookup, shared by all `analyze` calls
/// of one analyzer. Thread-safe (a lock around plain dictionaries); bounded by clearing
/// when large, as news vocabulary is open-ended.
final class WordCache: @unchecked Sendable {
    private let lock = NSLock()
    private var stems: [String: String?] = [:]
    private var candidateLists: [String: [String]] = [:]

    private var infos: [String: ToneAnalyzer.WordInfo] = [:]
    private let limit = 500_000

    /// `.some(nil)` means "known to have no stem"; nil means "not computed yet".
    func stem(_ word: String) -> String?? {
        lock.lock(); defer { lock.unlock() }
        return stems[word]
    }

    func setStem(_ word: String, _ value: String?) {
        lock.lock(); defer { lock.unlock() }
        if stems.count > limit { stems.removeAll(keepingCapacity: true) }
        stems[word] = .some(value)
    }

    func candidates(_ word: String) -> [String]? {
        lock.lock(); defer { lock.unlock() }
        return candidateLists[word]
    }

    func setCandidates(_ word: String, _ value: [String]) {
        lock.lock(); defer { lock.unlock() }
        if candidateLists.count > limit { candidateLists.removeAll(keepingCapacity: true) }
        candidateLists[word] = value
    }

    func info(_ word: String) -> ToneAnalyzer.WordInfo? {
        lock.lock(); defer { lock.unlock() }
        return infos[word]
    }

    func setInfo(_ word: String, _ value: ToneAnalyzer.WordInfo) {
        lock.lock(); defer { lock.unlock() }
        if infos.count > limit { infos.removeAll(keepingCapacity: true) }
        infos[word] = value
    }
}
