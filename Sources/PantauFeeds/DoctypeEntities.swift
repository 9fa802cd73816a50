/// The general entities a feed declares in its own DTD's internal subset
/// (`<!DOCTYPE rss [ <!ENTITY corp "Kemenkumham RI"> ]>`), as feedparser keeps them.
///
/// Only safe ones count: a quoted literal that is one character reference (`"&#160;"`) or
/// text without `&` and without the other quote, so no entity refers to another (no
/// billion laughs) and nothing is external (`SYSTEM`/`PUBLIC` declarations and parameter
/// entities `%name;` are ignored). The text is returned escaped for XML character data.
enum DoctypeEntities {
    static let maximumEntities = 1000

    static func safeEntities(in subset: [UInt8]) -> [String: String] {
        var result: [String: String] = [:]
        let keyword = Array("<!ENTITY".utf8)
        var i = 0
        let n = subset.count
        func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 }
        func isNameByte(_ c: UInt8) -> Bool {
            (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57) || c == 95 || c == 45 || c == 46 || c == 58 || c >= 0x80
        }
        while i + keyword.count < n, result.count < maximumEntities {
            guard subset[i] == 60, Array(subset[i..<(i + keyword.count)]) == keyword else { i += 1; continue }
            var k = i + keyword.count
            guard k < n, isSpace(subset[k]) else { i = k; continue }
            while k < n, isSpace(subset[k]) { k += 1 }
            if k < n, subset[k] == 37 { i = k; continue } // parameter entity
            let nameStart = k
            while k < n, isNameByte(subset[k]) { k += 1 }
            let name = String(decoding: subset[nameStart..<k], as: UTF8.self)
            while k < n, isSpace(subset[k]) { k += 1 }
            guard !name.isEmpty, k < n, subset[k] == 34 || subset[k] == 39 else { i = k; continue }
            let quote = subset[k]
            let valueStart = k + 1
            var close = valueStart
            while close < n, subset[close] != quote { close += 1 }
            guard close < n else { break }
            var end = close + 1
            while end < n, isSpace(subset[end]) { end += 1 }
            let value = Array(subset[valueStart..<close])
            if end < n, subset[end] == 62, result[name] == nil, let text = safeText(value) {
                result[name] = text // the first declaration of a name binds, as in XML
            }
            i = close + 1
        }
        return result
    }

    /// The literal as XML character data, or nil when it is not safe.
    static func safeText(_ value: [UInt8]) -> String? {
        guard value.contains(38) else {
            var out = ""
            for scalar in String(decoding: value, as: UTF8.self).unicodeScalars {
                switch scalar {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"", "'": return nil
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        // One character reference and nothing else.
        guard value.count >= 4, value.first == 38, value[1] == 35, value.last == 59 else { return nil }
        let digits = value[2..<(value.count - 1)]
        let hex = digits.first == 120
        let body = hex ? digits.dropFirst() : digits[...]
        guard !body.isEmpty, body.count <= 8, body.allSatisfy({ c in
            (c >= 48 && c <= 57) || (hex && ((c | 0x20) >= 97 && (c | 0x20) <= 102))
        }) else { return nil }
        return String(decoding: value, as: UTF8.self)
    }
}
