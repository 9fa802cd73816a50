import Foundation
import PantauCore

/// Wording shared by the renderers, in Bahasa Indonesia.
enum DigestText {
    static func published(_ article: ArticleSummary) -> String {
        guard let p = article.published else { return "waktu terbit tidak diketahui" }
        let day = JakartaTime.dayString(p)
        return "terbit \(day) \(JakartaTime.timeString(p)) WIB"
    }

    static func dayTitle(_ day: String) -> String {
        guard let interval = JakartaTime.dayInterval(day) else { return day }
        return JakartaTime.longIndonesianDate(interval.start)
    }

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

    /// The strongest deciding sentence and the terms that fired in it.
    static func evidence(_ item: Digest.Item) -> (sentence: String, terms: [String])? {
        guard let s = item.article.tone.sentences.first else { return nil }
        return (s.text, s.hits.map(\.surface))
    }
}
