/// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or code points
/// past U+10FFFF), without building a String: `String(validating:)` copied every
/// document only to be thrown away.
public enum UTF8Check {
    public static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time.
            if i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = base.load(fromByteOffset: i, as: UInt8.self)
            if b < 0x80 { i += 1; continue }
            @inline(__always) func continuation(_ k: Int) -> UInt8? {
                guard i + k < n else { return nil }
                let c = base.load(fromByteOffset: i + k, as: UInt8.self)
                return c & 0xC0 == 0x80 ? c : nil
            }
            switch b {
            case 0xC2...0xDF:
                guard continuation(1) != nil else { return false }
                i += 2
            case 0xE0...0xEF:
                guard let c1 = continuation(1), continuation(2) != nil else { return false }
                if b == 0xE0, c1 < 0xA0 { return false } // overlong
                if b == 0xED, c1 > 0x9F { return false } // surrogates
                i += 3
            case 0xF0...0xF4:
                guard let c1 = continuation(1), continuation(2) != nil, continuation(3) != nil else { return false }
                if b == 0xF0, c1 < 0x90 { return false } // overlong
                if b == 0xF4, c1 > 0x8F { return false } // past U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
