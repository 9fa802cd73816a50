import Foundation
import TOMLKit

/// The `[web]` table of `pantau.toml`: how `pantau serve` listens and speaks.
public struct WebSettings: Sendable, Equatable {
    /// The address to bind; anything but loopback needs a user first (`pantau users add`).
    public var host = "127.0.0.1"
    public var port = 8080
    /// `id` (Bahasa Indonesia) or `en`; `?lang=` of a request wins.
    public var language = "id"
    /// How long a sign-in lasts.
    public var sessionHours = 8

    public init() {}
}

extension Configuration {
    mutating func applyWeb(_ table: TOMLTable, reader: TOMLReader) throws(Failure) {
        try reader.onlyKeys(table, ["host", "port", "language", "session_hours"], section: "web")
        if let v = try reader.string(table, "host", section: "web") { web.host = v }
        if let v = try reader.int(table, "port", in: 1...65_535, section: "web") { web.port = v }
        if let v = try reader.int(table, "session_hours", in: 1...720, section: "web") { web.sessionHours = v }
        if let v = try reader.string(table, "language", section: "web") {
            guard v == "id" || v == "en" else {
                throw Failure(file: reader.file, line: reader.line(of: "language"), message: "web.language harus \"id\" atau \"en\", bukan '\(v)'")
            }
            web.language = v
        }
    }
}
