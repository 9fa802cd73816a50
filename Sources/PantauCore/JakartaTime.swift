import Foundation

/// Calendar arithmetic in Asia/Jakarta (WIB, UTC+7, no daylight saving), the time zone
/// in which an article "belongs to a day".
public enum JakartaTime {
    /// Asia/Jakarta; falls back to a fixed +07:00 when tzdata is missing.
    public static let zone: TimeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// The day (`YYYY-MM-DD`) on which `date` falls in Jakarta.
    public static func dayString(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// Parses `YYYY-MM-DD` into the Jakarta day's start and end (half-open), or nil when
    /// the string is not a real date (2026-02-30 is refused, not rolled over).
    public static func dayInterval(_ day: String) -> DateInterval? {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let comps = DateComponents(year: y, month: m, day: d)
        guard comps.isValidDate(in: calendar), let start = calendar.date(from: comps),
              let end = calendar.date(byAdding: .day, value: 1, to: start) else { return nil }
        return DateInterval(start: start, end: end)
    }

    /// `HH:mm` in Jakarta time.
    public static func timeString(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// Indonesian long date: `Minggu, 29 November 2026`.
    public static func longIndonesianDate(_ date: Date) -> String {
        let c = calendar.dateComponents([.weekday, .day, .month, .year], from: date)
        let days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
        let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                      "September", "Oktober", "November", "Desember"]
        return "\(days[(c.weekday ?? 1) - 1]), \(c.day ?? 0) \(months[(c.month ?? 1) - 1]) \(c.year ?? 0)"
    }
}
