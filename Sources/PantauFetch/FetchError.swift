/// Why a fetch failed, with the URL it was for.
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The URL could not be parsed.
        case invalidURL
        /// Only http and https are fetched (`file://`, `ftp://`… are refused).
        case unsupportedScheme
        case timeout
        /// The body (after decompression) exceeded the configured cap.
        case tooLarge
        case tooManyRedirects
        /// DNS, connection refused or reset, TLS.
        case connection
        case cancelled
        /// The address is private or loopback and the configuration refuses those.
        case forbiddenAddress
        case other
    }

    public var kind: Kind
    public var url: String
    public var message: String

    public init(kind: Kind, url: String, message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    public var description: String { "\(url): \(message)" }
}
