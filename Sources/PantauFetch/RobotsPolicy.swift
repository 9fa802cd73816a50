import Foundation

/// `robots.txt` rules of one site, as read for Pantau's user agent.
public struct RobotsRules: Sendable, Equatable {
    /// (path prefix pattern, allowed) in file order.
    var rules: [(pattern: String, allow: Bool)]

    public static func == (a: RobotsRules, b: RobotsRules) -> Bool {
        a.rules.elementsEqual(b.rules) { $0.pattern == $1.pattern && $0.allow == $1.allow }
    }

    public static let allowAll = RobotsRules(rules: [])

    /// Parses a robots.txt: the group naming `agent` (a product token such as "pantau"),
    /// else the `*` group. Unknown lines are ignored, as the format asks.
    public static func parse(_ text: String, agent: String = "pantau") -> RobotsRules {
        var groups: [(agents: [String], rules: [(String, Bool)])] = []
        var currentAgents: [String] = []
        var currentRules: [(String, Bool)] = []
        var lastWasAgent = false
        func close() {
            if !currentAgents.isEmpty { groups.append((currentAgents, currentRules)) }
            currentAgents = []
            currentRules = []
        }
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !lastWasAgent { close() }
                currentAgents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                // An empty Disallow allows everything: no rule.
                if !value.isEmpty { currentRules.append((value, key == "allow")) }
            default:
                lastWasAgent = false
            }
        }
        close()
        let token = agent.lowercased()
        if let mine = groups.first(where: { $0.agents.contains { !$0.isEmpty && $0 != "*" && token.contains($0) } }) {
            return RobotsRules(rules: mine.rules)
        }
        if let star = groups.first(where: { $0.agents.contains("*") }) { return RobotsRules(rules: star.rules) }
        return .allowAll
    }

    /// Whether `path` (with query) may be fetched: the longest matching rule decides,
    /// Allow wins a tie; `*` matches any run of characters and a final `$` anchors.
    public func allows(path: String) -> Bool {
        var best: (length: Int, allow: Bool)?
        for (pattern, allow) in rules where Self.matches(pattern, path) {
            if best == nil || pattern.count > best!.length || (pattern.count == best!.length && allow) {
                best = (pattern.count, allow)
            }
        }
        return best?.allow ?? true
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        var p = Array(pattern)
        let anchored = p.last == "$"
        if anchored { p.removeLast() }
        let s = Array(path)
        // Iterative wildcard match (no recursion on hostile patterns).
        var pi = 0, si = 0
        var star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == "*" {
                star = pi; pi += 1; mark = si
            } else if pi < p.count, p[pi] == s[si] {
                pi += 1; si += 1
            } else if pi == p.count, !anchored {
                return true
            } else if star >= 0 {
                pi = star + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

/// robots.txt per host, fetched once and kept for the life of the policy (one run).
public actor RobotsPolicy {
    private let client: HTTPClient
    private let agent: String
    private var cache: [String: RobotsRules] = [:]
    private var inFlight: [String: Task<RobotsRules, Never>] = [:]

    public init(client: HTTPClient, agent: String = "pantau") {
        self.client = client
        self.agent = agent
    }

    /// Whether `url` may be fetched. An unreachable or missing robots.txt allows all.
    public func allows(_ url: String) async -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host else {
            return true
        }
        let key = "\(scheme)://\(host)\(components.port.map { ":\($0)" } ?? "")"
        let rules: RobotsRules
        if let cached = cache[key] {
            rules = cached
        } else if let task = inFlight[key] {
            rules = await task.value
        } else {
            let client = self.client
            let agent = self.agent
            let task = Task { () -> RobotsRules in
                guard let response = try? await client.fetch(HTTPRequest(url: key + "/robots.txt")),
                      (200..<300).contains(response.status) else { return RobotsRules.allowAll }
                return RobotsRules.parse(String(decoding: response.body, as: UTF8.self), agent: agent)
            }
            inFlight[key] = task
            rules = await task.value
            cache[key] = rules
            inFlight[key] = nil
        }
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        return rules.allows(path: path)
    }
}
