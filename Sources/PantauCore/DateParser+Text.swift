import Foundation

/// Dates written with words: RFC 822 and RFC 2822 with their real-world deviations, asctime,
/// Perforce, and the Greek, Korean and Indonesian forms feedparser and Indonesian outlets use.
///
/// The string is read as tokens, each with one role:
/// ```
/// weekday   any language's day name (ignored, as feedparser ignores it)
/// month     a month name (English, Indonesian, Greek, Hungarian; any case, accents optional)
/// number    day or year by position and length: a four-digit number is the year; with two
///           short numbers the first is the day (RFC 822's "01 Jan 04"); without a month
///           name, three numbers are Y/M/D when the first has four digits, else D/M/Y
/// marked    Korean 년 월 일 시 분 초 after a number say its unit (2004년 05월 28일)
/// time      H:M[:S[.fff]] (one or two digits each) or HH.MM[.SS] ("10.15 WIB")
/// meridiem  am/pm, Korean 오전/오후
/// zone      after the time: ±HH[[:]MM], GMT/UTC/UT±H[H][[:]MM], Etc/GMT±H (POSIX sign:
///           Etc/GMT+5 is five hours west), a zone name or military letter
///           (`DateVocabulary.zones`); elsewhere a zone name of two letters or more; RFC
///           2822 comments "(…)" hold only a zone name or nothing the date needs
/// filler    "pukul", "on", "at", a lone "T"…
/// ```
/// Any other word makes the date nil. Without a zone, Indonesian names or WIB/WITA/WIT
/// imply +07:00, Korean +09:00 (as feedparser's Korean forms), else `defaultOffset`.
extension DateParser {
    enum TextToken: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case time(Int, Int, Int)
        case zone(Int)
    }

    static func parseText(_ s: String, defaultOffset: Int) -> Date? {
        guard let tokens = textTokens(s), !tokens.isEmpty else { return nil }
        var numbers: [(value: Int, digits: Int)] = []
        var year: Int?, month: Int?, day: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        var indonesian = false
        var korean = false
        var pm: Bool?
        for (i, token) in tokens.enumerated() {
            switch token {
            case .time(let h, let m, let sec):
                guard time == nil else { return nil }
                time = (h, m, sec)
            case .number(let v, let digits):
                numbers.append((v, digits))
            case .zone(let z):
                // A second zone may only repeat the first ("UTC07:30:00+00:00").
                guard offset == nil || offset == z, time != nil else { return nil }
                offset = z
            case .word(let w):
                let afterTime = time != nil && i > 0
                if let unit = koreanUnits[w] {
                    // The number just before says which unit it is.
                    guard let last = numbers.popLast() else { return nil }
                    korean = true
                    switch unit {
                    case "y": guard year == nil else { return nil }; year = last.digits <= 2 ? twoDigitYear(last.value) : last.value
                    case "m": guard month == nil else { return nil }; month = last.value
                    case "d": guard day == nil else { return nil }; day = last.value
                    case "h": guard time == nil else { return nil }; time = (last.value, 0, 0)
                    case "min": guard let t = time else { return nil }; time = (t.0, last.value, t.2)
                    default: guard let t = time else { return nil }; time = (t.0, t.1, last.value)
                    }
                } else if let marker = meridiems[w] {
                    guard pm == nil else { return nil }
                    pm = marker
                    if w == "오전" || w == "오후" { korean = true }
                } else if afterTime, offset == nil, let zone = DateVocabulary.zones[w.uppercased()] {
                    // After the time, where RFC 822 puts it, any zone name or military letter.
                    if DateVocabulary.indonesianZones.contains(w.uppercased()) { indonesian = true }
                    offset = zone
                } else if DateVocabulary.fillers.contains(w) {
                    continue
                } else if offset == nil, w.count > 1, let zone = DateVocabulary.zones[w.uppercased()] {
                    // Elsewhere only a zone name: a lone letter is a word ("Dec x 2012"), and
                    // "at" before the time is English ("Dec 20, 2025 at 3:00 am").
                    if DateVocabulary.indonesianZones.contains(w.uppercased()) { indonesian = true }
                    offset = zone
                } else if let m = DateVocabulary.months[w] {
                    guard month == nil else { return nil }
                    month = m.number
                    indonesian = indonesian || m.indonesian
                } else if let isIndonesian = DateVocabulary.weekdays[w] {
                    indonesian = indonesian || isIndonesian
                } else {
                    return nil
                }
            }
        }
        // The remaining numbers fill the roles that names and markers left open.
        if month != nil {
            switch (year, day, numbers.count) {
            case (nil, nil, 2):
                if numbers[0].digits == 4, numbers[1].digits <= 2 {
                    (year, day) = (numbers[0].value, numbers[1].value)
                } else if numbers[0].digits <= 2, numbers[1].digits == 4 || numbers[1].digits <= 2 {
                    day = numbers[0].value
                    year = numbers[1].digits == 4 ? numbers[1].value : twoDigitYear(numbers[1].value)
                } else {
                    return nil
                }
            case (nil, _?, 1):
                guard numbers[0].digits == 4 || numbers[0].digits == 2 else { return nil }
                year = numbers[0].digits == 4 ? numbers[0].value : twoDigitYear(numbers[0].value)
            case (_?, nil, 1):
                guard numbers[0].digits <= 2 else { return nil }
                day = numbers[0].value
            case (_?, _?, 0):
                break
            default:
                return nil
            }
        } else if year == nil, day == nil {
            guard numbers.count == 3 else { return nil }
            if numbers[0].digits == 4 {
                (year, month, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
            } else {
                guard numbers[2].digits == 4 || numbers[2].digits == 2 else { return nil }
                (day, month, year) = (numbers[0].value, numbers[1].value,
                                      numbers[2].digits == 4 ? numbers[2].value : twoDigitYear(numbers[2].value))
            }
            // Numeric dates are how Indonesian pages write them (the Y/M/D of Perforce too).
            indonesian = !korean
        } else {
            return nil
        }
        guard let year, let month, let day, numbers.count <= 3 else { return nil }
        var (hour, minute, second) = time ?? (0, 0, 0)
        if let pm {
            guard (1...12).contains(hour) else { return nil }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
        }
        let zone = offset ?? (korean ? 9 * 3600 : indonesian ? 7 * 3600 : defaultOffset)
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        offset: zone, fraction: 0)
    }

    /// Korean unit markers after a number.
    private static let koreanUnits: [String: String] = ["년": "y", "월": "m", "일": "d", "시": "h", "분": "min", "초": "s"]
    /// Words for before (false) and after (true) noon.
    private static let meridiems: [String: Bool] = ["am": false, "pm": true, "오전": false, "오후": true]
    /// Names that, after a time, let a sign and digits follow as an offset ("GMT-01:01").
    private static let offsetPrefixes: Set<String> = ["gmt", "utc", "ut"]

    /// The tokens of `s` (words folded), or nil when something cannot be part of a date:
    /// an absurdly long number, a fourth time field, a broken numeric zone.
    static func textTokens(_ s: String) -> [TextToken]? {
        let scalars = Array(s.unicodeScalars)
        let n = scalars.count
        var tokens: [TextToken] = []
        var i = 0
        func digit(_ k: Int) -> Int? {
            guard k < n, scalars[k].value >= 48, scalars[k].value <= 57 else { return nil }
            return Int(scalars[k].value - 48)
        }
        func isLetter(_ k: Int) -> Bool { k < n && scalars[k].properties.isAlphabetic }
        /// A run of at most `limit` digits from `k`: (value, count).
        func digitRun(_ k: Int, limit: Int = 9) -> (Int, Int) {
            var v = 0, j = k
            while j < n, j - k < limit, let d = digit(j) { v = v * 10 + d; j += 1 }
            return (v, j - k)
        }
        var afterTime: Bool {
            guard let last = tokens.last else { return false }
            if case .time = last { return true }
            return false
        }
        /// `±H[H][[:]MM]` at `k` (the sign) as seconds east, and the index after it.
        func numericZone(_ k: Int) -> (Int, Int)? {
            let sign = scalars[k] == "-" ? -1 : 1
            let (v, count) = digitRun(k + 1, limit: 4)
            var j = k + 1 + count
            var hours = 0, minutes = 0
            switch count {
            case 1, 2:
                hours = v
                if j < n, scalars[j] == ":" {
                    let (m, mc) = digitRun(j + 1, limit: 2)
                    guard mc == 2 else { return nil }
                    minutes = m
                    j += 3
                }
            case 4: hours = v / 100; minutes = v % 100
            default: return nil
            }
            guard digit(j) == nil, !isLetter(j), minutes < 60, hours <= 14 else { return nil }
            return (sign * (hours * 3600 + minutes * 60), j)
        }
        while i < n {
            let c = scalars[i]
            if let _ = digit(i) {
                let (v, count) = digitRun(i)
                var j = i + count
                if digit(j) != nil { return nil } // absurdly long number
                // H:M[:S] (one or two digits each), or HH.MM[.SS]; "22.04.2020" stays a date.
                if count <= 2, j < n, scalars[j] == ":", let _ = digit(j + 1) {
                    let (m, mc) = digitRun(j + 1, limit: 2)
                    guard digit(j + 1 + mc) == nil else { return nil }
                    j += 1 + mc
                    var sec = 0
                    if j < n, scalars[j] == ":", digit(j + 1) != nil {
                        let (sv, sc) = digitRun(j + 1, limit: 2)
                        guard digit(j + 1 + sc) == nil else { return nil }
                        sec = sv
                        j += 1 + sc
                        if j < n, scalars[j] == "." || scalars[j] == ",", digit(j + 1) != nil {
                            j += 1
                            while digit(j) != nil { j += 1 } // fractions are truncated
                        }
                    }
                    // A fourth field ("1:2:3:4") is no time.
                    if j < n, scalars[j] == ":", digit(j + 1) != nil { return nil }
                    tokens.append(.time(v, m, sec))
                    i = j
                    continue
                }
                if count <= 2, j + 2 < n, scalars[j] == ".", let m1 = digit(j + 1), let m2 = digit(j + 2), digit(j + 3) == nil,
                   !(j + 3 < n && scalars[j + 3] == "." && digit(j + 4) != nil && digit(j + 6) != nil) {
                    var sec = 0
                    var k = j + 3
                    if k + 2 < n, scalars[k] == ".", let s1 = digit(k + 1), let s2 = digit(k + 2), digit(k + 3) == nil {
                        sec = s1 * 10 + s2
                        k += 3
                    }
                    tokens.append(.time(v, m1 * 10 + m2, sec))
                    i = k
                    continue
                }
                tokens.append(.number(v, digits: count))
                i = j
            } else if isLetter(i) {
                var j = i
                var word = String.UnicodeScalarView()
                while j < n {
                    if isLetter(j) {
                        word.append(scalars[j])
                    } else if scalars[j] == "'" || scalars[j] == "\u{2019}", isLetter(j + 1), !word.isEmpty {
                        // "Jum'at" is "Jumat".
                    } else {
                        break
                    }
                    j += 1
                }
                let folded = DateVocabulary.fold(String(word))
                i = j
                if folded == "etc", i < n, scalars[i] == "/" {
                    // tz database names: Etc/GMT, Etc/UTC, Etc/GMT+5 (five hours *west*).
                    var k = i + 1
                    var name = ""
                    while isLetter(k) { name.unicodeScalars.append(scalars[k]); k += 1 }
                    guard offsetPrefixes.contains(name.lowercased()) || name.lowercased() == "uct" else { return nil }
                    var zone = 0
                    if k < n, scalars[k] == "+" || scalars[k] == "-" {
                        let (v, count) = digitRun(k + 1, limit: 2)
                        guard count > 0, v <= 14, digit(k + 1 + count) == nil else { return nil }
                        zone = (scalars[k] == "+" ? -1 : 1) * v * 3600
                        k += 1 + count
                    }
                    guard afterTime else { return nil }
                    tokens.append(.zone(zone))
                    i = k
                    continue
                }
                if offsetPrefixes.contains(folded), afterTime, i < n, scalars[i] == "+" || scalars[i] == "-", digit(i + 1) != nil {
                    // GMT-01:01, UTC+7
                    guard let (zone, next) = numericZone(i) else { return nil }
                    tokens.append(.zone(zone))
                    i = next
                    continue
                }
                if i < n, scalars[i] == ".", folded.count <= 4 { i += 1 } // "Mar." "Jan."
                tokens.append(.word(folded))
            } else if c == "+" || c == "-", afterTime, digit(i + 1) != nil {
                guard let (zone, next) = numericZone(i) else { return nil }
                tokens.append(.zone(zone))
                i = next
            } else if c == "(" {
                // An RFC 2822 comment: a zone name in it counts when no other zone is given;
                // words are dropped; digits in parentheses are dates ("Rabu (22/4/2020)").
                guard let close = scalars[(i + 1)...].firstIndex(of: ")") else { i += 1; continue }
                let inside = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                if inside.unicodeScalars.contains(where: { $0.value >= 48 && $0.value <= 57 }) { i += 1; continue }
                let words = inside.split(whereSeparator: { !$0.isLetter }).map { $0.uppercased() }
                if words.count == 1, afterTime, let zone = DateVocabulary.zones[words[0]], words[0].count > 1 {
                    tokens.append(.zone(zone))
                }
                i = close + 1
            } else {
                i += 1
            }
        }
        // A zone in a comment after an explicit one repeats it: keep the first.
        var seenZone = false
        return tokens.filter { token in
            guard case .zone = token else { return true }
            defer { seenZone = true }
            return !seenZone
        }
    }
}
