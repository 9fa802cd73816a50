import Foundation

/// Parses the dates that news feeds and pages write: RFC 822/1123 and their real-world
/// variants, W3C-DTF/ISO 8601, and Indonesian forms (`Rabu, 22 April 2020 10:15 WIB`,
/// `22/04/2020`, `Senin, 10 Mar 2025 18:05 WITA`).
///
/// An unparseable or impossible date gives nil, never a guessed one. Pure Swift, no locale
/// or `DateFormatter`, so it is fast and thread-safe.
public enum DateParser {
    /// Parses `string`; a date without a zone is read in `defaultOffset` seconds east of UTC,
    /// except that Indonesian month/day names or a WIB/WITA/WIT zone imply Jakarta time.
    public static func parse(_ string: String, defaultOffset: Int = 0) -> Date? {
        guard string.utf8.count < 400 else { return nil }
        var view = Substring(string)
        while let f = view.first, f.isWhitespace { view = view.dropFirst() }
        while let l = view.last, l.isWhitespace { view = view.dropLast() }
        let trimmed = String(view)
        guard !trimmed.isEmpty, trimmed.utf8.count < 200 else { return nil }
        if let iso = parseISO8601(trimmed) { return iso }
        if let old = parseReducedISO(trimmed) { return old }
        if let rfc = parseRFC822(trimmed) { return rfc }
        return parseFree(trimmed, defaultOffset: defaultOffset)
    }

    // MARK: RFC 822 as feeds write it

