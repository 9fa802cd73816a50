import Foundation

/// When and how often a failed fetch is tried again: timeouts, connection failures, 5xx
/// and 429 are retried with exponential backoff and jitter, honouring `Retry-After`;
/// other 4xx answers are final.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all (1 = no retry).
    public var maxAttempts = 3
    /// Delay before the second attempt, doubled for each further one.
    public var baseDelay = 1.0
    public var maxDelay = 30.0
    /// A `Retry-After` longer than this gives up instead of waiting.
    public var maxRetryAfter = 120.0

    public init(maxAttempts: Int = 3, baseDelay: Double = 1.0, maxDelay: Double = 30, maxRetryAfter: Double = 120) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    public static let none = RetryPolicy(maxAttempts: 1)

    /// Seconds to wait before attempt `attempt + 1` (attempt counts from 1), with ±25% jitter.
    func backoff(after attempt: Int) -> Double {
        let raw = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return raw * Double.random(in: 0.75...1.25)
    }

    static func isRetryable(_ error: FetchError) -> Bool {
        switch error.kind {
        case .timeout, .connection: true
        default: false
        }
    }

    static func isRetryable(status: Int) -> Bool { status == 429 || (500...599).contains(status) }
}

extension HTTPClient {
    /// Fetches `request`, retrying as `policy` says. The last answer is returned (a 503
    /// after the last attempt is a response, not an error); the last error is thrown.
    public func fetch(_ request: HTTPRequest, retrying policy: RetryPolicy) async throws(FetchError) -> HTTPResponse {
        var attempt = 1
        while true {
            do {
                let response = try await fetch(request)
                guard RetryPolicy.isRetryable(status: response.status), attempt < policy.maxAttempts else { return response }
                let wait = response.retryAfter ?? policy.backoff(after: attempt)
                if wait > policy.maxRetryAfter { return response }
                try? await Task.sleep(for: .milliseconds(Int(wait * 1000)))
            } catch {
                guard RetryPolicy.isRetryable(error), attempt < policy.maxAttempts else { throw error }
                try? await Task.sleep(for: .milliseconds(Int(policy.backoff(after: attempt) * 1000)))
            }
            if Task.isCancelled { throw FetchError(kind: .cancelled, url: request.url, message: "dibatalkan") }
            attempt += 1
        }
    }
}
