import Foundation

/// A small JSON writer for the plain values Pantau prints (strings, numbers, booleans,
/// null, arrays, objects with sorted keys): faster than JSONSerialization for large text
/// and byte-for-byte predictable.
enum JSONText {
    static func object(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    static func write(_ value: Any, into out: inout String) {
        switch value {
        case let s as String: string(s, into: &out)
        case let b as Bool: out += b ? "true" : "false"
        case let i as Int: out += String(i)
        case let i as Int64: out += String(i)
        case let d as Double: out += d.isFinite ? String(d) : "null"
        case is NSNull: out += "null"
        case let a as [Any]:
            out += "["
            for (n, v) in a.enumerated() {
                if n > 0 { out += "," }
                write(v, into: &out)
            }
            out += "]"
        case let o as [String: Any]:
            out += "{"
            for (n, key) in o.keys.sorted().enumerated() {
                if n > 0 { out += "," }
                string(key, into: &out)
                out += ":"
                write(o[key]!, into: &out)
            }
            out += "}"
        default:
            string("\(value)", into: &out)
        }
    }

    static func string(_ s: String, into out: inout String) {
        var bytes: [UInt8] = [34]
        bytes.reserveCapacity(s.utf8.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case 34: bytes += [92, 34]
            case 92: bytes += [92, 92]
            case 10: bytes += [92, 110]
            case 13: bytes += [92, 114]
            case 9: bytes += [92, 116]
            case 0..<0x20: bytes += [92, 117, 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: bytes.append(b)
            }
        }
        bytes.append(34)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
