import Foundation
import PantauCore
import PantauFetch
import PantauStore
import PantauTesting
import Testing
@testable import PantauPipeline

/// Alerts against a webhook receiver and an SMTP receiver started on 127.0.0.1.
@Suite struct AlertDispatcherTests {
    let now = DateParser.parse("2026-11-29T09:00:00+07:00")!

    /// A store with one urgent escape story (two copies), one mild complaint and one
    /// positive story, all first seen an hour before `now`.
    func archive() throws -> (ArchiveStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try ArchiveStore(path: dir.appendingPathComponent("a.sqlite").path)
        let national = try store.register(Source(feedURL: "https://kabar.example/rss", title: "Kabar Nasional", tier: 1))
        let regional = try store.register(Source(feedURL: "https://warta.example/rss", title: "Warta Daerah", tier: 2))
        func tone(_ label: ToneLabel, _ score: Double, priority: Int, severity: Int = 0, term: String) -> ToneResult {
            let hit = ToneResult.Hit(surface: term, term: term, weight: label == .negative ? -4 : 3)
            return ToneResult(label: label, score: score, relevant: true, targets: ["Lapas Kelas IIA Serang"],
                              sentences: [.init(text: "Dua napi \(term) dari Lapas Serang malam tadi.", score: -4, hits: [hit])],
                              priority: priority, severity: severity)
        }
        let escapeText = "Dua narapidana Lapas Serang kabur setelah menggergaji teralis jendela sel dan memanjat tembok setinggi enam meter. Petugas menyisir permukiman di sekitar Kasemen."
        let seen = now.addingTimeInterval(-3600)
        try store.insert([
            .init(url: "https://kabar.example/kabur", sourceID: national.id, guid: nil,
                  article: ExtractedArticle(title: "Dua Napi Lapas Serang Kabur Gergaji Teralis", text: escapeText),
                  summary: nil, tone: tone(.negative, -0.95, priority: 95, severity: 3, term: "kabur"), lexiconVersion: "t"),
            .init(url: "https://warta.example/kabur", sourceID: regional.id, guid: nil,
                  article: ExtractedArticle(title: "Napi Lapas Serang Kabur, Teralis Digergaji", text: escapeText + " Kalapas mengakui ada celah."),
                  summary: nil, tone: tone(.negative, -0.9, priority: 90, severity: 3, term: "kabur"), lexiconVersion: "t"),
            .init(url: "https://warta.example/antre", sourceID: regional.id, guid: nil,
                  article: ExtractedArticle(title: "Antrean Kunjungan Lapas Serang Dikeluhkan", text: "Pengunjung mengeluhkan antrean panjang di loket kunjungan pada hari Sabtu."),
                  summary: nil, tone: tone(.negative, -0.2, priority: 14, term: "keluhkan"), lexiconVersion: "t"),
            .init(url: "https://kabar.example/latih", sourceID: national.id, guid: nil,
                  article: ExtractedArticle(title: "Warga Binaan Terima Sertifikat Las", text: "Enam puluh warga binaan menerima sertifikat pelatihan las."),
                  summary: nil, tone: tone(.positive, 0.7, priority: 0, term: "sertifikat"), lexiconVersion: "t"),
        ], seenAt: seen)
        return (store, dir)
    }

    /// Collects POST bodies; answers `failures` times with 500 before succeeding.
    final class Receiver: @unchecked Sendable {
        let lock = NSLock()
        var bodies: [Data] = []
        var failuresLeft: Int
        init(failures: Int = 0) { failuresLeft = failures }

        func handle(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Response {
            lock.withLock {
                guard request.method == "POST" else { return LocalHTTPServer.Response(status: 405) }
                if failuresLeft > 0 {
                    failuresLeft -= 1
                    return LocalHTTPServer.Response(status: 500)
                }
                bodies.append(request.body)
                return LocalHTTPServer.Response(status: 200, contentType: "application/json", text: "{\"ok\":true}")
            }
        }
        var objects: [[String: Any]] {
            lock.withLock { bodies.compactMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } }
        }
    }

    func settings(webhook: String? = nil) -> AlertSettings {
        var s = AlertSettings()
        s.threshold = 70
        s.webhook = webhook.map { WebhookSettings(url: $0) }
        s.retryDelay = 0.01
        s.spikeMinimum = 100 // spikes have their own test
        return s
    }

