import Foundation
import Testing
@testable import PantauCore

@Suite struct DateParserTests {
    /// (input, expected ISO instant in UTC)
    static let cases: [(String, String)] = [
        ("Wed, 22 Apr 2020 10:15:00 +0700", "2020-04-22T03:15:00Z"),
        ("Wed, 22 Apr 2020 10:15:00 GMT", "2020-04-22T10:15:00Z"),
        ("22 Apr 20 10:15 EST", "2020-04-22T15:15:00Z"),
        ("2020-04-22T10:15:00+07:00", "2020-04-22T03:15:00Z"),
        ("2020-04-22T10:15:00.250Z", "2020-04-22T10:15:00Z"),
        ("2020-04-22", "2020-04-22T00:00:00Z"),
        ("Rabu, 22 April 2020 10:15 WIB", "2020-04-22T03:15:00Z"),
        ("Senin, 10 Mar 2025 18:05 WITA", "2025-03-10T10:05:00Z"),
        ("Kamis, 05 Nov 2026 14:30 WIT", "2026-11-05T05:30:00Z"),
        ("22/04/2020", "2020-04-21T17:00:00Z"),
        ("22/10/2026, 08:07 WIB", "2026-10-22T01:07:00Z"),
        ("Rabu, 22 April 2020 pukul 10.15 WIB", "2020-04-22T03:15:00Z"),
        ("Senin, 10 Agustus 2026 | 18:05 WITA", "2026-08-10T10:05:00Z"),
    ]

    @Test(arguments: cases)
    func parsesKnownForms(_ input: String, _ expected: String) throws {
        let date = try #require(DateParser.parse(input), "no date from \(input)")
        #expect(ISO8601DateFormatter().string(from: date) == expected)
    }

    @Test(arguments: ["", "kemarin sore", "31 Februari 2020", "2020-13-01", "Rabu, 32 April 2020", "99:99", "2020-02-30T10:00:00Z"])
    func unparseableIsNil(_ input: String) {
        #expect(DateParser.parse(input) == nil)
    }
}

@Suite struct JakartaTimeTests {
    @Test func dayBoundaryIsJakarta() throws {
        // 17:30 UTC is 00:30 the next day in Jakarta.
        let date = try #require(DateParser.parse("2026-11-28T17:30:00Z"))
        #expect(JakartaTime.dayString(date) == "2026-11-29")
        let interval = try #require(JakartaTime.dayInterval("2026-11-29"))
        #expect(interval.contains(date))
        #expect(JakartaTime.dayInterval("2026-02-30") == nil)
        #expect(JakartaTime.dayInterval("29-11-2026") == nil)
    }
}

@Suite struct URLCanonicalizerTests {
    @Test func dropsTrackingAndFragment() {
        #expect(URLCanonicalizer.canonical("HTTPS://News.Example.ID/berita/1?utm_source=x&id=5&fbclid=abc#top")
            == "https://news.example.id/berita/1?id=5")
        #expect(URLCanonicalizer.canonical("http://a.id:80/x?gclid=1") == "http://a.id/x")
    }
}

@Suite struct RFC822FastPathTests {
    /// The fast RFC 822 reader and the general one agree on every date they both read,
    /// valid or not, and the fast one declines what it does not know.
    @Test func agreesWithTheGeneralParser() {
        var rng = SystemRandomNumberGenerator()
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Foo", "Rabu"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mei", "Xyz"]
        let zones = ["GMT", "UT", "UTC", "Z", "+0700", "-0530", "+1400", "+1500", "WIB", "EST", "+07"]
        var fastCount = 0
        for _ in 0..<5000 {
            let day = Int.random(in: 0...32, using: &rng)
            let dayText = Bool.random(using: &rng) ? String(format: "%02d", day) : String(day)
            var text = "\(dayText) \(months.randomElement(using: &rng)!) \(Int.random(in: 1995...2030, using: &rng)) "
            text += String(format: "%02d:%02d", Int.random(in: 0...25, using: &rng), Int.random(in: 0...60, using: &rng))
            if Bool.random(using: &rng) { text += String(format: ":%02d", Int.random(in: 0...61, using: &rng)) }
            text += " " + zones.randomElement(using: &rng)!
            if Bool.random(using: &rng) { text = days.randomElement(using: &rng)! + ", " + text }
            let fast = DateParser.parseRFC822(text)
            if fast != nil { fastCount += 1 }
            let general = DateParser.parseFree(text, defaultOffset: 0)
            if let fast { #expect(fast == general, "\(text)") }
            #expect(DateParser.parse(text) == general, "\(text)")
        }
        #expect(fastCount > 500)
        #expect(DateParser.parseRFC822("Wed, 02 Oct 2002 13:00:00 +0700") == DateParser.parse("2002-10-02T13:00:00+07:00"))
        #expect(DateParser.parseRFC822("Rabu, 22 April 2020 10:15 WIB") == nil)
    }
}
