import RedlineModel

/// Runs the enabled rules on a set of documents, grades findings as configured and sorts them
/// by file, line and rule.
public struct Checker: Sendable {
    /// The configuration (rule settings, allowed placeholders).
    public let configuration: Configuration
    /// The rules that may run (all of ``RuleCatalog/all`` by default).
    public let rules: [any CheckRule.Type]

    /// Creates a checker.
    public init(configuration: Configuration = .standard, rules: [any CheckRule.Type] = RuleCatalog.all) {
        self.configuration = configuration
        self.rules = rules
    }

    /// Checks every document of `set` (documents checked together), optionally against the current contract.
    ///
    /// - Complexity: O(*r* · *n*) for *r* rules over documents of *n* nodes in all, plus one
    ///   comparison with `current` per marked-up proposal (see `DocumentComparer`).
    public func check(_ set: [CheckedDocument], against current: ContractDocument? = nil) -> [Finding] {
        var findings: [Finding] = []
        let index = SetIndex(set, current: current)
        for document in set {
            var context = CheckContext(checked: document, set: set, current: current, configuration: configuration, index: index)
            // Both markup rules read one comparison with the current contract.
            let markupRules = rules.filter { $0.id.hasPrefix("markup/") && configuration.severity(of: $0) != nil }
            if let current, !markupRules.isEmpty, document.rejected != nil {
                context = CheckContext(context, markupAudit: MarkupAudit(document, current: current))
            }
            for rule in rules {
                guard let severity = configuration.severity(of: rule) else { continue }
                findings += rule.init().check(context).map { $0.with(severity: severity) }
            }
        }
        return Self.sorted(Array(Set(findings)))
    }

    /// Sorts findings by file, line, rule and message.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted {
            ($0.file, $0.line, $0.ruleID, $0.message) < ($1.file, $1.line, $1.ruleID, $1.message)
        }
    }

    /// True when any finding is at or above `severity`.
    public static func fails(_ findings: [Finding], at severity: Severity) -> Bool {
        findings.contains { $0.severity >= severity }
    }
}
