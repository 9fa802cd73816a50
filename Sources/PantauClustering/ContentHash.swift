/// Fingerprint of an article's text for spotting exact copies.
public enum ContentHash {
    /// FNV-1a 64 over the whitespace-normalised, lower-cased text.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var lastWasSpace = true
        for byte in text.lowercased().utf8 {
            let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13
            if isSpace {
                if lastWasSpace { continue }
                lastWasSpace = true
                hash ^= 32
            } else {
                lastWasSpace = false
                hash ^= UInt64(byte)
            }
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
