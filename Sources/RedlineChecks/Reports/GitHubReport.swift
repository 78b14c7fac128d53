/// GitHub Actions workflow commands, one per finding:
/// `::error file=proposals/12.html,line=14,title=numbering/gap::Section C follows …`.
///
/// Notes print as `::notice`. Data is escaped as the runner expects (`%`, `\r`, `\n`), and
/// property values also escape `:` and `,`.
public struct GitHubReport: FindingReport {
    /// Creates the report.
    public init() {}

    public func render(_ findings: [Finding]) -> String {
        findings.map { finding in
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties = ["file=" + Self.escapeProperty(finding.file)]
            if finding.line > 0 { properties.append("line=\(finding.line)") }
            properties.append("title=" + Self.escapeProperty(finding.ruleID))
            return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))\n"
        }.joined()
    }

    /// Escapes a message: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value: as ``escapeData(_:)``, plus `:` → `%3A` and `,` → `%2C`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
