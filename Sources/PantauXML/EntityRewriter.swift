import CLibXML2
import Foundation

/// Rewrites HTML named entities (`&nbsp;`, `&eacute;`) in an XML byte stream to numeric
/// character references before parsing.
///
/// Why: in recover mode libxml2 2.9.14 drops every later `&amp;` of a document after one
/// undeclared entity. The five XML entities are kept; unknown names are left untouched
/// (recover mode then drops only that one reference).
///
/// Entities the document declares itself (`declared`: its internal DTD subset, read by the
/// caller; never an external one) are replaced by their text, escaped. Their expansion is
/// bounded: past `expansionLimit` added bytes the rest stay literal text.
enum EntityRewriter {
    struct Result {
        var data: Data
        /// Some reference was neither XML's, nor declared, nor a well-formed numeric one.
        var rewroteUndeclared: Bool
    }

    static let expansionLimit = 4 << 20

    static func numericReferences(in data: Data) -> Data {
        numericReferences(in: data, declared: [:]).data
    }

    static func numericReferences(in data: Data, declared: [String: String]) -> Result {
        guard needsRewrite(data) else { return Result(data: data, rewroteUndeclared: false) }
        var undeclared = false
        var expanded = 0
        var out = Data()
        out.reserveCapacity(data.count + 64)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            var copiedUpTo = 0
            let n = bytes.count
            var inCDATA = false
            func replace(_ from: Int, _ to: Int, with text: String) {
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<from]))
                out.append(contentsOf: Array(text.utf8))
                copiedUpTo = to
            }
            while i < n {
                let b = bytes[i]
                // Comments are not content: skip them whole.
                if !inCDATA, b == UInt8(ascii: "<"), i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"),
                   bytes[i + 3] == UInt8(ascii: "-") {
                    var k = i + 4
                    while k + 2 < n, !(bytes[k] == UInt8(ascii: "-") && bytes[k + 1] == UInt8(ascii: "-") && bytes[k + 2] == UInt8(ascii: ">")) { k += 1 }
                    i = k + 3
                    continue
                }
                // CDATA sections are literal text: leave their ampersands alone.
                if b == UInt8(ascii: "<"), i + 8 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "[") {
                    inCDATA = true
                } else if inCDATA, b == UInt8(ascii: "]"), i + 2 < n, bytes[i + 1] == UInt8(ascii: "]"), bytes[i + 2] == UInt8(ascii: ">") {
                    inCDATA = false
                }
                guard b == UInt8(ascii: "&"), !inCDATA else { i += 1; continue }
                var j = i + 1
                if j < n, bytes[j] == UInt8(ascii: "#") {
                    // Character reference: keep it, but "&#X41;" is written "&#x41;".
                    var k = j + 1
                    let hex = k < n && (bytes[k] == UInt8(ascii: "x") || bytes[k] == UInt8(ascii: "X"))
                    if hex { k += 1 }
                    let digitsStart = k
                    while k < n, k - digitsStart < 10, isNameByte(bytes[k]) { k += 1 }
                    if k > digitsStart, k < n, bytes[k] == UInt8(ascii: ";") {
                        if hex, bytes[j + 1] == UInt8(ascii: "X") {
                            replace(j + 1, j + 2, with: "x")
                            undeclared = true // XML writes only a lower-case x
                        }
                        i = k + 1
                    } else {
                        replace(i, i + 1, with: "&amp;")
                        undeclared = true
                        i += 1
                    }
                    continue
                }
                while j < n, j - i <= 33, isNameByte(bytes[j]) { j += 1 }
                guard j < n, bytes[j] == UInt8(ascii: ";"), j > i + 1 else {
                    // A bare ampersand ("?a=1&b=2"): escape it so the text survives.
                    replace(i, i + 1, with: "&amp;")
                    undeclared = true
                    i += 1
                    continue
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
                if ["amp", "lt", "gt", "quot", "apos"].contains(name) {
                    i = j + 1
                    continue
                }
                if let value = declared[name], expanded + value.utf8.count <= expansionLimit {
                    replace(i, j + 1, with: value)
                    expanded += value.utf8.count
                } else if let entity = name.withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) {
                    replace(i, j + 1, with: "&#\(entity.pointee.value);")
                    undeclared = true
                } else {
                    // Unknown entity: keep it as literal text.
                    replace(i, i + 1, with: "&amp;")
                    undeclared = true
                }
                i = j + 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<n]))
        }
        return Result(data: out, rewroteUndeclared: undeclared)
    }

    /// A read-only scan: true when some reference needs rewriting (an HTML entity, an
    /// unknown name, a bare ampersand, "&#X"). Most feeds only use the five XML entities
    /// and numeric references, and are then parsed without a copy.
    static func needsRewrite(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            guard let base = raw.baseAddress else { return false }
            var i = 0
            while i < n {
                // memchr jumps to the next ampersand.
                guard let hit = memchr(base + i, 38, n - i) else { return false }
                i = base.distance(to: UnsafeRawPointer(hit))
                var j = i + 1
                if j < n, bytes[j] == 35 {
                    j += 1
                    if j < n, bytes[j] == 88 { return true }
                    if j < n, bytes[j] == 120 { j += 1 }
                    let start = j
                    while j < n, isNameByte(bytes[j]) { j += 1 }
                    if j == start || j >= n || bytes[j] != 59 { return true }
                    i = j + 1
                    continue
                }
                let start = j
                while j < n, j - start < 8, isNameByte(bytes[j]) { j += 1 }
                guard j < n, bytes[j] == 59 else { return true }
                switch j - start {
                case 2 where (bytes[start] == 108 || bytes[start] == 103) && bytes[start + 1] == 116: break // lt gt
                case 3 where bytes[start] == 97 && bytes[start + 1] == 109 && bytes[start + 2] == 112: break // amp
                case 4 where bytes[start] == 113 && bytes[start + 1] == 117 && bytes[start + 2] == 111 && bytes[start + 3] == 116: break
                case 4 where bytes[start] == 97 && bytes[start + 1] == 112 && bytes[start + 2] == 111 && bytes[start + 3] == 115: break
                default: return true
                }
                i = j + 1
            }
            return false
        }
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }
}
