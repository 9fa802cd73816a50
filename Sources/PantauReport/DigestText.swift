import Foundation
import PantauCore

/// Text helpers shared by the renderers.
enum DigestText {
    /// Splits `sentence` into (text, highlighted) runs around the given terms.
    static func highlightRuns(_ sentence: String, terms: [String]) -> [(String, Bool)] {
        let lower = sentence.lowercased()
        guard lower.count == sentence.count else { return [(sentence, false)] }
        var marks = [Bool](repeating: false, count: sentence.count)
        let chars = Array(lower)
        for term in terms where !term.isEmpty {
            let t = Array(term.lowercased())
            guard t.count <= chars.count else { continue }
            var i = 0
            while i + t.count <= chars.count {
                if Array(chars[i..<(i + t.count)]) == t {
                    let beforeOK = i == 0 || !chars[i - 1].isLetter
                    let afterOK = i + t.count == chars.count || !chars[i + t.count].isLetter
                    if beforeOK && afterOK { for k in i..<(i + t.count) { marks[k] = true } }
                    i += t.count
                } else {
                    i += 1
                }
            }
        }
        var runs: [(String, Bool)] = []
        var current = ""
        var state = false
        for (c, m) in zip(sentence, marks) {
            if m != state, !current.isEmpty {
                runs.append((current, state))
                current = ""
            }
            state = m
            current.append(c)
        }
        if !current.isEmpty { runs.append((current, state)) }
        return runs
    }
}
