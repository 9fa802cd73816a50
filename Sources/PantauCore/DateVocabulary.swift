import Foundation

/// The words dates are written with: month and day names by language, and the time-zone
/// names of RFC 822, RFC 2822, North American and Indonesian use.
///
/// Names are looked up folded (`fold`): lower-case, diacritics removed, so `Ιούλ`, `július`
/// and `Juli` need one entry each. Written by hand from the languages' calendars.
enum DateVocabulary {
    struct Month {
        var number: Int
        /// The name is Indonesian (and not also English): a zoneless date is then WIB.
        var indonesian: Bool
    }

    static let months: [String: Month] = {
        var map: [String: Month] = [:]
        func add(_ names: [String], indonesian: Bool = false) {
            for (i, name) in names.enumerated() where map[name] == nil { map[name] = Month(number: i + 1, indonesian: indonesian) }
        }
        add(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"])
        add(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
        map["sept"] = Month(number: 9, indonesian: false)
        // Indonesian, with the older spellings (Pebruari, Nopember) and the abbreviations.
        add(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
             "november", "desember"], indonesian: true)
        add(["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"], indonesian: true)
        for (name, number) in [("pebruari", 2), ("peb", 2), ("agt", 8), ("ags", 8), ("agus", 8), ("nopember", 11), ("nop", 11)] {
            map[name] = Month(number: number, indonesian: true)
        }
        // Greek (feedparser's Greek form): nominative, genitive (as dates write them) and
        // the usual abbreviations.
        add(["ιανουαριος", "φεβρουαριος", "μαρτιος", "απριλιος", "μαιος", "ιουνιος", "ιουλιος", "αυγουστος",
             "σεπτεμβριος", "οκτωβριος", "νοεμβριος", "δεκεμβριος"])
        add(["ιανουαριου", "φεβρουαριου", "μαρτιου", "απριλιου", "μαιου", "ιουνιου", "ιουλιου", "αυγουστου",
             "σεπτεμβριου", "οκτωβριου", "νοεμβριου", "δεκεμβριου"])
        add(["ιαν", "φεβ", "μαρ", "απρ", "μαι", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"])
        for (name, number) in [("σεπτ", 9), ("νοεμ", 11), ("μαρτ", 3)] { map[name] = Month(number: number, indonesian: false) }
        // Hungarian (feedparser's Hungarian form): names and abbreviations.
        add(["januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus", "szeptember",
             "oktober", "november", "december"])
        for (name, number) in [("febr", 2), ("marc", 3), ("maj", 5), ("szept", 9)] { map[name] = Month(number: number, indonesian: false) }
        return map
    }()

    /// Day-of-week names (ignored, as feedparser ignores them) and whether each is Indonesian.
    static let weekdays: [String: Bool] = {
        var map: [String: Bool] = [:]
        for name in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
                     // Greek
                     "κυριακη", "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο",
                     "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ",
                     // Hungarian
                     "hetfo", "kedd", "szerda", "csutortok", "pentek", "szombat", "vasarnap"] {
            map[name] = false
        }
        for name in ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
                     "sen", "sel", "rab", "kam", "jum", "sab", "min"] {
            map[name] = true
        }
        return map
    }()

    /// Words around a date that carry nothing: "pukul 10.15", "on", the ISO "T" read apart.
    static let fillers: Set<String> = ["pukul", "jam", "of", "the", "t", "on", "at", "pada", "tanggal", "tgl"]

    /// Zone names in seconds east of UTC (upper-case keys).
    ///
    /// RFC 822's own (UT, GMT, Z, the four North American pairs, and the military letters,
    /// which RFC 822 counts west from A = -1 to M = -12 and east from N = +1 to Y = +12;
    /// RFC 2822 later said they cannot be trusted, but feeds that write them follow RFC 822),
    /// the North American names without the daylight letter, Indonesia's WIB/WITA/WIT and
    /// the common unambiguous names of other regions. Ambiguous ones (IST) are left out: a
    /// date in an unknown zone is nil, not a guess.
    static let zones: [String: Int] = {
        let h = 3600
        var map: [String: Int] = [
            "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "UCT": 0, "ZULU": 0,
            "EST": -5 * h, "EDT": -4 * h, "CST": -6 * h, "CDT": -5 * h,
            "MST": -7 * h, "MDT": -6 * h, "PST": -8 * h, "PDT": -7 * h,
            "AT": -4 * h, "ET": -5 * h, "CT": -6 * h, "MT": -7 * h, "PT": -8 * h,
            "AST": -4 * h, "ADT": -3 * h, "NST": -(3 * h + 1800), "NDT": -(2 * h + 1800),
            "AKST": -9 * h, "AKDT": -8 * h, "HST": -10 * h,
            "WIB": 7 * h, "WITA": 8 * h, "WIT": 9 * h,
            "WET": 0, "WEST": 1 * h, "BST": 1 * h, "CET": 1 * h, "CEST": 2 * h, "MET": 1 * h, "MEST": 2 * h,
            "EET": 2 * h, "EEST": 3 * h, "MSK": 3 * h,
            "ICT": 7 * h, "SGT": 8 * h, "MYT": 8 * h, "HKT": 8 * h, "PHT": 8 * h, "AWST": 8 * h,
            "KST": 9 * h, "JST": 9 * h, "ACST": 9 * h + 1800, "ACDT": 10 * h + 1800, "AEST": 10 * h, "AEDT": 11 * h,
            "NZST": 12 * h, "NZDT": 13 * h,
        ]
        for (i, letter) in "ABCDEFGHIKLM".enumerated() { map[String(letter)] = -(i + 1) * h }
        for (i, letter) in "NOPQRSTUVWXY".enumerated() { map[String(letter)] = (i + 1) * h }
        return map
    }()

    /// Zones whose name says the writer is Indonesian.
    static let indonesianZones: Set<String> = ["WIB", "WITA", "WIT"]

    /// `word` lower-cased with its diacritics removed (`Ιούλ` → `ιουλ`, `július` → `julius`).
    static func fold(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.utf8.contains(where: { $0 >= 0x80 }) else { return lower }
        var scalars = String.UnicodeScalarView()
        for c in lower.decomposedStringWithCanonicalMapping.unicodeScalars where c.properties.generalCategory != .nonspacingMark {
            scalars.append(c == "ς" ? "σ" : c)
        }
        return String(scalars)
    }
}
