import Foundation

/// The stored form of a `ToneResult` (`tone.explanation`): compact JSON with sorted keys,
/// read back with `JSONDecoder`.
///
/// Written by hand because `JSONEncoder` cost a tenth of ingest time for a small object.
/// Search relies on the compact form (`"targets":[` with no space, see `target:`). Every
/// backend stores this form, so `target:` matches alike.
public enum ToneJSON {
    public static func encode(_ tone: ToneResult) -> String {
        var out = ""
        out.reserveCapacity(256 + tone.sentences.count * 200)
        out += "{"
        if let incident = tone.incident {
            out += "\"incident\":"; string(incident, &out); out += ","
        }
        out += "\"label\":\""; out += tone.label.rawValue; out += "\","
        out += "\"needsResponse\":"; out += tone.needsResponse ? "true" : "false"
        out += ",\"priority\":"; out += String(tone.priority)
        out += ",\"relevant\":"; out += tone.relevant ? "true" : "false"
        out += ",\"score\":"; number(tone.score, &out)
        out += ",\"sentences\":["
        for (i, sentence) in tone.sentences.enumerated() {
            if i > 0 { out += "," }
            out += "{\"hits\":["
            for (j, hit) in sentence.hits.enumerated() {
                if j > 0 { out += "," }
                out += "{\"rules\":["
                for (k, rule) in hit.rules.enumerated() {
                    if k > 0 { out += "," }
                    string(rule, &out)
                }
                out += "],\"surface\":"; string(hit.surface, &out)
                out += ",\"term\":"; string(hit.term, &out)
                out += ",\"weight\":"; number(hit.weight, &out)
                out += "}"
            }
            out += "],\"score\":"; number(sentence.score, &out)
            out += ",\"text\":"; string(sentence.text, &out)
            out += "}"
        }
        out += "],\"severity\":"; out += String(tone.severity)
        out += ",\"targets\":["
        for (i, target) in tone.targets.enumerated() {
            if i > 0 { out += "," }
            string(target, &out)
        }
        out += "]}"
        return out
    }

    /// A JSON number; NaN and infinities (never produced by the scorer) are stored as 0.
    private static func number(_ value: Double, _ out: inout String) {
        guard value.isFinite else { out += "0"; return }
        if value == value.rounded(), abs(value) < 1e15 { out += String(Int64(value)); return }
        out += String(value)
    }

    private static func string(_ value: String, _ out: inout String) {
        out += "\""
        var plain = true
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
        if plain {
            out += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// The stored tone as the digest sees it: the scorer's result, with the officer's latest
    /// label (`correction`) winning over it and surviving rescoring.
    public static func decode(_ json: String, correction: String?) -> ToneResult {
        var tone = (try? JSONDecoder().decode(ToneResult.self, from: Data(json.utf8)))
            ?? ToneResult(label: .neutral, score: 0, relevant: false)
        guard let correction else { return tone }
        if correction == "irrelevant" {
            tone.relevant = false
            tone.needsResponse = false
            tone.priority = 0
        } else if let label = ToneLabel(rawValue: correction) {
            tone.label = label
            tone.needsResponse = label == .negative && tone.relevant
            if tone.needsResponse && tone.priority == 0 { tone.priority = max(1, Int(abs(tone.score) * 70)) }
            if !tone.needsResponse { tone.priority = 0 }
        }
        return tone
    }
}
