extension UInt8 {
    /// An ASCII capital letter as its small letter; any other byte as it is (UTF-8
    /// continuation and lead bytes included): case folding for ASCII keywords in raw bytes.
    @inline(__always)
    public var asciiLowercased: UInt8 { self >= 65 && self <= 90 ? self | 0x20 : self }
}
