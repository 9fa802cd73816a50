import Foundation
import PantauXML

/// Finds a feed document's character encoding and converts it to UTF-8: byte-order mark,
/// HTTP charset, XML declaration; when none of them fits, UTF-8, then the encoding
/// `EncodingDetector` (uchardet) finds in the bytes, then windows-1252. A declared
/// encoding that does not fit the bytes, or a non-XML media type, makes the result bozo.
enum FeedEncoding {
    struct Decoded {
        var utf8: Data
        var bozo: Bool
        var reason: String?
    }

    static func decode(_ raw: Data, contentType: String?) -> Decoded {
        var data = raw
        var bozo = false
        var reason: String?
        var bomEncoding: String?
        // Byte-order marks (longest first).
        let b = [UInt8](data.prefix(4))
        func has(_ prefix: [UInt8]) -> Bool { b.count >= prefix.count && Array(b[0..<prefix.count]) == prefix }
        if has([0x00, 0x00, 0xFE, 0xFF]) { bomEncoding = "UTF-32BE"; data = data.dropFirst(4) }
        else if has([0xFF, 0xFE, 0x00, 0x00]) { bomEncoding = "UTF-32LE"; data = data.dropFirst(4) }
        else if has([0xEF, 0xBB, 0xBF]) { bomEncoding = "UTF-8"; data = data.dropFirst(3) }
        else if has([0xFE, 0xFF]) { bomEncoding = "UTF-16BE"; data = data.dropFirst(2) }
        else if has([0xFF, 0xFE]) { bomEncoding = "UTF-16LE"; data = data.dropFirst(2) }
        else if has([0x00, 0x00, 0x00, 0x3C]) { bomEncoding = "UTF-32BE" }
        else if has([0x3C, 0x00, 0x00, 0x00]) { bomEncoding = "UTF-32LE" }
        else if has([0x00, 0x3C, 0x00, 0x3F]) { bomEncoding = "UTF-16BE" }
        else if has([0x3C, 0x00, 0x3F, 0x00]) { bomEncoding = "UTF-16LE" }
        if data.startIndex != 0 { data = Data(data) } // a BOM was dropped: rebase the slice

        // The XML declaration, read in the BOM's encoding or as ASCII.
        var declared: String?
        let head = data.prefix(512)
        let headText: String
        if let bomEncoding, bomEncoding != "UTF-8", let converted = Transcoder.utf8(from: Data(head.prefix(head.count - head.count % 4)), encoding: bomEncoding) {
            headText = String(decoding: converted, as: UTF8.self)
        } else {
            headText = String(decoding: head, as: UTF8.self)
        }
        declared = xmlDeclaredEncoding(headText)

        // HTTP: the media type and its charset.
        var httpCharset: String?
        var mediaType: String?
        if let contentType {
            let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            mediaType = parts.first?.lowercased()
            for p in parts.dropFirst() where p.lowercased().hasPrefix("charset=") {
                httpCharset = String(p.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            }
        }
        if let mediaType {
            let xmlType = mediaType.hasSuffix("/xml") || mediaType.hasSuffix("+xml") || mediaType == "application/xml-dtd"
                || mediaType == "application/xml-external-parsed-entity"
            if !xmlType {
                bozo = true
                reason = "tipe media \(mediaType) bukan XML"
            }
        }

        // The encoding with authority: HTTP charset, then the BOM (or the UTF-16/32 byte
        // pattern), then the declaration, then UTF-8. If the bytes do not fit it, UTF-8 and
        // windows-1252 are tried, and the document is bozo.
        // RFC 3023: text/xml without a charset is US-ASCII, whatever the document declares.
        var textDefault: String?
        if let mediaType, mediaType.hasPrefix("text/"), mediaType.hasSuffix("xml"), httpCharset == nil { textDefault = "US-ASCII" }
        let primary = httpCharset ?? textDefault ?? bomEncoding ?? declared ?? "UTF-8"
        if let utf8 = Transcoder.utf8(from: data, encoding: primary) {
            return Decoded(utf8: replaceDeclaration(repairC1(utf8)), bozo: bozo, reason: reason)
        }
        if textDefault != nil, let fallback = bomEncoding ?? declared, let utf8 = Transcoder.utf8(from: data, encoding: fallback) {
            return Decoded(utf8: replaceDeclaration(repairC1(utf8)), bozo: true, reason: "teks non-ASCII dalam text/xml tanpa charset")
        }
        bozo = true
        reason = reason ?? "isi tidak cocok dengan penyandian \(primary)"
        if Transcoder.canonicalName(primary) != "UTF-8", let utf8 = Transcoder.utf8(from: data, encoding: "UTF-8") {
            return Decoded(utf8: replaceDeclaration(utf8), bozo: bozo, reason: reason)
        }
        // Nothing declared fits and it is not UTF-8: the bytes say what they are.
        if let name = EncodingDetector.detect(data), let utf8 = Transcoder.utf8(from: data, encoding: name) {
            return Decoded(utf8: replaceDeclaration(utf8), bozo: true, reason: reason)
        }
        // Nothing fits: windows-1252 decodes every byte.
        bozo = true
        reason = reason ?? "penyandian tidak dikenali; dibaca sebagai windows-1252"
        let fallback = Transcoder.utf8(from: data, encoding: "WINDOWS-1252") ?? Data(String(decoding: data, as: UTF8.self).utf8)
        return Decoded(utf8: replaceDeclaration(fallback), bozo: bozo, reason: reason)
    }

    /// C1 control characters (U+0080–U+009F) in decoded text are windows-1252 bytes that
    /// were mislabelled: "don\u{92}t" is "don’t".
    static func repairC1(_ utf8: Data) -> Data {
        // Fast path: most documents have no C1 characters at all.
        let needs = utf8.withUnsafeBytes { raw -> Bool in
            guard var p = raw.baseAddress else { return false }
            let end = raw.baseAddress! + raw.count
            // memchr skips to each 0xC2 at machine speed.
            while p < end, let hit = memchr(p, 0xC2, end - p) {
                let q = hit.assumingMemoryBound(to: UInt8.self)
                if UnsafeRawPointer(q) + 1 < end, (q + 1).pointee >= 0x80, (q + 1).pointee <= 0x9F { return true }
                p = UnsafeRawPointer(q) + 1
            }
            return false
        }
        guard needs else { return utf8 }
        let bytes = [UInt8](utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F,
               let mapped = TextRepair.cp1252[UInt32(bytes[i + 1])] {
                out.append(contentsOf: Array(String(Character(mapped)).utf8))
                i += 2
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return Data(out)
    }

    /// The `encoding` of an XML declaration at the start of `text`.
    static func xmlDeclaredEncoding(_ text: String) -> String? {
        declaration(in: Array(text.utf8.prefix(512))).map { String(decoding: $0.value, as: UTF8.self) }
    }

    /// The byte range of the declaration's encoding value, and the value.
    static func declaration(in b: [UInt8]) -> (range: Range<Int>, value: [UInt8])? {
        var i = 0
        while i < b.count, b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 }
        guard i + 5 <= b.count, Array(b[i..<(i + 5)]) == Array("<?xml".utf8) else { return nil }
        var end = i + 5
        while end + 1 < b.count, !(b[end] == 63 && b[end + 1] == 62) { end += 1 }
        let key = Array("encoding".utf8)
        var k = i + 5
        while k + key.count <= end {
            if Array(b[k..<(k + key.count)]) == key {
                var v = k + key.count
                while v < end, b[v] == 32 || b[v] == 61 || b[v] == 9 { v += 1 }
                guard v < end, b[v] == 34 || b[v] == 39 else { return nil }
                let q = b[v]
                let start = v + 1
                var close = start
                while close < end, b[close] != q { close += 1 }
                guard close < end else { return nil }
                return (start..<close, Array(b[start..<close]))
            }
            k += 1
        }
        return nil
    }

    /// Rewrites the declaration's encoding to UTF-8 (the bytes now are UTF-8).
    static func replaceDeclaration(_ data: Data) -> Data {
        guard let decl = declaration(in: [UInt8](data.prefix(512))) else { return data }
        if decl.value.count == 5, String(decoding: decl.value, as: UTF8.self).uppercased() == "UTF-8" { return data }
        var out = Data(data.prefix(decl.range.lowerBound))
        out.append(Data("UTF-8".utf8))
        out.append(data.dropFirst(decl.range.upperBound))
        return out
    }
}
