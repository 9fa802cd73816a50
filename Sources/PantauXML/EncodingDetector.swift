import CUchardet
import Foundation

/// Guesses the character encoding of bytes that declare none (or declare one they do not
/// fit) with uchardet, a maintained statistical detector, and widens its answer to the
/// superset that the WHATWG Encoding Standard decodes the same label as.
public enum EncodingDetector {
    /// An iconv name for `data`'s encoding, or nil when uchardet has no answer.
    public static func detect(_ data: Data) -> String? {
        guard !data.isEmpty, let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let status = data.withUnsafeBytes { raw -> Int32 in
            uchardet_handle_data(detector, raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count)
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let cName = uchardet_get_charset(detector) else { return nil }
        let name = String(cString: cName).uppercased()
        guard !name.isEmpty else { return nil }
        return supersets[name] ?? name
    }

    /// Detected legacy encodings and the superset to decode them with: the same letters,
    /// plus the characters a detector cannot tell apart (windows-1252's punctuation where
    /// ISO-8859-1 has C1 controls; KOI8-U's Ukrainian letters where KOI8-R has box drawing).
    /// From the WHATWG Encoding Standard's label table, and RFC 2319 for KOI8-U.
    static let supersets: [String: String] = [
        "ASCII": "UTF-8", "ISO-8859-1": "WINDOWS-1252", "ISO-8859-9": "WINDOWS-1254", "TIS-620": "WINDOWS-874",
        "ISO-8859-11": "WINDOWS-874", "EUC-KR": "CP949", "UHC": "CP949", "GB2312": "GB18030", "GBK": "GB18030",
        "KOI8-R": "KOI8-U", "BIG5": "BIG5-HKSCS",
    ]
}
