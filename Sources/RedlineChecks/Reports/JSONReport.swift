import Foundation

/// A JSON array of findings (`rule`, `severity`, `message`, `file`, `line`, `path`, `clause`), keys sorted.
public struct JSONReport: FindingReport {
    /// Creates the report.
    public init() {}

    public func render(_ findings: [Finding]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(findings) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
