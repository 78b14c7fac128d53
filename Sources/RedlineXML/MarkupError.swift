/// Why markup could not be read. Messages say what is wrong and where.
public enum MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is larger than the configured limit.
    case tooLarge(bytes: Int, limit: Int)
    /// Elements are nested deeper than the configured limit.
    case tooDeep(line: Int, limit: Int)
    /// The XML is not well formed.
    case malformed(message: String, line: Int, column: Int)
    /// The input holds no element at all.
    case noContent

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "the file is \(bytes) bytes, more than the limit of \(limit) bytes"
        case .tooDeep(let line, let limit):
            "elements are nested more than \(limit) levels deep at line \(line)"
        case .malformed(let message, let line, let column):
            "line \(line), column \(column): \(message)"
        case .noContent:
            "the document has no content"
        }
    }
}

/// Limits that keep hostile or accidental input from exhausting memory or time.
public struct MarkupLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The deepest element nesting accepted.
    public var maxDepth: Int

    /// Creates limits.
    public init(maxBytes: Int = 64 * 1024 * 1024, maxDepth: Int = 256) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// 64 MiB and 256 levels.
    public static let standard = MarkupLimits()
}
