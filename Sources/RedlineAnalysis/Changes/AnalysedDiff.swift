import RedlineDiff

/// A ``DocumentDiff`` with its findings, encoded as the diff's own JSON object plus a `findings`
/// array (left out when there are none, so a diff without findings encodes exactly as before).
public struct AnalysedDiff: Encodable, Sendable {
    /// The diff.
    public let diff: DocumentDiff
    /// What it changes in substance.
    public let findings: [ChangeFinding]

    /// Pairs a diff with its findings.
    public init(diff: DocumentDiff, findings: [ChangeFinding]) {
        self.diff = diff
        self.findings = findings
    }

    private enum CodingKeys: String, CodingKey { case findings }

    public func encode(to encoder: any Encoder) throws {
        try diff.encode(to: encoder)
        guard !findings.isEmpty else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(findings, forKey: .findings)
    }
}

extension ChangeFinding {
    /// The finding as one line for a summary: "art_16__sec_b: obligation weakened: The University shall → may (provide)".
    public var line: String {
        guard let id = newClause ?? oldClause else { return summary }
        return id + ": " + summary
    }
}