    @Test func urgentStoryAlertsOncePerClusterWithTermsAndLink() async throws {
        let (store, dir) = try archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let receiver = Receiver()
        let server = try await LocalHTTPServer.start { receiver.handle($0) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(configuration: HTTPClientConfiguration())
        defer { client.shutdown() }
        let dispatcher = AlertDispatcher(store: store, settings: settings(webhook: server.url("/hook")), client: client)

        let first = try await dispatcher.dispatch(now: now)
        #expect(first.sent == 1, "two copies of one story and a mild complaint: one alert")
        let body = try #require(receiver.objects.first)
        #expect(body["kind"] as? String == "cluster")
        #expect(body["url"] as? String == "https://kabar.example/kabur")
        #expect((body["terms"] as? [String])?.contains("kabur") == true)
        #expect((body["text"] as? String)?.contains("perlu tanggapan") == true)
        #expect((body["text"] as? String)?.contains("2 salinan dari 2 media") == true)

        // A second run sends nothing new: the story was already alerted on this channel.
        let second = try await dispatcher.dispatch(now: now.addingTimeInterval(600))
        #expect(second.sent == 0 && second.skipped == 1)
        #expect(receiver.objects.count == 1)
        let record = try store.alerts()
        #expect(record.count == 1 && record[0].status == "sent" && record[0].channel == "webhook")
        // The database itself refuses a second "sent" record for the same story and channel.
        var duplicate = record[0]
        duplicate.createdAt = now
        #expect(try store.recordAlert(duplicate) == false)
    }

    @Test func failedDeliveryIsRetriedAndRecorded() async throws {
        let (store, dir) = try archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let receiver = Receiver(failures: 2)
        let server = try await LocalHTTPServer.start { receiver.handle($0) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(configuration: HTTPClientConfiguration())
        defer { client.shutdown() }
        let summary = try await AlertDispatcher(store: store, settings: settings(webhook: server.url("/hook")), client: client)
            .dispatch(now: now)
        #expect(summary.sent == 1)
        #expect(try store.alerts().first?.attempts == 3)

        // All attempts failing: recorded as failed, and sent on a later run.
        let (store2, dir2) = try archive()
        defer { try? FileManager.default.removeItem(at: dir2) }
        let down = Receiver(failures: 3)
        let server2 = try await LocalHTTPServer.start { down.handle($0) }
        defer { Task { await server2.stop() } }
        let dispatcher = AlertDispatcher(store: store2, settings: settings(webhook: server2.url("/hook")), client: client)
        let failed = try await dispatcher.dispatch(now: now)
        #expect(failed.failed == 1 && failed.sent == 0)
        #expect(try store2.alerts().first?.error?.contains("500") == true)
        let later = try await dispatcher.dispatch(now: now.addingTimeInterval(600))
        #expect(later.sent == 1)
    }

    @Test func telegramFormatCarriesChatIDAndText() async throws {
        let (store, dir) = try archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let receiver = Receiver()
        let server = try await LocalHTTPServer.start { receiver.handle($0) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(configuration: HTTPClientConfiguration())
        defer { client.shutdown() }
        var s = settings()
        s.telegram = TelegramSettings(url: server.url("/bot123/sendMessage"), chatID: "-100200300")
        _ = try await AlertDispatcher(store: store, settings: s, client: client).dispatch(now: now)
        let body = try #require(receiver.objects.first)
        #expect(body["chat_id"] as? String == "-100200300")
        #expect((body["text"] as? String)?.contains("Dua Napi Lapas Serang Kabur") == true)
        #expect(try store.alerts().first?.channel == "telegram")
    }

    @Test func mailGoesThroughSMTPWithSubjectAndBody() async throws {
        let (store, dir) = try archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let smtp = try LocalSMTPServer.start(rejectFirst: 1)
        defer { smtp.stop() }
        var s = settings()
        s.email = EmailSettings(smtp: SMTPSettings(url: smtp.url, tls: .none, timeout: 10), from: "pantau@lapas.example",
                                to: ["humas@lapas.example", "kalapas@lapas.example"])
        let client = HTTPClient(configuration: HTTPClientConfiguration())
        defer { client.shutdown() }
        let summary = try await AlertDispatcher(store: store, settings: s, client: client).dispatch(now: now)
        #expect(summary.sent == 1, "the first delivery is refused with 451 and retried")
        let message = try #require(smtp.messages.first)
        #expect(message.from == "pantau@lapas.example")
        #expect(message.recipients == ["humas@lapas.example", "kalapas@lapas.example"])
        #expect(message.data.contains("Subject: =?UTF-8?B?"))
        // The body is base64; decode it and look for the deciding term and the link.
        let parts = message.data.components(separatedBy: "\r\n\r\n")
        let decoded = Data(base64Encoded: parts.dropFirst().joined().replacingOccurrences(of: "\r\n", with: ""))
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(decoded.contains("Kata penentu: kabur"))
        #expect(decoded.contains("https://kabar.example/kabur"))
        #expect(try store.alerts().first?.channel == "email")
    }

    @Test func spikeAboveBaselineAlertsOncePerTargetAndDay() async throws {
        let (store, dir) = try archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let receiver = Receiver()
        let server = try await LocalHTTPServer.start { receiver.handle($0) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(configuration: HTTPClientConfiguration())
        defer { client.shutdown() }
        var s = settings(webhook: server.url("/hook"))
        s.threshold = 101 // no story alerts: only the spike
        s.spikeMinimum = 3
        s.spikeFactor = 2
        let dispatcher = AlertDispatcher(store: store, settings: s, client: client)
        let first = try await dispatcher.dispatch(now: now)
        #expect(first.sent == 1)
        let body = try #require(receiver.objects.first)
        #expect(body["kind"] as? String == "spike")
        #expect(body["target"] as? String == "Lapas Kelas IIA Serang")
        #expect(body["count"] as? String == "3")
        _ = try await dispatcher.dispatch(now: now.addingTimeInterval(60))
        #expect(receiver.objects.count == 1)
        // Below the minimum: no spike.
        s.spikeMinimum = 4
        let (store2, dir2) = try archive()
        defer { try? FileManager.default.removeItem(at: dir2) }
        #expect(try await AlertDispatcher(store: store2, settings: s, client: client).dispatch(now: now).sent == 0)
    }

    @Test func channelTablesConfigureEachChannelWithoutNotice() throws {
        var config = Configuration()
        try config.apply(toml: """
            [alerts]
            threshold = 55

            [alerts.webhook]
            url = "https://chat.example/hook"

            [alerts.telegram]
            url = "https://api.telegram.org/bot1:abc/sendMessage"
            chat_id = "-100200300"

            [alerts.email]
            smtp_url = "smtp://mail.example:587"
            tls = "none"
            user = "pantau"
            from = "pantau@lapas.example"
            to = ["humas@lapas.example"]
            """, file: "pantau.toml")
        #expect(config.notices.isEmpty)
        #expect(config.alerts.channelNames == ["webhook", "telegram", "email"])
        #expect(config.alerts.telegram == TelegramSettings(url: "https://api.telegram.org/bot1:abc/sendMessage", chatID: "-100200300"))
        #expect(config.alerts.email?.smtp.username == "pantau" && config.alerts.email?.smtp.tls == SMTPSettings.TLS.none)
        #expect(config.alerts.email?.from == "pantau@lapas.example")
        try config.apply(environment: ["PANTAU_SMTP_PASSWORD": "rahasia", "PANTAU_TELEGRAM_URL": "https://api.telegram.org/bot2:x/sendMessage"])
        #expect(config.alerts.email?.smtp.password == "rahasia")
        #expect(config.alerts.telegram?.url == "https://api.telegram.org/bot2:x/sendMessage")

        // A table missing what it needs, an unknown key, and both forms at once are errors.
        for (toml, needle) in [("[alerts.telegram]\nurl = \"https://t.example/send\"\n", "chat_id"),
                               ("[alerts.webhook]\nurl = \"https://w.example\"\nformat = \"json\"\n", "format"),
                               ("[alerts]\nwebhook_url = \"https://a.example\"\n[alerts.webhook]\nurl = \"https://b.example\"\n", "sama-sama")] {
            var bad = Configuration()
            do {
                try bad.apply(toml: toml, file: "pantau.toml")
                Issue.record("accepted: \(toml)")
            } catch {
                #expect(error.description.contains(needle), "\(error.description)")
            }
        }
    }

    @Test func legacyTelegramFormStillWorksAndTheWebhookVariableReplacesItsURL() throws {
        var config = Configuration()
        try config.apply(toml: """
            [alerts]
            webhook_url = "https://api.telegram.org/bot1:abc/sendMessage"
            webhook_format = "telegram"
            telegram_chat_id = "-1"
            """, file: "pantau.toml")
        #expect(config.alerts.channelNames == ["telegram"])
        #expect(config.notices.first?.contains("[alerts.telegram] url, chat_id") == true)
        try config.apply(environment: ["PANTAU_WEBHOOK_URL": "https://api.telegram.org/bot9:z/sendMessage"])
        #expect(config.alerts.telegram?.url == "https://api.telegram.org/bot9:z/sendMessage")
        #expect(config.alerts.webhook == nil)
    }

    /// A channel is any `AlertChannel`: the dispatcher records and retries it by its name.
    @Test func anyAlertChannelIsDeliveredRetriedAndRecordedByName() async throws {
        final class Flaky: AlertChannel, @unchecked Sendable {
            let lock = NSLock()
            var calls: [Alert] = []
            var name: String { "pager" }
            func deliver(_ alert: Alert) async throws(FetchError) {
                let count = lock.withLock { calls.append(alert); return calls.count }
                if count == 1 { throw FetchError(kind: .other, url: "pager:", message: "sibuk") }
            }
        }
        let (store, dir) = try archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pager = Flaky()
        let summary = try await AlertDispatcher(store: store, settings: settings(), channels: [pager]).dispatch(now: now)
        #expect(summary.sent == 1)
        #expect(pager.calls.count == 2 && pager.calls[0].key == pager.calls[1].key)
        let record = try #require(try store.alerts().first)
        #expect(record.channel == "pager" && record.attempts == 2 && record.status == "sent")
    }

    @Test func alertSettingsAreReadFromTOMLWithLineNumbersOnErrors() throws {
        var config = Configuration()
        try config.apply(toml: """
            [alerts]
            threshold = 60
            webhook_url = "https://chat.example/hook"
            smtp_url = "smtp://mail.example:587"
            smtp_tls = "try"
            mail_to = ["humas@example.go.id"]
            """, file: "pantau.toml")
        #expect(config.alerts.threshold == 60)
        #expect(config.alerts.email?.smtp.tls == .opportunistic)
        #expect(config.alerts.channelNames == ["webhook", "email"])
        #expect(config.notices.count == 1, "the flat keys of earlier versions are read with one notice")
        #expect(config.notices.first?.hasPrefix("pantau.toml:3: kunci lama [alerts] webhook_url, smtp_url, smtp_tls, mail_to") == true)
        #expect(config.notices.first?.contains("[alerts.webhook] url") == true)
        #expect(config.notices.first?.contains("[alerts.email]") == true)
        var bad = Configuration()
        #expect(throws: Configuration.Failure.self) {
            try bad.apply(toml: "[alerts]\nwebhook_url = \"ftp://x\"\n", file: "pantau.toml")
        }
        do {
            try bad.apply(toml: "[alerts]\nsmtp_tls = \"required\"\nsmtp_url = \"smtp://m:25\"\n", file: "pantau.toml")
            Issue.record("smtp_url without mail_to was accepted")
        } catch {
            #expect(error.description.contains("mail_to"))
        }
    }
}

/// Digest periods and file names (`--date`, `--since`, `--lang`).
@Suite struct DigestWriterTests {
    @Test func periodsAndFileNames() throws {
        let now = try #require(DateParser.parse("2026-11-29T09:30:00+07:00"))
        let day = try DigestWriter.period(date: "2026-11-28", since: nil, now: now)
        #expect(day.kind == "day" && day.day == "2026-11-28")
        #expect(day.end.timeIntervalSince(day.start) == 86_400)
        let last = try DigestWriter.period(date: nil, since: nil, now: now)
        #expect(last.kind == "24h" && last.end == now && last.day == "2026-11-29")
        let week = try DigestWriter.period(date: nil, since: "7d", now: now)
        #expect(week.end.timeIntervalSince(week.start) == 7 * 86_400)
        #expect(throws: PipelineError.self) { try DigestWriter.period(date: nil, since: "2w", now: now) }
        #expect(throws: PipelineError.self) { try DigestWriter.period(date: "2026-02-30", since: nil, now: now) }

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ArchiveStore(path: dir.appendingPathComponent("d.sqlite").path)
        let writer = DigestWriter(store: store)
        let weekly = try writer.digest(period: week, language: "en", generatedAt: now)
        let paths = try writer.write(weekly, to: dir.appendingPathComponent("Reports").path, formats: [.md, .json])
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["2026-11-29-7d.en.md", "2026-11-29-7d.en.json"])
        let md = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(md.contains("Weekly Media Monitoring Report"))
        #expect(weekly.tren.daily.count == 30 && weekly.tren.daily.last?.day == "2026-11-29")
    }
}
