import Foundation
import PantauXML

/// Finds a feed document's character encoding and converts it to UTF-8: byte-order mark,
/// HTTP charset, XML declaration, then detection (UTF-8, else windows-1252). A declared
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
        data = Data(data)

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
        if let (name, utf8) = CharsetDetector.detect(data) {
            return Decoded(utf8: replaceDeclaration(utf8), bozo: true, reason: reason ?? "penyandian ditebak: \(name)")
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
        guard utf8.contains(0xC2) else { return utf8 }
        var out = Data()
        out.reserveCapacity(utf8.count)
        var i = utf8.startIndex
        var changed = false
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0xC2, utf8.index(after: i) < utf8.endIndex {
                let next = utf8[utf8.index(after: i)]
                if next >= 0x80, next <= 0x9F, let mapped = Transcoder.utf8(from: Data([next]), encoding: "WINDOWS-1252") {
                    out.append(mapped)
                    i = utf8.index(i, offsetBy: 2)
                    changed = true
                    continue
                }
            }
            out.append(b)
            i = utf8.index(after: i)
        }
        return changed ? out : utf8
    }

    /// The `encoding` of an XML declaration at the start of `text`.
    static func xmlDeclaredEncoding(_ text: String) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard trimmed.hasPrefix("<?xml"), let end = trimmed.range(of: "?>") else { return nil }
        let decl = trimmed[..<end.lowerBound]
        guard let r = decl.range(of: "encoding") else { return nil }
        var rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: quote) else { return nil }
        return String(rest[..<close])
    }

    /// Rewrites the declaration's encoding to UTF-8 (the bytes now are UTF-8).
    static func replaceDeclaration(_ data: Data) -> Data {
        let head = String(decoding: data.prefix(300), as: UTF8.self)
        guard let declared = xmlDeclaredEncoding(head), let r = head.range(of: declared) else { return data }
        let prefixBytes = head[..<r.lowerBound].utf8.count
        var out = Data(data.prefix(prefixBytes))
        out.append(Data("UTF-8".utf8))
        out.append(data.dropFirst(prefixBytes + declared.utf8.count))
        return out
    }
}
