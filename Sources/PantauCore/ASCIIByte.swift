extension UInt8 {
    /// An ASCII capital letter as its small letter; any other byte as it is (UTF-8
    /// continuation and lead bytes included): case folding for ASCII keywords in raw bytes.
    @inline(__always)
    public var asciiLowercased: UInt8 { self >= 65 && self <= 90 ? self | 0x20 : self }

    /// A byte of a word as Pantau's tokenizers cut them: an ASCII letter or digit, or any
    /// byte of a multi-byte UTF-8 character (Indonesian text is ASCII but for names and
    /// quotation marks; punctuation, spaces and control bytes separate words).
    @inlinable @inline(__always)
    public var isWordByte: Bool {
        (self | 0x20) >= 97 && (self | 0x20) <= 122 || (self >= 48 && self <= 57) || self >= 0x80
    }
}
