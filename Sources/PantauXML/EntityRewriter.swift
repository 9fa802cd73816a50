import CLibXML2
import Foundation

/// Rewrites HTML named entities (`&nbsp;`, `&eacute;`) in an XML byte stream to numeric
/// character references before parsing.
///
/// Why: in recover mode libxml2 2.9.14 drops every later `&amp;` of a document after one
/// undeclared entity. The five XML entities are kept; unknown names are left untouched
/// (recover mode then drops only that one reference).
enum EntityRewriter {
    static func numericReferences(in data: Data) -> Data {
        guard data.contains(UInt8(ascii: "&")) else { return data }
        var out = Data()
        out.reserveCapacity(data.count + 64)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            var copiedUpTo = 0
            let n = bytes.count
            while i < n {
                guard bytes[i] == UInt8(ascii: "&") else { i += 1; continue }
                // Scan a name of at most 32 ASCII letters/digits followed by ';'.
                var j = i + 1
                while j < n, j - i <= 33, isNameByte(bytes[j]) { j += 1 }
                guard j < n, bytes[j] == UInt8(ascii: ";"), j > i + 1, bytes[i + 1] != UInt8(ascii: "#") else {
                    i += 1
                    continue
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
                if ["amp", "lt", "gt", "quot", "apos"].contains(name) {
                    i = j + 1
                    continue
                }
                guard let entity = name.withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) else {
                    i = j + 1
                    continue
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<i]))
                out.append(contentsOf: Array("&#\(entity.pointee.value);".utf8))
                i = j + 1
                copiedUpTo = i
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<n]))
        }
        return out
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }
}
