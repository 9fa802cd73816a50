import PantauXML

/// Measures of visible text on UTF-8 bytes, without building strings.
enum VisibleText {
    /// Characters that are not white space (Unicode's White_Space; U+200B counts as a
    /// character), on UTF-8 bytes.
    static func length(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if !(b == 32 || b == 9 || b == 10 || b == 13 || b == 12) { count += 1 }
                i += 1
                continue
            }
            if b >= 0xC0 {
                let width = HTMLText.whitespaceWidth(bytes, at: i)
                if width > 0, !(width == 3 && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8B) {
                    i += width
                    continue
                }
                count += 1 // the first byte of a multi-byte character
            }
            i += 1
        }
        return count
    }

    /// `length` of a string's UTF-8.
    static func length(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { length($0) }
    }

    /// Commas in the element's whole text, counted up to 10 (all a score uses).
    static func commaCount(_ node: HTMLNode) -> Int {
        var n = 0
        node.forEachDescendant { child in
            if child.kind == .text {
                n += child.withContentBytes { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) } }
            }
            return n >= 10 ? .stop : .continue
        }
        return min(n, 10)
    }
}
