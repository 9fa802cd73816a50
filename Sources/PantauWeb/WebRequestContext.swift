import Hummingbird
import NIOCore

/// The request context of the web view: Hummingbird's core storage plus the client's
/// address, which sign-in throttling and the local-only rule need.
public struct WebRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer; nil only for in-process test requests.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Forms are small: a note and a link at most.
    public var maxUploadSize: Int { 64 * 1024 }

    /// The address as text, for throttling (`unknown` for test requests).
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// Whether the peer is this machine (127.0.0.0/8 or ::1); an unknown peer (an
    /// in-process test) counts as local.
    var isLocalPeer: Bool {
        guard let address = remoteAddress?.ipAddress else { return true }
        return address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}
