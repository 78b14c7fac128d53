/// Where a node came from: a line in the source file (1-based), and for markup the
/// element path, so findings can point at the place.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based line number, or 0 when unknown.
    public let line: Int
    /// An XPath-like path to the element, e.g. `/html/body/div[2]/p[3]`, when the source is markup.
    public let path: String?

    /// Creates a location.
    public init(line: Int, path: String? = nil) {
        self.line = line
        self.path = path
    }

    /// An unknown location.
    public static let unknown = SourceLocation(line: 0)

    /// "line 12" or "line 12 (/html/body/p[3])".
    public var description: String {
        var result = line > 0 ? "line \(line)" : "unknown line"
        if let path { result += " (\(path))" }
        return result
    }
}
