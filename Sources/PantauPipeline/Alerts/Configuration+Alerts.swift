import Foundation
import PantauFetch
import TOMLKit

/// `[alerts]` and its channel tables, plus the flat keys of earlier versions.
extension Configuration {
    static let alertKeys: Set<String> = ["threshold", "spike_factor", "spike_minimum", "attempts", "retry_delay", "webhook", "telegram", "email"]
    /// The flat channel keys of earlier versions.
    static let legacyAlertKeys = ["webhook_url", "webhook_format", "telegram_chat_id", "smtp_url", "smtp_tls", "smtp_user",
                                  "smtp_password", "mail_from", "mail_to"]

    mutating func applyAlerts(_ a: TOMLTable, reader: TOMLReader, file: String) throws(Failure) {
        try reader.onlyKeys(a, Self.alertKeys.union(Self.legacyAlertKeys), section: "alerts")
        if let v = try reader.int(a, "threshold", in: 0...100, section: "alerts") { alerts.threshold = v }
        if let v = try reader.number(a, "spike_factor", in: 1...100, section: "alerts") { alerts.spikeFactor = v }
        if let v = try reader.int(a, "spike_minimum", in: 1...1000, section: "alerts") { alerts.spikeMinimum = v }
        if let v = try reader.int(a, "attempts", in: 1...10, section: "alerts") { alerts.attempts = v }
        if let v = try reader.number(a, "retry_delay", in: 0...600, section: "alerts") { alerts.retryDelay = v }

        if let t = try reader.table(a, "webhook") {
            try reader.onlyKeys(t, ["url"], section: "alerts.webhook")
            guard let url = try reader.string(t, "url", section: "alerts.webhook") else {
                throw Failure(file: file, line: reader.line(of: "webhook"), message: "[alerts.webhook] butuh url")
            }
            alerts.webhook = WebhookSettings(url: try Self.webURL(url, key: "alerts.webhook.url", reader: reader, file: file))
        }
        if let t = try reader.table(a, "telegram") {
            try reader.onlyKeys(t, ["url", "chat_id"], section: "alerts.telegram")
            guard let url = try reader.string(t, "url", section: "alerts.telegram"),
                  let chat = try reader.string(t, "chat_id", section: "alerts.telegram") else {
                throw Failure(file: file, line: reader.line(of: "telegram"), message: "[alerts.telegram] butuh url dan chat_id")
            }
            alerts.telegram = TelegramSettings(url: try Self.webURL(url, key: "alerts.telegram.url", reader: reader, file: file), chatID: chat)
        }
        if let t = try reader.table(a, "email") {
            try reader.onlyKeys(t, ["smtp_url", "tls", "user", "password", "from", "to"], section: "alerts.email")
            guard let url = try reader.string(t, "smtp_url", section: "alerts.email") else {
                throw Failure(file: file, line: reader.line(of: "email"), message: "[alerts.email] butuh smtp_url")
            }
            alerts.email = try Self.email(url: url, tls: reader.string(t, "tls", section: "alerts.email"),
                                          user: reader.string(t, "user", section: "alerts.email"),
                                          password: reader.string(t, "password", section: "alerts.email"),
                                          from: reader.string(t, "from", section: "alerts.email"),
                                          to: reader.strings(t, "to", section: "alerts.email"),
                                          names: ("alerts.email.smtp_url", "alerts.email.tls", "alerts.email.to"), reader: reader, file: file)
        }
        try applyLegacyAlerts(a, reader: reader, file: file)
    }

