import Foundation

/// Parses the dates that news feeds and pages write, by two grammars: ISO 8601 (with
/// W3C-DTF, RFC 3339, MSSQL's form and feedparser's Hungarian form; `DateParser+ISO8601`)
/// and dates written with words (RFC 822/2822 and their deviations, asctime, Perforce,
/// Greek, Korean and Indonesian forms such as `Rabu, 22 April 2020 10:15 WIB` and
/// `22/04/2020`; `DateParser+Text`), over the names of `DateVocabulary`.
///
/// An unparseable or impossible date gives nil, never a guessed one. Pure Swift, no locale
/// or `DateFormatter`, so it is fast and thread-safe.
public enum DateParser {
    /// Parses `string`; a date without a zone is read in `defaultOffset` seconds east of UTC,
    /// except that Indonesian month/day names or a WIB/WITA/WIT zone imply Jakarta time.
    /// `inDateField` says the string is a date element (a feed's `pubDate`, a sitemap's
    /// `lastmod`): only there is a bare number of five to seven digits a compact ISO date
    /// (`03335`, `031231`, `2003335`); in running text it is more likely a number.
    public static func parse(_ string: String, defaultOffset: Int = 0, inDateField: Bool = false) -> Date? {
        guard string.utf8.count < 400 else { return nil }
        var view = Substring(string)
        while let f = view.first, f.isWhitespace { view = view.dropFirst() }
        while let l = view.last, l.isWhitespace { view = view.dropLast() }
        let trimmed = String(view)
        guard !trimmed.isEmpty, trimmed.utf8.count < 200 else { return nil }
        if let first = trimmed.utf8.first, first >= 48 && first <= 57 || first == 45,
           let iso = parseISO8601(trimmed, bareCompact: inDateField) { return iso }
        if let rfc = parseRFC822(trimmed) { return rfc }
        return parseText(trimmed, defaultOffset: defaultOffset)
    }

    // MARK: RFC 822 as feeds write it

    /// The strict common form `[Www, ]D Mmm YYYY hh:mm[:ss] (±hhmm|GMT|UT|UTC|Z)` with
    /// English names, read without tokenizing (most RSS dates); anything else is nil and
    /// goes to `parseText`, which reads this form to the same instant.
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
            guard let hhmm = p.digits(exactly: 4), hhmm % 100 < 60 else { return nil }
            offset = sign * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
        } else {
            guard let zone = p.letters(), utcZones.contains(zone) else { return nil }
            offset = 0
        }
        guard p.atEnd else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset, fraction: 0)
    }

    // The strict form's own names, exactly as RFC 822 writes them: matched without lower-
    // casing (`DateVocabulary` is folded and takes many more forms, which go to `parseText`).
    static let englishDays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let utcZones: Set<String> = ["GMT", "UT", "UTC", "Z"]
    static let englishMonths: [String: Int] = [
        "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    ]

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

    /// How many digits follow, without moving.
    func digitRunLength() -> Int {
        var k = index
        while k < bytes.count, (48...57).contains(bytes[k]) { k += 1 }
        return k - index
    }

    func peek(_ c: Character, at offset: Int) -> Bool {
        index + offset < bytes.count && bytes[index + offset] == c.asciiValue
    }

    /// Spaces and then a digit (a time after a space-separated date).
    func peekDigitAfterSpaces() -> Bool {
        var k = index
        while k < bytes.count, bytes[k] == 32 { k += 1 }
        return k > index && k < bytes.count && (48...57).contains(bytes[k])
    }

    func peekNonASCII() -> Bool { index < bytes.count && bytes[index] >= 0x80 }

    /// A run of letters, ASCII or not (a month name such as `július`).
    mutating func word() -> String? {
        let start = index
        while index < bytes.count, bytes[index] >= 0x80 || ((bytes[index] | 0x20) >= 97 && (bytes[index] | 0x20) <= 122) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
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
