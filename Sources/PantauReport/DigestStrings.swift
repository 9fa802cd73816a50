import Foundation
import PantauCore

/// The words of the digest in Bahasa Indonesia (default) or English (`--lang en`).
/// Templates reach them as `{{t.key}}`, so a translated template needs no code.
struct DigestStrings: Sendable {
    let language: String
    let t: [String: String]

    init(language: String) {
        self.language = language == "en" ? "en" : "id"
        t = self.language == "en" ? Self.english : Self.indonesian
    }

    subscript(_ key: String) -> String { t[key] ?? key }

    func label(_ label: ToneLabel) -> String {
        language == "en" ? label.rawValue : label.indonesian
    }

    func status(_ status: String?) -> String? {
        guard let status else { return nil }
        guard language == "en" else { return status }
        return ["baru": "new", "ditangani": "in hand", "dijawab": "answered", "selesai": "closed"][status] ?? status
    }

    /// "Minggu, 29 November 2026" / "Sunday, 29 November 2026".
    func longDate(_ date: Date) -> String {
        guard language == "en" else { return JakartaTime.longIndonesianDate(date) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = JakartaTime.zone
        formatter.dateFormat = "EEEE, d MMMM yyyy"
        return formatter.string(from: date)
    }

    func title(_ period: Digest.Period) -> String {
        switch period.kind {
        case "7d": self["titleWeekly"]
        case "30d": self["titleMonthly"]
        default: self["titleDaily"]
        }
    }

    func periodText(_ period: Digest.Period) -> String {
        let end = period.end.addingTimeInterval(-1)
        switch period.kind {
        case "day": return longDate(period.start)
        default:
            return "\(JakartaTime.dayString(period.start)) \(JakartaTime.timeString(period.start)) – "
                + "\(JakartaTime.dayString(end)) \(JakartaTime.timeString(period.end)) WIB"
        }
    }

    static let indonesian: [String: String] = [
        "titleDaily": "Laporan Pemantauan Media Harian",
        "titleWeekly": "Laporan Pemantauan Media Mingguan",
        "titleMonthly": "Laporan Pemantauan Media Bulanan",
        "ringkasan": "Ringkasan", "perluTanggapan": "Perlu Tanggapan", "isuUtama": "Isu Utama", "tren": "Tren",
        "kontraNarasi": "Bahan Kontra-Narasi", "sebaranMedia": "Sebaran Media",
        "articles": "artikel", "relevant": "relevan", "notRelevant": "tidak relevan",
        "negative": "negatif", "neutral": "netral", "positive": "positif", "total": "jumlah",
        "needsResponse": "perlu tanggapan", "previous": "periode sebelumnya", "sevenDayAverage": "rata-rata 7 hari",
        "perDay": "per hari", "leadingIssue": "Isu utama", "noLeadingIssue": "Tidak ada isu menonjol.",
        "noNegative": "Tidak ada pemberitaan negatif yang perlu ditanggapi.",
        "priority": "prioritas", "tone": "nada", "published": "terbit", "unknownTime": "waktu terbit tidak diketahui",
        "firstPublisher": "pertama dimuat", "copies": "salinan", "outlets": "media", "status": "status tanggapan",
        "noStatus": "belum ditangani", "correctedBy": "label dikoreksi petugas", "decidingTerms": "Kata penentu",
        "targets": "Sasaran", "stories": "Cerita terbesar", "emerging": "Istilah yang sedang naik",
        "noIssues": "Belum ada cerita.", "noEmerging": "Tidak ada istilah yang menonjol.",
        "dailyChart": "Jumlah berita relevan per hari menurut nada (30 hari)",
        "outletChart": "Porsi berita negatif per media", "targetChart": "Nada per satuan/sasaran",
        "forIssue": "Untuk isu", "material": "Bahan", "sharedTerms": "istilah bersama", "themes": "tema", "official": "resmi",
        "noMaterial": "Belum ada bahan kontra-narasi yang cocok.", "amplify": "Berita positif untuk diperkuat",
        "noAmplify": "Tidak ada berita positif pada periode ini.", "outlet": "Media", "category": "Kategori",
        "tier": "Jangkauan", "generated": "Dibuat oleh Pantau pada", "irrelevantNote": "artikel tidak menyangkut satuan yang dipantau.",
        "chatMore": "selengkapnya di laporan",
    ]

    static let english: [String: String] = [
        "titleDaily": "Daily Media Monitoring Report",
        "titleWeekly": "Weekly Media Monitoring Report",
        "titleMonthly": "Monthly Media Monitoring Report",
        "ringkasan": "Summary", "perluTanggapan": "Needs a Response", "isuUtama": "Main Issues", "tren": "Trends",
        "kontraNarasi": "Counter-Narrative Material", "sebaranMedia": "Media Spread",
        "articles": "articles", "relevant": "relevant", "notRelevant": "not relevant",
        "negative": "negative", "neutral": "neutral", "positive": "positive", "total": "total",
        "needsResponse": "need a response", "previous": "previous period", "sevenDayAverage": "7-day average",
        "perDay": "per day", "leadingIssue": "Leading issue", "noLeadingIssue": "No story stands out.",
        "noNegative": "No negative coverage needs a response.",
        "priority": "priority", "tone": "tone", "published": "published", "unknownTime": "publication time unknown",
        "firstPublisher": "first published by", "copies": "copies", "outlets": "outlets", "status": "response status",
        "noStatus": "not handled yet", "correctedBy": "label corrected by an officer", "decidingTerms": "Deciding terms",
        "targets": "Targets", "stories": "Biggest stories", "emerging": "Emerging terms",
        "noIssues": "No stories yet.", "noEmerging": "No term stands out.",
        "dailyChart": "Relevant articles per day by tone (30 days)",
        "outletChart": "Negative share by outlet", "targetChart": "Tone by unit/target",
        "forIssue": "For the issue", "material": "Material", "sharedTerms": "shared terms", "themes": "themes", "official": "official",
        "noMaterial": "No matching counter-narrative material yet.", "amplify": "Positive coverage to amplify",
        "noAmplify": "No positive coverage in this period.", "outlet": "Outlet", "category": "Category",
        "tier": "Reach", "generated": "Generated by Pantau on", "irrelevantNote": "articles concern no watched unit.",
        "chatMore": "more in the report",
    ]
}
