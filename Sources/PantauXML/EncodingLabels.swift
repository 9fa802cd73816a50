import Foundation

/// The names documents give their encodings (IANA names and aliases, the labels of the
/// WHATWG Encoding Standard, the aliases Python's codecs accept), mapped to the names of
/// glibc's iconv or of `MacCodePages`.
///
/// A label is compared by its letters and digits only, lower-cased: `ISO_8859-1`,
/// `iso8859-1` and `ISO 8859 1` are one label.
enum EncodingLabels {
    static func iconvName(_ label: String) -> String {
        let key = String(String.UnicodeScalarView(label.lowercased().unicodeScalars.filter {
            ($0.value >= 97 && $0.value <= 122) || ($0.value >= 48 && $0.value <= 57)
        }))
        if let name = aliases[key] { return name }
        // ISO 8859 parts, with or without the year of the edition (iso_8859-2:1987).
        let parts = label.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if let at = parts.firstIndex(where: { $0 == "8859" || $0 == "iso8859" }), at + 1 < parts.count,
           parts[..<at].allSatisfy({ $0 == "iso" }), let part = Int(parts[at + 1]), (1...16).contains(part) {
            return "ISO-8859-\(part)"
        }
        // Numbered families: windows-1252, cp850, ibm866, iso-8859-5, and a bare 850.
        for (prefix, name) in [("windows", "WINDOWS-"), ("cp", "CP"), ("ibm", "IBM"), ("iso8859", "ISO-8859-"), ("csibm", "IBM")] {
            if key.hasPrefix(prefix), key.count > prefix.count, key.dropFirst(prefix.count).allSatisfy(\.isNumber) {
                return name + key.dropFirst(prefix.count)
            }
        }
        if !key.isEmpty, key.allSatisfy(\.isNumber) { return "CP" + key }
        return label.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "_", with: "-")
    }

    private static let aliases: [String: String] = {
        var map: [String: String] = [:]
        func add(_ name: String, _ keys: [String]) { for k in keys { map[k] = name } }
        add("UTF-8", ["utf8", "unicode11utf8", "unicode20utf8", "xunicode20utf8"])
        add("UTF-16", ["utf16", "unicode", "csunicode16"])
        add("UTF-16BE", ["utf16be", "unicodefffe"])
        add("UTF-16LE", ["utf16le", "unicodefeff"])
        add("UTF-32", ["utf32"])
        add("UTF-32BE", ["utf32be"])
        add("UTF-32LE", ["utf32le"])
        add("UCS-2", ["ucs2", "iso10646ucs2", "csunicode"])
        add("UCS-4", ["ucs4", "iso10646ucs4", "csucs4"])
        add("US-ASCII", ["ascii", "usascii", "ansix341968", "iso646us", "us", "csascii", "646"])
        add("ISO-8859-1", ["latin1", "l1", "iso88591", "iso885911987", "isoir100", "csisolatin1", "cp819", "ibm819", "8859"])
        add("ISO-8859-2", ["latin2", "l2", "isoir101", "csisolatin2"])
        add("ISO-8859-3", ["latin3", "l3", "isoir109", "csisolatin3"])
        add("ISO-8859-4", ["latin4", "l4", "isoir110", "csisolatin4"])
        add("ISO-8859-5", ["cyrillic", "isoir144", "csisolatincyrillic"])
        add("ISO-8859-6", ["arabic", "isoir127", "ecma114", "asmo708", "csisolatinarabic"])
        add("ISO-8859-7", ["greek", "greek8", "isoir126", "ecma118", "elot928", "csisolatingreek"])
        add("ISO-8859-8", ["hebrew", "isoir138", "csisolatinhebrew", "visual", "iso88598e", "iso88598i", "logical"])
        add("ISO-8859-9", ["latin5", "l5", "isoir148", "csisolatin5"])
        add("ISO-8859-10", ["latin6", "l6", "isoir157", "csisolatin6"])
        add("ISO-8859-13", ["latin7", "l7"])
        add("ISO-8859-14", ["latin8", "l8", "isoceltic"])
        add("ISO-8859-15", ["latin9", "l9", "latin0"])
        add("ISO-8859-16", ["latin10", "l10"])
        add("KOI8-R", ["koi8r", "koi8", "cskoi8r"])
        add("KOI8-U", ["koi8u", "koi8ru"])
        add("KOI8-T", ["koi8t"])
        add("CP1125", ["cp1125", "ibm1125", "cp866u", "ruscii", "1125"])
        add("CP861", ["cpis"])
        add("CP869", ["cpgr"])
        add("PT154", ["ptcp154", "pt154", "cp154", "csptcp154", "cyrillicasian"])
        add("RK1048", ["kz1048", "rk1048", "strk10482002"])
        add("HP-ROMAN8", ["hproman8", "roman8", "r8", "cshproman8"])
        add("MACINTOSH", ["macintosh", "macroman", "xmacroman", "mac", "csmacintosh"])
        add("MAC-CYRILLIC", ["maccyrillic", "xmaccyrillic"])
        add("MACUKRAINIAN", ["macukraine", "macukrainian", "xmacukrainian"])
        add("MAC-IS", ["maciceland", "macicelandic", "xmacicelandic"])
        add("MAC-CENTRALEUROPE", ["maclatin2", "maccentraleurope", "maccenteuro", "xmacce", "xmaccentraleurroman", "macce"])
        add("MAC-GREEK", ["macgreek", "xmacgreek", "macgr"])
        add("MAC-TURKISH", ["macturkish", "xmacturkish"])
        add("SHIFT_JIS", ["shiftjis", "sjis", "xsjis", "mskanji", "csshiftjis"])
        add("CP932", ["windows31j", "cp932", "ms932", "mskanji932"])
        add("EUC-JP", ["eucjp", "xeucjp", "ujis", "cseucpkdfmtjapanese"])
        add("ISO-2022-JP", ["iso2022jp", "csiso2022jp"])
        add("GBK", ["gb2312", "euccn", "csgb2312", "gb231280", "chinese", "isoir58", "gbk", "cp936", "ms936", "windows936"])
        add("GB18030", ["gb18030"])
        add("BIG5", ["big5", "csbig5", "big5tw", "cnbig5", "xxbig5"])
        add("BIG5-HKSCS", ["big5hkscs"])
        add("EUC-KR", ["euckr", "ksc56011987", "ksc5601", "isoir149", "korean", "cseuckr", "ksc56011989"])
        add("CP949", ["cp949", "uhc", "windows949", "ms949"])
        add("JOHAB", ["johab", "cp1361"])
        add("TIS-620", ["tis620", "tis6200", "tis62025290", "tis62025291", "isoir166"])
        add("WINDOWS-874", ["windows874", "cp874", "dos874"])
        return map
    }()
}
