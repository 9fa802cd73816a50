import CZlib
import Foundation

/// Inflates gzip (or zlib) data, for pages stored as `*.html.gz`.
public enum Gzip {
    /// The inflated bytes, or nil when `data` is not valid gzip/zlib or inflates past `limit`.
    public static func inflate(_ data: Data, limit: Int = 256 * 1024 * 1024) -> Data? {
        var stream = z_stream()
        guard pantau_inflate_init_auto(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out = Data()
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        let ok: Bool = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Bool in
            guard let base = input.bindMemory(to: Bytef.self).baseAddress else { return false }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(input.count)
            while true {
                let status: Int32 = buffer.withUnsafeMutableBufferPointer { b in
                    stream.next_out = b.baseAddress
                    stream.avail_out = uInt(chunk)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk - Int(stream.avail_out)
                out.append(contentsOf: buffer[0..<produced])
                if out.count > limit { return false }
                if status == Z_STREAM_END { return true }
                if status != Z_OK { return false }
                if stream.avail_in == 0 && produced == 0 { return false }
            }
        }
        return ok ? out : nil
    }

    /// Compresses `data` as gzip (tests and tools: serving compressed pages locally).
    public static func compress(_ data: Data, level: Int32 = 9) -> Data? {
        var stream = z_stream()
        guard pantau_deflate_init_gzip(&stream, level) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var out = Data()
        var input = [UInt8](data)
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf -> Bool in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            while true {
                let status: Int32 = buffer.withUnsafeMutableBufferPointer { b in
                    stream.next_out = b.baseAddress
                    stream.avail_out = uInt(chunk)
                    return deflate(&stream, Z_FINISH)
                }
                out.append(contentsOf: buffer[0..<(chunk - Int(stream.avail_out))])
                if status == Z_STREAM_END { return true }
                if status != Z_OK && status != Z_BUF_ERROR { return false }
            }
        }
        return ok ? out : nil
    }
}
