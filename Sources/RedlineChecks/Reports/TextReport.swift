/// One line per finding: `file:line: severity: message [rule-id]`. When the reader recorded an
/// element path (XML, DOCX), it follows the message: `… (at /w:body/w:p[12]) [rule-id]`.
public struct TextReport: FindingReport {
    /// Creates the report.
    public init() {}

    public func render(_ findings: [Finding]) -> String {
        findings.map { finding in
            let place = finding.line > 0 ? "\(finding.file):\(finding.line)" : finding.file
            let path = finding.path.map { " (at \($0))" } ?? ""
            return "\(place): \(finding.severity.rawValue): \(finding.message)\(path) [\(finding.ruleID)]\n"
        }.joined()
    }
}
