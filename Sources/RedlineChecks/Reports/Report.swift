/// An output format for findings, chosen by `--format`.
public protocol FindingReport: Sendable {
    /// Renders `findings` (already sorted) as the format's text.
    func render(_ findings: [Finding]) -> String
}

/// The output formats of `redline check`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line: severity: message [rule-id]`, one line per finding.
    case text
    /// A JSON array of findings with sorted keys.
    case json
    /// SARIF 2.1.0 for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands (`::warning file=…,line=…::message`).
    case github

    /// The renderer for this format.
    public var report: any FindingReport {
        switch self {
        case .text: TextReport()
        case .json: JSONReport()
        case .sarif: SARIFReport()
        case .github: GitHubReport()
        }
    }
}
