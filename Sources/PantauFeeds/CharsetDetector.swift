import Foundation
import PantauXML

/// Guesses the encoding of text that declares none and is not UTF-8.
///
/// Each candidate that decodes the bytes without error is scored by how coherent its
/// text is: the non-ASCII characters should be letters of one script (kana and CJK,
/// Hangul, Hebrew, Cyrillic, Latin with accents…), not box drawing, symbols or controls;
/// multi-byte encodings that explain the bytes with fewer characters are preferred; and a
/// Latin decoding whose accented letters come in long runs is really another script.
enum CharsetDetector {
    /// Candidates in order of preference when scores tie.
    static let candidates = ["WINDOWS-1252", "EUC-JP", "SHIFT_JIS", "GBK", "BIG5", "EUC-KR", "WINDOWS-1255",
                             "WINDOWS-1256", "WINDOWS-1251", "KOI8-R"]

    static func detect(_ data: Data) -> (String, Data)? {
        var best: (name: String, utf8: Data, score: Double)?
        for name in candidates {
            guard let utf8 = Transcoder.utf8(from: data, encoding: name) else { continue }
            let score = coherence(String(decoding: utf8, as: UTF8.self), singleByte: ["WINDOWS-1252", "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1251", "KOI8-R"].contains(name))
            if best == nil || score > best!.score + 1e-9 { best = (name, utf8, score) }
        }
        return best.map { ($0.name, $0.utf8) }
    }

    enum Script: Hashable { case latin, cyrillic, greek, hebrew, arabic, thai, hangul, kana, cjk, punctuation, other }

    static func script(_ c: Unicode.Scalar) -> Script {
        switch c.value {
        case 0x00C0...0x024F: return .latin
        case 0x0370...0x03FF: return .greek
        case 0x0400...0x04FF: return .cyrillic
        case 0x0590...0x05FF: return .hebrew
        case 0x0600...0x06FF: return .arabic
        case 0x0E00...0x0E7F: return .thai
        case 0x1100...0x11FF, 0xAC00...0xD7AF, 0x3130...0x318F: return .hangul
        case 0x3040...0x30FF: return .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: return .cjk
        case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2010...0x2027, 0x00A0...0x00BF: return .punctuation
        default: return .other
        }
    }

    /// 0…1: share of non-ASCII characters that belong to the dominant script (or its
    /// punctuation), minus penalties; fewer characters for the same bytes score higher.
    static func coherence(_ text: String, singleByte: Bool) -> Double {
        var counts: [Script: Int] = [:]
        var nonASCII = 0
        var runs = 0, runLength = 0, totalRun = 0
        for c in text.unicodeScalars {
            if c.value < 0x80 {
                if runLength > 0 { runs += 1; totalRun += runLength; runLength = 0 }
                continue
            }
            nonASCII += 1
            let s = script(c)
            counts[s, default: 0] += 1
            if s != .punctuation { runLength += 1 }
        }
        if runLength > 0 { runs += 1; totalRun += runLength }
        guard nonASCII > 0 else { return 1 }
        let letters = counts.filter { $0.key != .punctuation && $0.key != .other }
        let dominant = letters.max { a, b in a.value < b.value }
        // Japanese mixes kana and CJK: count them together.
        var main = dominant?.value ?? 0
        if dominant?.key == .kana || dominant?.key == .cjk { main = (counts[.kana] ?? 0) + (counts[.cjk] ?? 0) }
        var score = Double(main + (counts[.punctuation] ?? 0)) / Double(nonASCII)
        // Latin accents come one or two to a word; long runs mean another script.
        if dominant?.key == .latin, runs > 0, Double(totalRun) / Double(runs) > 2.5 { score -= 0.5 }
        // Multi-byte decodings explain the same bytes with fewer, more meaningful characters.
        if !singleByte { score += 0.05 }
        return score
    }
}
