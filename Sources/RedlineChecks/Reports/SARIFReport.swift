import Foundation

/// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) for code-scanning tools:
/// one run, the tool's rules with their help, one result per finding.
public struct SARIFReport: FindingReport {
    /// The tool version written to the log.
    public let version: String

    /// Creates the report.
    public init(version: String = "0.1.0") {
        self.version = version
    }

    public func render(_ findings: [Finding]) -> String {
        let rules = RuleCatalog.all
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let descriptors: [[String: Any]] = rules.map { rule in
            [
                "id": rule.id,
                "name": Self.ruleName(rule.id),
                "shortDescription": ["text": rule.summary],
                "fullDescription": ["text": rule.summary + " " + rule.help],
                "help": ["text": rule.help],
                "defaultConfiguration": ["level": Self.level(rule.defaultSeverity)],
            ]
        }
        let results: [[String: Any]] = findings.map { finding in
            var physical: [String: Any] = ["artifactLocation": ["uri": Self.uri(finding.file)]]
            if finding.line > 0 { physical["region"] = ["startLine": finding.line] }
            var location: [String: Any] = ["physicalLocation": physical]
            var logical: [[String: Any]] = []
            if let clause = finding.clauseID { logical.append(["fullyQualifiedName": clause, "kind": "element"]) }
            if let path = finding.path { logical.append(["fullyQualifiedName": path, "kind": "element", "name": "xpath"]) }
            if !logical.isEmpty { location["logicalLocations"] = logical }
            var result: [String: Any] = [
                "ruleId": finding.ruleID,
                "level": Self.level(finding.severity),
                "message": ["text": finding.message],
                "locations": [location],
            ]
            if let index = ruleIndex[finding.ruleID] { result["ruleIndex"] = index }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "redline",
                            "version": version,
                            "rules": descriptors,
                        ]
                    ],
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                ]
            ],
        ]
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// SARIF levels: error, warning, note.
    static func level(_ severity: Severity) -> String { severity.rawValue }

    /// "numbering/gap" → "NumberingGap".
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative URI reference for a path (spaces and other reserved characters percent-encoded).
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
