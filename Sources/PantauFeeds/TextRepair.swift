import Foundation

/// Repairs the two classic encoding accidents of feed text:
/// C1 controls that are really windows-1252 ("don\u{92}t" → "don’t"), and UTF-8 that was
/// decoded as Latin-1 or windows-1252 and encoded again ("â€™" → "’", "Ã©" → "é").
enum TextRepair {
    static func repair(_ s: String) -> String {
        // Both accidents need bytes C2 80–9F or C3 82–B4 (U+0080–U+009F, U+00C2–U+00F4),
        // or a windows-1252 punctuation mark: most text has none and returns at once.
        var copy = s
        let suspicious = copy.withUTF8 { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i + 1 < n {
                let b = bytes[i]
                if b >= 0xC2 {
                    let c = bytes[i + 1]
                    if (b == 0xC2 && c >= 0x80 && c <= 0x9F) || (b == 0xC3 && c >= 0x82 && c <= 0xB4) { return true }
                }
                i += 1
            }
            return false
        }
        guard suspicious else { return s }
        var text = s
        if text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value <= 0x9F }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { c in
                guard c.value >= 0x80, c.value <= 0x9F, let mapped = cp1252[c.value] else { return c }
                return mapped
            }))
        }
        return undoDoubleEncoding(text)
    }

    /// windows-1252's characters at 0x80–0x9F.
    static let cp1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
    static let cp1252Reverse: [UInt32: UInt8] = Dictionary(uniqueKeysWithValues: cp1252.map { ($0.value.value, UInt8($0.key)) })

    /// Runs of characters that are UTF-8 bytes read one by one (as Latin-1/windows-1252)
    /// are decoded again; everything else is left as it is.
    static func undoDoubleEncoding(_ s: String) -> String {
        // A double-encoded character is a lead (U+00C2–U+00F4: bytes C3 82–B4) followed by
        // another non-ASCII character; plain accented text ("é" then a letter) has none.
        var copy = s
        let candidate = copy.withUTF8 { b -> Bool in
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0xC3, b[i + 1] >= 0x82, b[i + 1] <= 0xB4, b[i + 2] >= 0xC2 { return true }
                i += 1
            }
            return false
        }
        guard candidate else { return s }
        let scalars = Array(s.unicodeScalars)
        func byte(_ c: Unicode.Scalar) -> UInt8? {
            if c.value >= 0x80 && c.value <= 0xFF { return UInt8(c.value) }
            return cp1252Reverse[c.value]
        }
        var out = String.UnicodeScalarView()
        var i = 0
        var changed = false
        while i < scalars.count {
            guard let lead = byte(scalars[i]), lead >= 0xC2, lead <= 0xF4 else {
                out.append(scalars[i]); i += 1; continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var bytes = [lead]
            var k = i + 1
            while k < scalars.count, bytes.count < length, let b = byte(scalars[k]), b >= 0x80, b <= 0xBF {
                bytes.append(b); k += 1
            }
            if bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = k
                changed = true
            } else {
                out.append(scalars[i]); i += 1
            }
        }
        return changed ? String(out) : s
    }
}
