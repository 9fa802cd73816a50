import Testing
@testable import PantauXML

@Suite struct HTMLTextTests {
    /// The byte-level white space test agrees with Unicode's White_Space property for every
    /// scalar, plus U+200B (zero width space), which pages use as a space.
    @Test func whitespaceWidthMatchesUnicodeForEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let width = bytes.withUnsafeBufferPointer { HTMLText.whitespaceWidth($0, at: 0) }
            let expected = scalar.properties.isWhitespace || value == 0x200B ? bytes.count : 0
            if width != expected { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "U+\(mismatches.prefix(10))")
    }

    @Test func collapseWhitespace() {
        #expect(HTMLText.collapseWhitespace("  Napi\u{00A0}\u{00A0}kabur\n\t dari\u{200B}Lapas \u{3000}") == "Napi kabur dari Lapas")
        #expect(HTMLText.collapseWhitespace(" \n ") == "")
        #expect(HTMLText.collapseWhitespace("ricuh—“kabur”") == "ricuh—“kabur”")
    }
}
