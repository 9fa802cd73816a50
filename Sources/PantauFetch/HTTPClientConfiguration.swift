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
    /// Seconds between two requests to the same host and port (politeness). Loopback
    /// hosts get `loopbackPolitenessDelay` instead.
    public var politenessDelay: Double = 1
    public var loopbackPolitenessDelay: Double = 0
    /// Refuse connections to private, link-local and loopback addresses (for sources
    /// from untrusted configuration).
    public var refusePrivateAddresses = false

    public init() {}
}
