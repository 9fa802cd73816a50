import FlyingFox
import FlyingSocks
import Foundation

/// An in-process HTTP server on 127.0.0.1 with an ephemeral port, for tests and the demo.
///
/// No subprocess, so nothing to kill and no signal trouble. Every request goes to one
/// handler closure; responses may be delayed. Thread-safe.
public final class LocalHTTPServer: Sendable {
    /// What a handler sees of a request.
    public struct Request: Sendable {
        public var path: String
        public var query: [String: String]
        /// Header names lower-cased.
        public var headers: [String: String]
        /// `GET`, `POST`, …
        public var method: String = "GET"
        public var body: Data = Data()
    }

    /// What a handler answers.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
        /// Wait this long before answering (slow servers, timeouts).
        public var delay: Double

        public init(status: Int = 200, headers: [String: String] = [:], body: Data = Data(), delay: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        public init(status: Int = 200, contentType: String, text: String, headers: [String: String] = [:]) {
            var all = headers
            all["Content-Type"] = contentType
            self.init(status: status, headers: all, body: Data(text.utf8))
        }
    }

    public typealias Handler = @Sendable (Request) async -> Response

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    /// `http://127.0.0.1:PORT`.
    public let baseURL: String
    public let port: UInt16

    private init(server: HTTPServer, task: Task<Void, any Error>, port: UInt16) {
        self.server = server
        self.task = task
        self.port = port
        self.baseURL = "http://127.0.0.1:\(port)"
    }

    /// Starts listening and returns once the port is known.
    public static func start(handler: @escaping Handler) async throws -> LocalHTTPServer {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: 0)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: Adapter(handler: handler))
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw ServerError(message: "server lokal tidak mendapat port")
        }
        return LocalHTTPServer(server: server, task: task, port: port)
    }

    /// Starts a server that answers from a fixed table of paths (404 for the rest).
    public static func start(routes: [String: Response]) async throws -> LocalHTTPServer {
        try await start { request in routes[request.path] ?? Response(status: 404, contentType: "text/plain", text: "tidak ada") }
    }

    public func url(_ path: String) -> String { baseURL + (path.hasPrefix("/") ? path : "/" + path) }

    public func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private struct Adapter: HTTPHandler {
        let handler: Handler

        func handleRequest(_ request: FlyingFox.HTTPRequest) async throws -> FlyingFox.HTTPResponse {
            var query: [String: String] = [:]
            for item in request.query { query[item.name] = item.value }
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
            let body = (try? await request.bodyData) ?? Data()
            let response = await handler(Request(path: request.path, query: query, headers: headers,
                                                 method: request.method.rawValue, body: body))
            if response.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(response.delay * 1000))) }
            var out = HTTPHeaders()
            for (name, value) in response.headers { out[HTTPHeader(name)] = value }
            return FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)),
                                          headers: out, body: response.body)
        }

        static func phrase(_ status: Int) -> String {
            switch status {
            case 200: "OK"
            case 301: "Moved Permanently"
            case 302: "Found"
            case 304: "Not Modified"
            case 404: "Not Found"
            case 429: "Too Many Requests"
            case 500: "Internal Server Error"
            default: "Status"
            }
        }
    }
}
