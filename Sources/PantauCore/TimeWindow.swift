import Foundation

/// Relative and absolute starts of a time window, as `--since` and the web view's search
/// take them.
public enum TimeWindow {
    /// `24h`, `7d`, `30d` (relative to `now`) or `YYYY-MM-DD` (start of that Jakarta day).
    public static func start(_ text: String, now: Date) -> Date? {
        if let interval = JakartaTime.dayInterval(text) { return interval.start }
        guard let unit = text.last, let n = Int(text.dropLast()), n > 0, n <= 100_000 else { return nil }
        switch unit {
        case "h": return now.addingTimeInterval(-Double(n) * 3600)
        case "d": return now.addingTimeInterval(-Double(n) * 86400)
        default: return nil
        }
    }
}
