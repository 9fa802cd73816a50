import Foundation
import Testing
@testable import PantauFeeds

/// Feeds that declare no encoding and are not UTF-8 (sentences written for these tests, saved
/// in their encodings): the bytes say what they are, and the document is bozo.
@Suite struct EncodingDetectionTests {
    static let directory = "Fixtures/undeclared"

    static func expected() throws -> [String: String] {
        let url = try #require(Bundle.module.url(forResource: "expected", withExtension: "json", subdirectory: directory))
        return try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
    }

    @Test(arguments: ["korean-euc-kr.xml", "russian-koi8-r.xml", "russian-windows-1251.xml", "ukrainian-koi8-u.xml",
                      "thai-tis-620.xml", "greek-iso-8859-7.xml", "japanese-shift_jis.xml", "indonesian-windows-1252.xml"])
    func undeclaredEncodingIsDetected(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: Self.directory))
        let data = try Data(contentsOf: url)
        #expect(String(data: data, encoding: .utf8) == nil, "the fixture must not be UTF-8")
        let feed = try FeedDocumentParser().parse(data)
        let text = try #require(try Self.expected()[name])
        #expect(feed.bozo)
        #expect(feed.feed.title == text)
        #expect(feed.entries.first?.summary == text)
    }

    @Test func utf8StaysFirst() throws {
        // Valid UTF-8 without a declaration is read as UTF-8 whatever a detector would say.
        let feed = try FeedDocumentParser().parse(Data("<rss><channel><title>Warga binaan Lapas Cipinang — ”baik”</title></channel></rss>".utf8))
        #expect(!feed.bozo)
        #expect(feed.feed.title == "Warga binaan Lapas Cipinang — ”baik”")
    }

    @Test func macCodePagesByLabel() throws {
        // "Αθήνα" in Mac Greek, "İstanbul'da ağır" in Mac Turkish: code pages iconv lacks.
        let greek = Data("<?xml version=\"1.0\" encoding=\"x-mac-greek\"?><rss><channel><title>".utf8) + Data([0xB0, 0xF5, 0xDC, 0xEE, 0xE1])
            + Data("</title></channel></rss>".utf8)
        var feed = try FeedDocumentParser().parse(greek)
        #expect(!feed.bozo)
        #expect(feed.feed.title == "Αθήνα")
        let turkish = Data("<?xml version=\"1.0\" encoding=\"macturkish\"?><rss><channel><title>".utf8)
            + Data([0xDC]) + Data("stanbul'da a".utf8) + Data([0xDB]) + Data([0xDD]) + Data("r".utf8)
            + Data("</title></channel></rss>".utf8)
        feed = try FeedDocumentParser().parse(turkish)
        #expect(!feed.bozo)
        #expect(feed.feed.title == "İstanbul'da ağır")
    }

    @Test(arguments: [("ISO_8859-2:1987", [UInt8]([0xB1]), "ą"), ("windows_1251", [0xC0], "А"), ("cp-850", [0x82], "é"),
                      ("850", [0x82], "é"), ("cspc850multilingual", [0x82], "é"), ("ptcp154", [0x80], "Җ"),
                      ("kz-1048", [0x80], "Ђ"), ("cp_is", [0x8C], "ð"), ("macintosh", [0x80], "Ä"), ("Mac-Cyrillic", [0x80], "А")])
    func labelsOfEveryFamily(_ label: String, _ bytes: [UInt8], _ text: String) throws {
        let xml = Data("<?xml version=\"1.0\" encoding=\"\(label)\"?><rss><channel><title>".utf8) + Data(bytes)
            + Data("</title></channel></rss>".utf8)
        let feed = try FeedDocumentParser().parse(xml)
        #expect(!feed.bozo, "\(label)")
        #expect(feed.feed.title == text, "\(label)")
    }
}
