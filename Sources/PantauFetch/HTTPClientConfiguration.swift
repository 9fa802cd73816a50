/// Limits and identity of an `HTTPClient`.
public struct HTTPClientConfiguration: Sendable, Equatable {
    /// Transfers running at once, over all hosts.
    public var maxConcurrent: Int = 16
    /// Transfers running at once against one host and port.
    public var maxPerHost: Int = 4
    public var connectTimeout: Double = 10
    /// Whole-transfer limit, seconds.
    public var totalTimeout: Double = 30
    /// Abort when fewer than `lowSpeedBytes` per second arrive for `lowSpeedSeconds`.
    public var lowSpeedBytes: Int = 100
    public var lowSpeedSeconds: Int = 15
    public var maxRedirects: Int = 5
    /// Largest body accepted, after decompression.
    public var maxBodyBytes: Int = 10 * 1024 * 1024
    public var userAgent: String = "Pantau/0.1 (+pemantauan media Humas Pemasyarakatan)"

    public init() {}
}
