import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts text from a named character encoding to UTF-8 with the C library's iconv
/// (the same converters libxml2 uses), or by table for the Mac code pages iconv lacks.
public enum Transcoder {
    /// `data` decoded from `encoding` as UTF-8 bytes, or nil when the encoding is unknown
    /// or the bytes are not valid in it.
    public static func utf8(from data: Data, encoding: String) -> Data? {
        let name = canonicalName(encoding)
        if name == "UTF-8" {
            let valid = data.withUnsafeBytes(UTF8Check.isValid)
            return valid ? data : nil
        }
        if let table = MacCodePages.upperHalf(name) { return MacCodePages.utf8(from: data, upperHalf: table) }
        guard let cd = Converters.shared.take(name) else { return nil }
        defer { Converters.shared.give(back: cd, for: name) }
        // A reused descriptor starts from its initial shift state.
        _ = iconv(cd, nil, nil, nil, nil)
        var out = Data()
        out.reserveCapacity(data.count * 2)
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for i in 0..<raw.count { input[i] = CChar(bitPattern: raw[i]) }
        }
        var ok = true
        input.withUnsafeMutableBufferPointer { inBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
            var inLeft = inBuf.count
            var chunk = [CChar](repeating: 0, count: 64 * 1024)
            while inLeft > 0 {
                let status: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                    var outLeft = outBuf.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let produced = outBuf.count - outLeft
                    out.append(contentsOf: UnsafeRawBufferPointer(start: outBuf.baseAddress, count: produced))
                    if r == -1 && errno != E2BIG { return -1 }
                    return produced
                }
                if status < 0 { ok = false; break }
                if status == 0 && inLeft > 0 { ok = false; break }
            }
        }
        return ok ? out : nil
    }

    /// Open iconv descriptors by encoding, reused: opening one loads a gconv module, which
    /// costs more than converting a whole feed. A descriptor is used by one call at a time.
    final class Converters: @unchecked Sendable {
        static let shared = Converters()
        private let lock = NSLock()
        private var idle: [String: [iconv_t]] = [:]
        private var unknown: Set<String> = []

        func take(_ name: String) -> iconv_t? {
            lock.lock()
            if unknown.contains(name) { lock.unlock(); return nil }
            if let cd = idle[name]?.popLast() { lock.unlock(); return cd }
            lock.unlock()
            let cd = iconv_open("UTF-8", name)
            if cd == iconv_t(bitPattern: -1) {
                lock.lock(); unknown.insert(name); lock.unlock()
                return nil
            }
            return cd
        }

        func give(back cd: iconv_t, for name: String) {
            lock.lock()
            if idle[name, default: []].count < 4 { idle[name, default: []].append(cd); lock.unlock() } else { lock.unlock(); iconv_close(cd) }
        }
    }

    /// "UTF-8" in any case, "utf8": the common labels, recognised without Foundation.
    static func isUTF8Label(_ encoding: String) -> Bool {
        let u = encoding.utf8
        guard u.count == 5 || u.count == 4 else { return false }
        let lowered = u.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return lowered.elementsEqual("utf-8".utf8) || lowered.elementsEqual("utf8".utf8)
    }

    /// The converter name for an encoding label (see `EncodingLabels`).
    public static func canonicalName(_ encoding: String) -> String {
        isUTF8Label(encoding) ? "UTF-8" : EncodingLabels.iconvName(encoding)
    }
}