    /// The strict common form `[Www, ]D Mmm YYYY hh:mm[:ss] (±hhmm|GMT|UT|UTC|Z)` with
    /// English names, read without tokenizing (most RSS dates); anything else is nil and
    /// goes to `parseFree`, which reads this form to the same instant.
    static func parseRFC822(_ s: String) -> Date? {
        var p = Scanner8(s)
        if p.peekLetter() {
            guard let name = p.letters(), englishDays.contains(name), p.eat(",") else { return nil }
            p.skipSpaces()
        }
        guard let day = p.digits(exactly: 2) ?? p.digits(exactly: 1), p.eat(" "),
              let monthName = p.letters(), let month = englishMonths[monthName], p.eat(" "),
              let year = p.digits(exactly: 4), p.eat(" "),
              let hour = p.digits(exactly: 2), p.eat(":"), let minute = p.digits(exactly: 2) else { return nil }
        var second = 0
        if p.eat(":") {
            guard let s = p.digits(exactly: 2) else { return nil }
            second = s
        }
        guard p.eat(" ") else { return nil }
        let offset: Int
        if p.peek("+") || p.peek("-") {
            let sign = p.eat("-") ? -1 : { p.advance(); return 1 }()
            guard let hhmm = p.digits(exactly: 4) else { return nil }
            offset = sign * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
        } else {
            guard let zone = p.letters(), utcZones.contains(zone) else { return nil }
            offset = 0
        }
        guard p.atEnd else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset, fraction: 0)
    }

    // The strict form's own names, exactly as RFC 822 writes them: matched without lower-
    // casing (`monthNames` and `englishDayNames` are lower-case and take many more forms,
    // which go to `parseFree`).
    static let englishDays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let utcZones: Set<String> = ["GMT", "UT", "UTC", "Z"]
    static let englishMonths: [String: Int] = [
        "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    ]

    // MARK: ISO 8601 / W3C-DTF

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, then optional `Thh:mm[:ss[.fff]]` and zone
    /// (`Z`, `±hh:mm`, `±hhmm`, `±hh`); a space may stand for `T`.
    static func parseISO8601(_ s: String) -> Date? {
        var p = Scanner8(s)
        guard let year = p.digits(exactly: 4) else { return nil }
        var month = 1, day = 1, hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        var compact = false
        if p.eat("-") {
            guard let m = p.digits(exactly: 2) else { return nil }
            month = m
            if p.eat("-") {
                guard let d = p.digits(exactly: 2) else { return nil }
                day = d
            }
        } else if let m = p.digits(exactly: 2) {
            // Basic format 20200422 (only with day too).
            guard let d = p.digits(exactly: 2) else { return nil }
            month = m
            day = d
            compact = true
        }
        if p.eat("T") || p.eat("t") || (p.peek(" ") && p.peekDigit(at: 1)) {
            if p.peek(" ") { p.advance() }
            guard let h = p.digits(exactly: 2) else { return nil }
            hour = h
            if compact {
                guard let mi = p.digits(exactly: 2) else { return nil }
                minute = mi
                if let se = p.digits(exactly: 2) { second = se }
            } else {
                guard p.eat(":"), let mi = p.digits(exactly: 2) else { return nil }
                minute = mi
                if p.eat(":") {
                    guard let se = p.digits(exactly: 2) else { return nil }
                    second = se
                }
            }
            if p.eat(".") || p.eat(",") {
                let (value, count) = p.digitRun()
                guard count > 0 else { return nil }
                fraction = Double(value) / pow(10, Double(min(count, 18)))
            }
            p.skipSpaces()
            if p.eat("Z") || p.eat("z") {
                offset = 0
            } else if p.peek("+") || p.peek("-") {
                let sign = p.eat("-") ? -1 : { p.advance(); return 1 }()
                guard let oh = p.digits(exactly: 2) else { return nil }
                var om = 0
                if p.eat(":") {
                    guard let v = p.digits(exactly: 2) else { return nil }
                    om = v
                } else if let v = p.digits(exactly: 2) {
                    om = v
                }
                offset = sign * (oh * 3600 + om * 60)
            } else if !p.atEnd {
                let rest = p.rest.trimmingCharacters(in: .whitespaces).uppercased()
                guard let zone = zoneOffsets[rest] else { return nil }
                offset = zone
            }
        }
        p.skipSpaces()
        guard p.atEnd else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        offset: offset, fraction: fraction)
    }

    /// ISO 8601's old two-digit-year forms, as feeds from the early 2000s wrote them:
    /// `YY-MM-DD`, `-YYMM`, `-YY-MM`.
    static func parseReducedISO(_ s: String) -> Date? {
        let b = Array(s.utf8)
        func d(_ i: Int) -> Int? { i < b.count && b[i] >= 48 && b[i] <= 57 ? Int(b[i] - 48) : nil }
        func two(_ i: Int) -> Int? { guard let a = d(i), let c = d(i + 1) else { return nil }; return a * 10 + c }
        let dash = UInt8(ascii: "-")
        if b.count == 8, b[2] == dash, b[5] == dash, let y = two(0), let m = two(3), let day = two(6) {
            return makeDate(year: 2000 + y, month: m, day: day, hour: 0, minute: 0, second: 0, offset: 0, fraction: 0)
        }
        if b.count == 5, b[0] == dash, let y = two(1), let m = two(3) {
            return makeDate(year: 2000 + y, month: m, day: 1, hour: 0, minute: 0, second: 0, offset: 0, fraction: 0)
        }
        if b.count == 6, b[0] == dash, b[3] == dash, let y = two(1), let m = two(4) {
            return makeDate(year: 2000 + y, month: m, day: 1, hour: 0, minute: 0, second: 0, offset: 0, fraction: 0)
        }
        return nil
    }

    // MARK: Free-form (RFC 822 and Indonesian)

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case sign(Int)
        case time(Int, Int, Int)
    }

    static func parseFree(_ s: String, defaultOffset: Int) -> Date? {
        let tokens = tokenize(s)
        guard !tokens.isEmpty else { return nil }
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        var indonesian = false
        var pm: Bool?
        var i = 0
        while i < tokens.count {
            switch tokens[i] {
            case .time(let h, let m, let sec):
                guard time == nil else { return nil }
                time = (h, m, sec)
            case .number(let v, let digits):
                numbers.append((v, digits))
            case .sign(let sign):
                // A numeric zone: +0700, -05:00 (already joined), +07.
                guard i + 1 < tokens.count, case .number(let v, let digits) = tokens[i + 1], time != nil else {
                    return nil
                }
                // "-01:01" was read as four digits 0101.
                let minutes: Int
                switch digits {
                case 4: minutes = (v / 100) * 60 + v % 100
                case 1, 2: minutes = v * 60
                default: return nil
                }
                offset = sign * minutes * 60
                i += 1
            case .word(let w):
                if let m = monthNames[w] {
                    guard month == nil else { return nil }
                    month = m.number
                    indonesian = indonesian || m.indonesian
                } else if let zone = zoneOffsets[w.uppercased()] {
                    if w == "wib" || w == "wita" || w == "wit" { indonesian = true }
                    offset = zone
                } else if dayNames.contains(w) {
                    if indonesianDayNames.contains(w) { indonesian = true }
                } else if w == "am" || w == "pm" {
                    pm = (w == "pm")
                } else if fillerWords.contains(w) {
                    // "pukul", "jam", "at", "of"
                } else {
                    return nil
                }
            }
            i += 1
        }
        var year: Int, day: Int
        if let month {
            // D Mon Y, Mon D Y, or Y Mon D.
            guard numbers.count == 2 else { return nil }
            if numbers[0].digits == 4 {
                (year, day) = (numbers[0].value, numbers[1].value)
            } else {
                (day, year) = (numbers[0].value, numbers[1].value)
                if numbers[1].digits <= 2 && numbers[0].digits == 4 { return nil }
            }
            year = expandYear(year, digits: numbers[numbers[0].digits == 4 ? 0 : 1].digits)
            return finish(year: year, month: month, day: day, time: time, pm: pm, offset: offset,
                          indonesian: indonesian, defaultOffset: defaultOffset)
        }
        // Numeric dates: Y/M/D when the first is four digits, else D/M/Y (Indonesian order).
        guard numbers.count == 3 else { return nil }
        let m: Int
        if numbers[0].digits == 4 {
            (year, m, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
        } else {
            guard numbers[2].digits == 4 || numbers[2].digits == 2 else { return nil }
            (day, m, year) = (numbers[0].value, numbers[1].value, expandYear(numbers[2].value, digits: numbers[2].digits))
        }
        return finish(year: year, month: m, day: day, time: time, pm: pm, offset: offset,
                      indonesian: true, defaultOffset: defaultOffset)
    }

    private static func finish(year: Int, month: Int, day: Int, time: (Int, Int, Int)?, pm: Bool?,
                               offset: Int?, indonesian: Bool, defaultOffset: Int) -> Date? {
        var (hour, minute, second) = time ?? (0, 0, 0)
        if let pm {
            guard (1...12).contains(hour) else { return nil }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
        }
        let zone = offset ?? (indonesian ? 7 * 3600 : defaultOffset)
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        offset: zone, fraction: 0)
    }

    private static func expandYear(_ year: Int, digits: Int) -> Int {
        guard digits <= 2 else { return year }
        return year + (year < 90 ? 2000 : 1900)
    }

    private static func tokenize(_ s: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(s.lowercased().utf8)
        var i = 0
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || b >= 0x80 }
        while i < bytes.count {
            let b = bytes[i]
            if isDigit(b) {
                var j = i
                var v = 0
                while j < bytes.count, isDigit(bytes[j]), j - i < 9 {
                    v = v * 10 + Int(bytes[j] - 48)
                    j += 1
                }
                let digits = j - i
                // hh:mm[:ss] or hh.mm ("10.15 WIB"); "22.04.2020" stays a date.
                if digits <= 2, j + 2 < bytes.count, bytes[j] == 58 || bytes[j] == 46,
                   isDigit(bytes[j + 1]), isDigit(bytes[j + 2]),
                   !(j + 3 < bytes.count && isDigit(bytes[j + 3])),
                   !(bytes[j] == 46 && j + 3 < bytes.count && bytes[j + 3] == 46) {
                    let sep = bytes[j]
                    let m = Int(bytes[j + 1] - 48) * 10 + Int(bytes[j + 2] - 48)
                    var sec = 0
                    var k = j + 3
                    if k + 2 < bytes.count, bytes[k] == sep, isDigit(bytes[k + 1]), isDigit(bytes[k + 2]) {
                        sec = Int(bytes[k + 1] - 48) * 10 + Int(bytes[k + 2] - 48)
                        k += 3
                        // Fractional seconds are dropped.
                        if k < bytes.count, bytes[k] == 46 || bytes[k] == 44 {
                            k += 1
                            while k < bytes.count, isDigit(bytes[k]) { k += 1 }
                        }
                    }
                    tokens.append(.time(v, m, sec))
                    i = k
                    continue
                }
                if j < bytes.count, isDigit(bytes[j]) { return [] } // absurdly long number
                tokens.append(.number(v, digits: digits))
                i = j
            } else if isLetter(b) {
                var j = i
                while j < bytes.count, isLetter(bytes[j]) { j += 1 }
                var word = String(decoding: bytes[i..<j], as: UTF8.self)
                if word.hasSuffix(".") { word.removeLast() }
                tokens.append(.word(word))
                i = j
                if i < bytes.count, bytes[i] == 46 { i += 1 } // "Mar." "Jan."
            } else if b == 43 || b == 45 {
                // A sign only counts as a zone when it follows a time (or "GMT" after a
                // time: "GMT-01:01"); otherwise it separates.
                var afterTime = false
                if let last = tokens.last {
                    if case .time = last { afterTime = true }
                    if case .word(let w) = last, ["gmt", "utc", "ut"].contains(w), tokens.count >= 2, case .time = tokens[tokens.count - 2] {
                        afterTime = true
                        tokens.removeLast()
                    }
                }
                if afterTime, i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                    let sign = b == 45 ? -1 : 1
                    var j = i + 1
                    var v = 0
                    var digits = 0
                    while j < bytes.count, isDigit(bytes[j]) || bytes[j] == 58, digits < 4 {
                        if bytes[j] != 58 {
                            v = v * 10 + Int(bytes[j] - 48)
                            digits += 1
                        }
                        j += 1
                    }
                    tokens.append(.sign(sign))
                    tokens.append(.number(v, digits: digits))
                    i = j
                } else {
                    i += 1
                }
            } else {
                i += 1
            }
        }
        return tokens
    }

    static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                         offset: Int, fraction: Double) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              abs(offset) <= 14 * 3600 else { return nil }
        if hour == 24 && (minute != 0 || second != 0) { return nil }
        guard day <= daysIn(month: month, year: year) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days) * 86400 + Double(hour * 3600 + minute * 60 + min(second, 59)) - Double(offset)
        return Date(timeIntervalSince1970: seconds + fraction)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// ISO 8601 in a fixed offset (`2026-04-22T10:15:00+07:00`), without a formatter object.
    public static func iso(_ date: Date, offsetSeconds: Int) -> String {
        let local = isoUTC(date.addingTimeInterval(Double(offsetSeconds)))
        let sign = offsetSeconds < 0 ? "-" : "+"
        let o = abs(offsetSeconds)
        let hh = o / 3600, mm = o % 3600 / 60
        return String(local.dropLast()) + "\(sign)\(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for `date` (UTC), without a formatter object.
    public static func isoUTC(_ date: Date) -> String {
        let t = Int(date.timeIntervalSince1970.rounded(.down))
        let days = t >= 0 ? t / 86400 : (t - 86399) / 86400
        let secs = t - days * 86400
        // Inverse of daysFromCivil (Howard Hinnant).
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))Z"
    }

    // MARK: Vocabulary

    private static let monthNames: [String: (number: Int, indonesian: Bool)] = {
        var map: [String: (Int, Bool)] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
        let indonesian = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                          "september", "oktober", "november", "desember"]
        for (i, name) in english.enumerated() {
            map[name] = (i + 1, false)
            map[String(name.prefix(3))] = (i + 1, false)
        }
        map["sept"] = (9, false)
        for (i, name) in indonesian.enumerated() {
            if map[name] == nil { map[name] = (i + 1, true) }
            let short = String(name.prefix(3))
            if map[short] == nil { map[short] = (i + 1, true) }
        }
        map["agt"] = (8, true)
        map["agu"] = (8, true)
        map["nop"] = (11, true)
        map["pebruari"] = (2, true)
        map["nopember"] = (11, true)
        return map
    }()

    private static let englishDayNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    private static let indonesianDayNames: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum", "sabtu", "minggu", "ahad",
        "sen", "sel", "rab", "kam", "sab", "min",
    ]
    private static let dayNames = englishDayNames.union(indonesianDayNames)
    private static let fillerWords: Set<String> = ["pukul", "jam", "of", "the", "t", "on", "tanggal", "tgl", "etc"]

    /// Zone abbreviations that feeds use, in seconds east of UTC.
    static let zoneOffsets: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
        "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
        "WIB": 7 * 3600, "WITA": 8 * 3600, "WIT": 9 * 3600,
        // North American zones without daylight letter, as some feeds write them.
        "AT": -4 * 3600, "ET": -5 * 3600, "CT": -6 * 3600, "MT": -7 * 3600, "PT": -8 * 3600,
        "AST": -4 * 3600, "ADT": -3 * 3600,
    ]
}

