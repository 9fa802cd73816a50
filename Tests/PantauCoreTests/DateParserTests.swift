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

    /// One example per production of the ISO 8601 grammar (and its feedparser variants).
    static let isoForms: [(String, String)] = [
        ("2019", "2019-01-01T00:00:00Z"),
        ("2019-06", "2019-06-01T00:00:00Z"),
        ("2019-06-14", "2019-06-14T00:00:00Z"),
        ("20190614", "2019-06-14T00:00:00Z"),
        ("2019-165", "2019-06-14T00:00:00Z"),              // ordinal
        ("2019165", "2019-06-14T00:00:00Z"),
        ("2020-366", "2020-12-31T00:00:00Z"),              // leap-year ordinal
        ("2019-W24-5", "2019-06-14T00:00:00Z"),            // week date: Friday of week 24
        ("2019W245", "2019-06-14T00:00:00Z"),
        ("2019-W24", "2019-06-10T00:00:00Z"),              // the week's Monday
        ("2015-W53-7", "2016-01-03T00:00:00Z"),            // 2015 had 53 ISO weeks
        ("2008-W01-1", "2007-12-31T00:00:00Z"),            // week 1 starts in the year before
        ("19-06-14", "2019-06-14T00:00:00Z"),              // ISO 8601:1988 two-digit years
        ("190614", "2019-06-14T00:00:00Z"),
        ("19165", "2019-06-14T00:00:00Z"),
        ("-1906", "2019-06-01T00:00:00Z"),
        ("-19-06", "2019-06-01T00:00:00Z"),
        ("98-01-02", "1998-01-02T00:00:00Z"),
        ("2019-006-14T08:30:00Z", "2019-06-14T08:30:00Z"), // a month with an extra zero
        ("2019-06-14T08:30:15+07:00", "2019-06-14T01:30:15Z"),
        ("2019-06-14T08:30:15.999-0230", "2019-06-14T11:00:15Z"),
        ("2019-06-14t08:30Z", "2019-06-14T08:30:00Z"),
        ("20190614T083015+07", "2019-06-14T01:30:15Z"),    // basic format
        ("2019-06-14T08Z", "2019-06-14T08:00:00Z"),        // hour only
        ("2019-06-14T08:30.5Z", "2019-06-14T08:30:30Z"),   // fraction of a minute
        ("2019-06-14T24:00:00Z", "2019-06-15T00:00:00Z"),
        ("2019-06-14 08:30:15", "2019-06-14T08:30:15Z"),   // MSSQL
        ("2019-06-14 08:30:15.0 -01:30", "2019-06-14T10:00:15Z"),
        ("2019-06-14 08:30:15 PDT", "2019-06-14T15:30:15Z"),
        ("2019-június-14T8:30+02:00", "2019-06-14T06:30:00Z"), // Hungarian
    ]

    @Test(arguments: isoForms)
    func readsEveryISOForm(_ input: String, _ expected: String) throws {
        let date = try #require(DateParser.parse(input, inDateField: true), "no date from \(input)")
        #expect(DateParser.isoUTC(date) == expected, "\(input)")
    }

    /// RFC 822/2822 and the other worded forms.
    static let wordedForms: [(String, String)] = [
        ("Fri, 14 Jun 2019 08:30:15 +0700", "2019-06-14T01:30:15Z"),
        ("14 Jun 2019 08:30 GMT", "2019-06-14T08:30:00Z"),
        ("Fri, 14 Jun 19 08:30:15 EDT", "2019-06-14T12:30:15Z"),          // two-digit year
        ("Fri, 14 Jun 95 08:30:15 UT", "1995-06-14T08:30:15Z"),
        ("Fri,  4 Jun 2019 8:3:1 GMT", "2019-06-04T08:03:01Z"),           // one-digit fields
        ("Friday, 14 June 2019 08:30:15 MDT", "2019-06-14T14:30:15Z"),
        ("Fri, 14 Jun, 2019 08:30:15 Z", "2019-06-14T08:30:15Z"),
        ("Fri, 14 Jun 2019 08:30:15 N", "2019-06-14T07:30:15Z"),          // RFC 822 military: N = +1
        ("Fri, 14 Jun 2019 08:30:15 M", "2019-06-14T20:30:15Z"),          // M = -12
        ("Fri, 14 Jun 2019 08:30:15 GMT+07:00", "2019-06-14T01:30:15Z"),
        ("Fri, 14 Jun 2019 08:30:15 UTC-3", "2019-06-14T11:30:15Z"),
        ("Fri, 14 Jun 2019 08:30:15 Etc/GMT-7", "2019-06-14T01:30:15Z"),  // POSIX sign
        ("Fri, 14 Jun 2019 08:30:15 -0800 (PST)", "2019-06-14T16:30:15Z"), // RFC 2822 comment
        ("Fri, 14 Jun 2019 08:30:15 (CEST)", "2019-06-14T06:30:15Z"),
        ("Fri, 14 Jun 2019", "2019-06-14T00:00:00Z"),
        ("Fri Jun 14 08:30:15 2019", "2019-06-14T08:30:15Z"),             // asctime
        ("Fri Jun 14 08:30:15 +0200 2019", "2019-06-14T06:30:15Z"),
        ("Fri Jun 14 2019 08:30:15 -0500", "2019-06-14T13:30:15Z"),
        ("Fri, 2019/06/14 08:30:15 PST", "2019-06-14T16:30:15Z"),         // Perforce
        ("Παρ, 14 Ιουν 2019 08:30:15 GMT", "2019-06-14T08:30:15Z"),       // Greek
        ("Παρασκευή, 14 Ιουνίου 2019 08:30:15 +0300", "2019-06-14T05:30:15Z"),
        ("2019년 6월 14일 08:30:15", "2019-06-13T23:30:15Z"),             // Korean: KST
        ("2019-06-14 오후 08:30:15", "2019-06-14T11:30:15Z"),
        ("Jum'at, 14 Juni 2019 pukul 08.30 WIB", "2019-06-14T01:30:00Z"),
        ("14 Jun 2019 08:30 WITA", "2019-06-14T00:30:00Z"),
        ("Jun 14, 2019 at 8:30 pm", "2019-06-14T20:30:00Z"),
    ]

    @Test(arguments: wordedForms)
    func readsEveryWordedForm(_ input: String, _ expected: String) throws {
        let date = try #require(DateParser.parse(input), "no date from \(input)")
        #expect(DateParser.isoUTC(date) == expected, "\(input)")
    }

    /// What the grammars refuse: nil, never a near guess.
    @Test(arguments: [
        "2019-06-31", "2019-366", "2019-W53-1", "2019-W24-8", "2019-06-14T25:00:00Z", "2019-06-14T08:60:00Z",
        "2019-06-14T08:30:61Z", "2019-06-14T24:00:01Z", "2019-06-14T08:30:15+15:00", "2019-06-14T08:30:15-06:7x",
        "2019-06-14-01", "2019-06-14T08:30:15Zjunk", "2019-xx-14", "019", "2019-06T08:30Z",
        "Fri, 14 Jun 2019 8:30:15:01 GMT", "Fri, Jun q 2019 08:30:15 GMT", "Fri, 14 Jun yy 08:30:15 GMT",
        "Fri, 14 Jun 2019 08:30:15 +xx:00", "Fri, 14 Jun 2019 08:30:15 -9999", "Fri, 14 Jun 2019 08:30:15 +0075",
        "Fri, 41 Jun 2019 08:30:15 GMT", "Fri, 14 Jun 2019 08:30:15 XYZT", "Fri, 14 Jun 2019 08:30:15 Etc/Mars",
        "--06-14", "14 Jun 08:30",
    ])
    func refusesWhatTheGrammarDoesNot(_ input: String) {
        #expect(DateParser.parse(input, inDateField: true) == nil, "\(input)")
    }

    /// Outside a date field a bare number of five to seven digits stays a number.
    @Test func bareCompactDatesOnlyInDateFields() {
        for text in ["19165", "190614", "2019165"] {
            #expect(DateParser.parse(text) == nil, "\(text)")
            #expect(DateParser.parse(text, inDateField: true) != nil, "\(text)")
        }
        #expect(DateParser.parse("190614T0830Z") != nil)
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
            let general = DateParser.parseText(text, defaultOffset: 0)
            if let fast { #expect(fast == general, "\(text)") }
            #expect(DateParser.parse(text) == general, "\(text)")
        }
        #expect(fastCount > 500)
        #expect(DateParser.parseRFC822("Wed, 02 Oct 2002 13:00:00 +0700") == DateParser.parse("2002-10-02T13:00:00+07:00"))
        #expect(DateParser.parseRFC822("Rabu, 22 April 2020 10:15 WIB") == nil)
    }
}
