/// A topic of the taxonomy (see `docs/topics.md`). Ids are stable: they appear in JSON output.
public struct Topic: Sendable, Hashable, Codable, Comparable {
    /// Stable id, e.g. `grievance-arbitration`.
    public let id: String

    /// Creates a topic from its id.
    public init(_ id: String) { self.id = id }

    public static func < (lhs: Topic, rhs: Topic) -> Bool { lhs.id < rhs.id }
}
