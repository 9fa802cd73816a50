import Testing
@testable import PantauXML

@Suite struct UTF8CheckTests {
    func check(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes(UTF8Check.isValid) }

    @Test func agreesWithTheStandardLibrary() {
        var rng = SystemRandomNumberGenerator()
        // Random bytes biased towards UTF-8 lead and continuation bytes and ASCII runs.
        let pool: [UInt8] = Array(0x20...0x7E) + [0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0..<24, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(check(bytes) == expected, "\(bytes)")
        }
    }

    @Test func knownCases() {
        #expect(check(Array("Napi kabur dari Lapas — “ricuh” é 😀 and more ASCII text".utf8)))
        #expect(!check([0xC0, 0xAF]))            // overlong "/"
        #expect(!check([0xE0, 0x80, 0xAF]))      // overlong
        #expect(!check([0xED, 0xA0, 0x80]))      // surrogate
        #expect(!check([0xF4, 0x90, 0x80, 0x80])) // past U+10FFFF
        #expect(!check(Array("abcdefgh".utf8) + [0xE2, 0x80]))  // cut short after a fast run
        #expect(check([]))
    }
}
