/// A document that libxml2 could not turn into a tree.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case malformed, outOfMemory
    }

    public var kind: Kind
    public var message: String
    /// 1-based line of the error, when libxml2 knows it.
    public var line: Int?

    public init(kind: Kind, message: String, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "baris \(line): \(message)" }
        return message
    }
}