    /// The flat keys: read as before, into the channel they configure, with one notice.
    private mutating func applyLegacyAlerts(_ a: TOMLTable, reader: TOMLReader, file: String) throws(Failure) {
        let used = Self.legacyAlertKeys.filter { a[$0] != nil }
        guard let first = used.first else { return }
        var forms: [String] = []
        if let url = try reader.string(a, "webhook_url", section: "alerts") {
            let url = try Self.webURL(url, key: "alerts.webhook_url", reader: reader, file: file)
            let format = try reader.string(a, "webhook_format", section: "alerts") ?? "json"
            switch format {
            case "json":
                guard alerts.webhook == nil else { throw Self.bothForms("webhook_url", "[alerts.webhook]", reader: reader, file: file) }
                alerts.webhook = WebhookSettings(url: url)
                forms.append("[alerts.webhook] url")
            case "telegram":
                guard alerts.telegram == nil else { throw Self.bothForms("webhook_url", "[alerts.telegram]", reader: reader, file: file) }
                guard let chat = try reader.string(a, "telegram_chat_id", section: "alerts") else {
                    throw Failure(file: file, line: reader.line(of: "webhook_format"), message: "webhook_format \"telegram\" butuh telegram_chat_id")
                }
                alerts.telegram = TelegramSettings(url: url, chatID: chat)
                alerts.telegramFromWebhookURL = true
                forms.append("[alerts.telegram] url, chat_id")
            default:
                throw Failure(file: file, line: reader.line(of: "webhook_format"), message: "alerts.webhook_format harus \"json\" atau \"telegram\"")
            }
        }
        if let url = try reader.string(a, "smtp_url", section: "alerts") {
            guard alerts.email == nil else { throw Self.bothForms("smtp_url", "[alerts.email]", reader: reader, file: file) }
            alerts.email = try Self.email(url: url, tls: reader.string(a, "smtp_tls", section: "alerts"),
                                          user: reader.string(a, "smtp_user", section: "alerts"),
                                          password: reader.string(a, "smtp_password", section: "alerts"),
                                          from: reader.string(a, "mail_from", section: "alerts"),
                                          to: reader.strings(a, "mail_to", section: "alerts"),
                                          names: ("alerts.smtp_url", "alerts.smtp_tls", "mail_to"), reader: reader, file: file)
            forms.append("[alerts.email] smtp_url, tls, user, from, to")
        }
        let place = reader.line(of: first).map { "\(file):\($0)" } ?? file
        let advice = forms.isEmpty ? "hapus saja (tanpa webhook_url atau smtp_url kunci ini tidak dipakai)" : "tulis " + forms.joined(separator: "; ")
        notices.append("\(place): kunci lama [alerts] \(used.joined(separator: ", ")) masih dibaca; \(advice) (contoh: pantau init)")
    }

    /// PANTAU_WEBHOOK_URL, PANTAU_TELEGRAM_URL and PANTAU_SMTP_PASSWORD over the file.
    mutating func applyAlerts(environment env: [String: String]) throws(Failure) {
        if let v = env["PANTAU_SMTP_PASSWORD"], !v.isEmpty { alerts.email?.smtp.password = v }
        if let v = env["PANTAU_TELEGRAM_URL"], !v.isEmpty {
            guard var telegram = alerts.telegram else {
                throw Failure(file: "PANTAU_TELEGRAM_URL", line: nil, message: "butuh [alerts.telegram] chat_id di pantau.toml")
            }
            telegram.url = v
            alerts.telegram = telegram
        }
        if let v = env["PANTAU_WEBHOOK_URL"], !v.isEmpty {
            // The earlier form sent Telegram through webhook_url, and this variable replaced it.
            if alerts.telegramFromWebhookURL { alerts.telegram?.url = v } else { alerts.webhook = WebhookSettings(url: v) }
        }
    }

    private static func webURL(_ url: String, key: String, reader: TOMLReader, file: String) throws(Failure) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw Failure(file: file, line: reader.line(of: String(key.split(separator: ".").last ?? "")), message: "\(key) harus http:// atau https://")
        }
        return url
    }

    private static func email(url: String, tls: String?, user: String?, password: String?, from: String?, to: [String]?,
                              names: (url: String, tls: String, to: String), reader: TOMLReader, file: String) throws(Failure) -> EmailSettings {
        let urlKey = String(names.url.split(separator: ".").last ?? "")
        let lower = url.lowercased()
        guard lower.hasPrefix("smtp://") || lower.hasPrefix("smtps://") else {
            throw Failure(file: file, line: reader.line(of: urlKey), message: "\(names.url) harus smtp:// atau smtps://")
        }
        var smtp = SMTPSettings(url: url, username: user, password: password)
        if let tls {
            guard let mode = SMTPSettings.TLS(rawValue: tls) else {
                throw Failure(file: file, line: reader.line(of: String(names.tls.split(separator: ".").last ?? "")),
                              message: "\(names.tls) harus \"required\", \"try\" atau \"none\"")
            }
            smtp.tls = mode
        }
        guard let to, !to.isEmpty else {
            throw Failure(file: file, line: reader.line(of: urlKey), message: "\(names.url) butuh \(names.to) (daftar penerima)")
        }
        return EmailSettings(smtp: smtp, from: from ?? "pantau@localhost", to: to)
    }

    private static func bothForms(_ old: String, _ new: String, reader: TOMLReader, file: String) -> Failure {
        Failure(file: file, line: reader.line(of: old), message: "[alerts] \(old) dan \(new) sama-sama diisi; pakai \(new) saja")
    }
}
