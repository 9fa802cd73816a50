import Foundation

/// ISO 8601 by its grammar, which covers W3C-DTF and RFC 3339 (and MSSQL's space-separated
/// form), plus the variants feedparser documents.
///
/// ```
/// date   = calendar | ordinal | week | reduced
/// calendar = YYYY-MM-DD | YYYYMMDD | YYYY-MM | YYYY
///          | YYYY-0MM-DD                  (a month with an extra zero, as Google wrote it)
///          | YYYY-<month name>-D[D]       (feedparser's Hungarian form: 2004-július-13)
/// ordinal  = YYYY-DDD | YYYYDDD
/// week     = YYYY-Www[-D] | YYYYWww[D]   (ISO weeks: week 1 holds 4 January, day 1 is Monday)
/// reduced  = YY-MM-DD | YYMMDD | YY-DDD | YYDDD | -YYMM | -YY-MM   (ISO 8601:1988's
///            two-digit years; 00–89 are 2000–2089, 90–99 are 1990–1999)
/// time   = ("T" | "t" | spaces) (H[H]:MM[:SS] | HH[MM[SS]]) [("." | ",") digits] [zone]
/// zone   = [spaces] ("Z" | ("+" | "-") HH[[:]MM] | a zone name)
/// ```
/// A time needs a full date; fractions of a second are kept (and truncated on output);
/// 24:00:00 is the next day's midnight. Forms without a year (`--MM-DD`, `---DD`) would
/// need today's date and give nil.
extension DateParser {
    /// `bareCompact`: whether a date of five to seven digits alone (no time) is accepted.
    static func parseISO8601(_ s: String, bareCompact: Bool = true) -> Date? {
        var p = Scanner8(s)
        let run = p.digitRunLength()
        guard let (days, complete) = isoDate(&p) else { return nil }
        if !bareCompact, (5...7).contains(run), p.atEnd { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if p.peek("T") || p.peek("t") || (p.peek(" ") && p.peekDigitAfterSpaces()) {
            guard complete else { return nil }
            if p.peek(" ") { p.skipSpaces() } else { p.advance() }
            guard let time = isoTime(&p) else { return nil }
            (hour, minute, second, fraction) = time
            p.skipSpaces()
            if !p.atEnd {
                guard let zone = isoZone(&p) else { return nil }
                offset = zone
            }
        }
        p.skipSpaces()
        guard p.atEnd else { return nil }
        guard (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              hour < 24 || (minute == 0 && second == 0 && fraction == 0), abs(offset) <= 14 * 3600 else { return nil }
        let seconds = Double(days) * 86400 + Double(hour * 3600 + minute * 60 + min(second, 59)) - Double(offset)
        return Date(timeIntervalSince1970: seconds + fraction)
    }

    /// The date part as days since 1970-01-01, and whether it names a whole day (a time
    /// may follow only then).
    private static func isoDate(_ p: inout Scanner8) -> (Int, Bool)? {
        if p.eat("-") {
            // -YYMM, -YY-MM: a month of a two-digit year.
            guard let yy = p.digits(exactly: 2) else { return nil }
            _ = p.eat("-")
            guard let mm = p.digits(exactly: 2), !p.peekDigit(at: 0), let days = civilDays(twoDigitYear(yy), mm, 1) else { return nil }
            return (days, false)
        }
        let run = p.digitRunLength()
        switch run {
        case 4:
            let year = p.digits(exactly: 4)!
            if p.eat("W") { return isoWeek(year, &p, extended: false) }
            guard p.eat("-") else { return civilDays(year, 1, 1).map { ($0, false) } }
            if p.eat("W") { return isoWeek(year, &p, extended: true) }
            if p.peekLetter() || p.peekNonASCII() {
                // feedparser's Hungarian form: a month name between hyphens.
                guard let word = p.word(), let month = DateVocabulary.months[DateVocabulary.fold(word)], p.eat("-"),
                      let day = p.digits(exactly: 2) ?? p.digits(exactly: 1), !p.peekDigit(at: 0),
                      let days = civilDays(year, month.number, day) else { return nil }
                return (days, true)
            }
            switch p.digitRunLength() {
            case 2:
                let month = p.digits(exactly: 2)!
                guard p.eat("-") else { return civilDays(year, month, 1).map { ($0, false) } }
                guard let day = p.digits(exactly: 2), !p.peekDigit(at: 0), let days = civilDays(year, month, day) else { return nil }
                return (days, true)
            case 3:
                let value = p.digits(exactly: 3)!
                if value < 100, p.eat("-") {
                    // YYYY-0MM-DD
                    guard let day = p.digits(exactly: 2), !p.peekDigit(at: 0), let days = civilDays(year, value, day) else { return nil }
                    return (days, true)
                }
                return ordinalDays(year, value).map { ($0, true) }
            default:
                return nil
            }
        case 8:
            let year = p.digits(exactly: 4)!, month = p.digits(exactly: 2)!, day = p.digits(exactly: 2)!
            return civilDays(year, month, day).map { ($0, true) }
        case 7:
            let year = p.digits(exactly: 4)!, ordinal = p.digits(exactly: 3)!
            return ordinalDays(year, ordinal).map { ($0, true) }
        case 6:
            let yy = p.digits(exactly: 2)!, month = p.digits(exactly: 2)!, day = p.digits(exactly: 2)!
            return civilDays(twoDigitYear(yy), month, day).map { ($0, true) }
        case 5:
            let yy = p.digits(exactly: 2)!, ordinal = p.digits(exactly: 3)!
            return ordinalDays(twoDigitYear(yy), ordinal).map { ($0, true) }
        case 2:
            let yy = p.digits(exactly: 2)!
            guard p.eat("-") else { return nil }
            switch p.digitRunLength() {
            case 2:
                let month = p.digits(exactly: 2)!
                guard p.eat("-"), let day = p.digits(exactly: 2), !p.peekDigit(at: 0),
                      let days = civilDays(twoDigitYear(yy), month, day) else { return nil }
                return (days, true)
            case 3:
                return ordinalDays(twoDigitYear(yy), p.digits(exactly: 3)!).map { ($0, true) }
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// `Www[-D]` (extended) or `Www[D]` (basic) after the year and the "W".
    private static func isoWeek(_ year: Int, _ p: inout Scanner8, extended: Bool) -> (Int, Bool)? {
        guard let week = p.digits(exactly: 2), week >= 1, week <= weeksIn(year: year) else { return nil }
        var weekday = 1
        var complete = false
        if extended ? p.eat("-") : p.peekDigit(at: 0) {
            guard let d = p.digits(exactly: 1), (1...7).contains(d), !p.peekDigit(at: 0) else { return nil }
            weekday = d
            complete = true
        } else if p.peekDigit(at: 0) {
            return nil
        }
        return (mondayOfWeekOne(year) + (week - 1) * 7 + weekday - 1, complete)
    }

    /// `H[H]:MM[:SS]` or `HH[MM[SS]]`, then a fraction of the last unit written.
    private static func isoTime(_ p: inout Scanner8) -> (Int, Int, Int, Double)? {
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var unit = 3600.0
        let run = p.digitRunLength()
        if run == 1 || (run == 2 && p.peek(":", at: 2)) {
            hour = p.digits(exactly: run)!
            guard p.eat(":"), let m = p.digits(exactly: 2) else { return nil }
            minute = m
            unit = 60
            if p.eat(":") {
                guard let sec = p.digits(exactly: 2) else { return nil }
                second = sec
                unit = 1
            }
        } else {
            switch run {
            case 2: hour = p.digits(exactly: 2)!
            case 4: hour = p.digits(exactly: 2)!; minute = p.digits(exactly: 2)!; unit = 60
            case 6: hour = p.digits(exactly: 2)!; minute = p.digits(exactly: 2)!; second = p.digits(exactly: 2)!; unit = 1
            default: return nil
            }
        }
        guard !p.peekDigit(at: 0) else { return nil }
        if p.eat(".") || p.eat(",") {
            let (value, count) = p.digitRun()
            guard count > 0 else { return nil }
            let part = Double(value) / pow(10, Double(count)) * unit
            // A fraction of an hour or a minute becomes minutes and seconds.
            let whole = Int(part)
            fraction = part - Double(whole)
            second += whole % 60
            minute += whole / 60 % 60
            hour += whole / 3600
        }
        return (hour, minute, second, fraction)
    }

    /// `Z`, `±HH[[:]MM]` or a zone name such as `EST` (MSSQL dates carry one after a space).
    private static func isoZone(_ p: inout Scanner8) -> Int? {
        if p.eat("Z") || p.eat("z") { return 0 }
        if p.peek("+") || p.peek("-") {
            let sign = p.eat("-") ? -1 : { p.advance(); return 1 }()
            guard let hh = p.digits(exactly: 2) else { return nil }
            var mm = 0
            if p.eat(":") {
                guard let v = p.digits(exactly: 2) else { return nil }
                mm = v
            } else if let v = p.digits(exactly: 2) {
                mm = v
            }
            guard mm < 60, !p.peekDigit(at: 0) else { return nil }
            return sign * (hh * 3600 + mm * 60)
        }
        guard let word = p.word(), let zone = DateVocabulary.zones[word.uppercased()] else { return nil }
        return zone
    }

    /// ISO 8601:1988's implied century, the same pivot as RFC 822's two-digit years.
    static func twoDigitYear(_ yy: Int) -> Int { yy + (yy < 90 ? 2000 : 1900) }

    /// Days since 1970-01-01 of a valid calendar date.
    static func civilDays(_ year: Int, _ month: Int, _ day: Int) -> Int? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return daysFromCivil(year: year, month: month, day: day)
    }

    private static func ordinalDays(_ year: Int, _ ordinal: Int) -> Int? {
        guard (1...9999).contains(year), ordinal >= 1, ordinal <= (daysIn(month: 2, year: year) == 29 ? 366 : 365) else { return nil }
        return daysFromCivil(year: year, month: 1, day: 1) + ordinal - 1
    }

    /// The Monday of ISO week 1 (the week holding 4 January), in days since 1970-01-01.
    static func mondayOfWeekOne(_ year: Int) -> Int {
        let jan4 = daysFromCivil(year: year, month: 1, day: 4)
        return jan4 - isoWeekday(jan4) + 1
    }

    /// 1 (Monday) … 7 (Sunday); 1970-01-01 was a Thursday.
    static func isoWeekday(_ days: Int) -> Int { ((days % 7 + 7) % 7 + 3) % 7 + 1 }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or is a leap year
    /// starting on a Wednesday.
    static func weeksIn(year: Int) -> Int {
        let jan1 = isoWeekday(daysFromCivil(year: year, month: 1, day: 1))
        let leap = daysIn(month: 2, year: year) == 29
        return jan1 == 4 || (leap && jan1 == 3) ? 53 : 52
    }
}
