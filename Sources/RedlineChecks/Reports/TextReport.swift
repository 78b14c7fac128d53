/// One line per finding: `file:line: severity: message [rule-id]`.
public struct TextReport: FindingReport {
    /// Creates the report.
    public init() {}

    public func render(_ findings: [Finding]) -> String {
        findings.map { finding in
            let place = finding.line > 0 ? "\(finding.file):\(finding.line)" : finding.file
            return "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]\n"
        }.joined()
    }
}
