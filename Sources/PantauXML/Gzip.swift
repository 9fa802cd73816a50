import CDeflate
import Foundation

/// Gzip (and zlib) data held whole in memory, for pages stored as `*.html.gz`.
///
/// libdeflate instead of zlib: the pages are in memory already, and its whole-buffer
/// inflate is two to three times faster than zlib's streaming one (a tenth of the time of
/// `extract --pages-dir` was zlib's).
public enum Gzip {
    /// The inflated bytes, or nil when `data` is not valid gzip (one or more members) or
    /// zlib, or inflates past `limit`.
    public static func inflate(_ data: Data, limit: Int = 256 * 1024 * 1024) -> Data? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        return data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Data? in
            guard let base = input.baseAddress, input.count >= 2 else { return nil }
            if input[0] == 0x1f && input[1] == 0x8b {
                // Member after member (`cat a.gz b.gz` is valid gzip); bytes after the last
                // member that do not start another (padding, junk) are ignored, as gzip -d
                // does, but a damaged member fails the whole file: never a partial page.
                guard let (first, used) = inflateMember(decompressor, input, limit: limit, sizeHint: true) else { return nil }
                if used == input.count { return first }
                var out = first
                var offset = used
                while offset + 1 < input.count, input[offset] == 0x1f, input[offset + 1] == 0x8b {
                    let rest = UnsafeRawBufferPointer(rebasing: input[offset...])
                    guard let (member, used) = inflateMember(decompressor, rest, limit: limit - out.count, sizeHint: false) else { return nil }
                    out.append(member)
                    offset += used
                }
                return out
            }
            // zlib: no size in the stream; grow until it fits.
            var capacity = max(64 * 1024, input.count * 4)
            while true {
                var out = Data(count: min(capacity, limit))
                var produced = 0
                let result = out.withUnsafeMutableBytes { o in
                    libdeflate_zlib_decompress(decompressor, base, input.count, o.baseAddress, o.count, &produced)
                }
                switch result {
                case LIBDEFLATE_SUCCESS:
                    out.count = produced
                    return out
                case LIBDEFLATE_INSUFFICIENT_SPACE where capacity < limit:
                    capacity *= 2
                default:
                    return nil
                }
            }
        }
    }

    /// One gzip member: its bytes and the input bytes it used. With `sizeHint` the output is
    /// first sized from the input's trailer (the last member's length modulo 2³², capped at
    /// deflate's largest ratio, 1032:1): a guess, grown when short.
    private static func inflateMember(_ decompressor: OpaquePointer, _ input: UnsafeRawBufferPointer,
                                      limit: Int, sizeHint: Bool) -> (Data, Int)? {
        guard input.count >= 18, input[0] == 0x1f, input[1] == 0x8b, let base = input.baseAddress else { return nil }
        var capacity = 64 * 1024
        if sizeHint {
            let t = input.suffix(4).map(Int.init)
            capacity = max(capacity, min(t[0] | t[1] << 8 | t[2] << 16 | t[3] << 24, input.count * 1032))
        }
        while true {
            var out = Data(count: min(capacity, limit))
            var used = 0
            var produced = 0
            let result = out.withUnsafeMutableBytes { o in
                libdeflate_gzip_decompress_ex(decompressor, base, input.count, o.baseAddress, o.count, &used, &produced)
            }
            switch result {
            case LIBDEFLATE_SUCCESS:
                out.count = produced
                return (out, used)
            case LIBDEFLATE_INSUFFICIENT_SPACE where capacity < limit:
                capacity *= 2
            default:
                return nil
            }
        }
    }

    /// Compresses `data` as gzip (tests and tools: serving compressed pages locally).
    public static func compress(_ data: Data, level: Int32 = 9) -> Data? {
        guard let compressor = libdeflate_alloc_compressor(level) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_gzip_compress_bound(compressor, data.count)
        var out = Data(count: bound)
        let written = data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { o in
                libdeflate_gzip_compress(compressor, input.baseAddress, input.count, o.baseAddress, o.count)
            }
        }
        guard written > 0 else { return nil }
        out.count = written
        return out
    }
}