/// A tiny cursor over a string's UTF-8 bytes for the ISO parser.
struct Scanner8 {
    private let bytes: [UInt8]
    private var index = 0

    init(_ s: String) { bytes = Array(s.utf8) }

    var atEnd: Bool { index >= bytes.count }
    var rest: String { String(decoding: bytes[min(index, bytes.count)...], as: UTF8.self) }

    func peek(_ c: Character) -> Bool { index < bytes.count && bytes[index] == c.asciiValue }
    func peekDigit(at offset: Int) -> Bool {
        index + offset < bytes.count && (48...57).contains(bytes[index + offset])
    }
    mutating func advance() { index += 1 }
    mutating func eat(_ c: Character) -> Bool {
        guard peek(c) else { return false }
        index += 1
        return true
    }
    mutating func skipSpaces() { while index < bytes.count, bytes[index] == 32 { index += 1 } }

    func peekLetter() -> Bool { index < bytes.count && (bytes[index] | 0x20) >= 97 && (bytes[index] | 0x20) <= 122 }

    /// A run of ASCII letters as written (nil when there is none).
    mutating func letters() -> String? {
        let start = index
        while peekLetter() { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    mutating func digits(exactly n: Int) -> Int? {
        guard index + n <= bytes.count else { return nil }
        var v = 0
        for k in 0..<n {
            let b = bytes[index + k]
            guard (48...57).contains(b) else { return nil }
            v = v * 10 + Int(b - 48)
        }
        index += n
        return v
    }

    mutating func digitRun() -> (Int, Int) {
        var v = 0
        var count = 0
        while index < bytes.count, (48...57).contains(bytes[index]) {
            if count < 18 { v = v * 10 + Int(bytes[index] - 48) }
            count += 1
            index += 1
        }
        return (v, min(count, 18))
    }
}
