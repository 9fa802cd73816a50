import Foundation
import GRDB
import PantauCore
import Testing
@testable import PantauStore

/// What the web view reads and writes in the SQLite archive: accounts, one article with
/// its story, and a write that finds another process holding the archive.
@Suite struct ArchiveStoreWebTests {
    @Test func accountsAreUniqueByNameAndRemovable() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let when = Date(timeIntervalSince1970: 1_800_000_000)
        try store.addUser(UserAccount(name: "sari", role: .officer, passwordHash: "$2b$04$x", createdAt: when))
        try store.addUser(UserAccount(name: "Sari", role: .viewer, passwordHash: "$2b$04$y", createdAt: when))
        #expect(throws: ArchiveError(kind: .conflict, message: "pengguna 'sari' sudah ada")) {
            try store.addUser(UserAccount(name: "sari", role: .admin, passwordHash: "$2b$04$z", createdAt: when))
        }
        #expect(try store.user(named: "sari")?.role == .officer, "the refused duplicate changed nothing")
        #expect(try store.users().map(\.name) == ["Sari", "sari"])
        #expect(try store.removeUser(named: "sari"))
        #expect(try store.removeUser(named: "sari") == false)
        #expect(try store.user(named: "sari") == nil)
    }

    @Test func anArticleStoryHasItsCopiesAndBothHistories() throws {
        let store = try ArchiveStore(path: ArchiveStoreTests.temporaryPath())
        let a = try store.register(Source(feedURL: "https://a.example/rss", title: "A"))
        let b = try store.register(Source(feedURL: "https://b.example/rss", title: "B"))
        let text = "Dua narapidana Lapas Serang kabur setelah menggergaji teralis jendela sel dan memanjat tembok setinggi enam meter pada dini hari."
        try store.insert([ArchiveStoreTests.article("https://a.example/1", title: "Napi kabur dari Lapas Serang", text: text, source: a.id)],
                         seenAt: Date(timeIntervalSince1970: 1_800_000_000))
        try store.insert([ArchiveStoreTests.article("https://b.example/1", title: "Dua napi Lapas Serang kabur", text: text + " Polisi memburu.", source: b.id),
                          ArchiveStoreTests.article("https://b.example/2", title: "Pelatihan las warga binaan", text: "Warga binaan ikut pelatihan las bersertifikat.", source: b.id, label: .positive)],
                         seenAt: Date(timeIntervalSince1970: 1_800_000_600))
        let ids = try store.search(try SearchQuery.parse("kabur OR pelatihan")).reduce(into: [String: Int64]()) { $0[$1.article.url] = $1.article.id }
        let first = try #require(ids["https://a.example/1"]), copy = try #require(ids["https://b.example/1"])
        let lone = try #require(ids["https://b.example/2"])
        let cluster = try #require(try store.articleStory(id: first).detail.summary.clusterID)
        try store.addLabel("neutral", to: .article(first), note: "rutin", at: Date(timeIntervalSince1970: 1_800_001_000))
        try store.addResponse("ditangani", to: .cluster(cluster), note: nil, link: nil, at: Date(timeIntervalSince1970: 1_800_002_000))
        try store.addResponse("baru", to: .article(lone), note: nil, link: nil, at: Date(timeIntervalSince1970: 1_800_003_000))

        let story = try store.articleStory(id: first)
        #expect(story.detail.text == text)
        #expect(story.detail.summary.outlet == "A")
        #expect(story.detail.summary.correction == "neutral")
        // The archive hands the scorer's tone with the officer's label beside it; the
        // pipeline's ResponsePolicy makes the label win (Monitor.articlePage).
        #expect(story.detail.summary.tone.label == .negative)
        #expect(story.detail.scorerLabel == .negative)
        #expect(story.copies.map(\.id) == [copy])
        #expect(story.detail.summary.clusterSize == 2)
        #expect(story.labels.map(\.value) == ["neutral"])
        #expect(story.responses.map(\.value) == ["ditangani"], "the cluster's response, not another story's")
        let copyStory = try store.articleStory(id: copy)
        #expect(copyStory.labels.isEmpty, "a label on one copy is that copy's")
        #expect(copyStory.responses.map(\.value) == ["ditangani"])
        #expect(try store.articleStory(id: lone).copies.isEmpty)
        #expect(throws: ArchiveError.self) { try store.articleStory(id: 999_999) }
        do { _ = try store.articleStory(id: 999_999) } catch { #expect(error.kind == .notFound) }
    }

    /// Another process (a `pantau run`) holds the write lock past the busy timeout: the
    /// write fails as `busy` ("coba lagi"), not as a generic database failure.
    @Test func aWriteBlockedByAnotherProcessIsBusy() throws {
        let path = ArchiveStoreTests.temporaryPath()
        let store = try ArchiveStore(path: path)
        let source = try store.register(Source(feedURL: "https://a.example/rss", title: "A"))
        try store.insert([ArchiveStoreTests.article("https://a.example/1", title: "Napi kabur", text: "Dua napi kabur.", source: source.id)],
                         seenAt: Date())
        let id = try #require(try store.search(try SearchQuery.parse("kabur")).first?.article.id)
        let other = try DatabaseQueue(path: path)
        let held = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? other.inTransaction(.immediate) { _ in
                held.signal()
                release.wait()
                return .commit
            }
        }
        holder.start()
        held.wait()
        defer { release.signal() }
        #expect(throws: ArchiveError(kind: .busy, message: "arsip sedang ditulis oleh proses lain (pantau run); coba lagi sebentar lagi")) {
            try store.addLabel("neutral", to: .article(id), note: nil)
        }
        release.signal()
        // Reads went on meanwhile and the archive is whole afterwards.
        #expect(try store.articleCount() == 1)
    }
}
