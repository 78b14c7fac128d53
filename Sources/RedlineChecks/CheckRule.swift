import RedlineModel

/// A check on proposal documents: one rule per file in `Rules/`, each with an id, a default
/// severity, a one-line summary, advice, and examples that become tests.
public protocol CheckRule: Sendable {
    /// The rule id, grouped by prefix: `numbering/gap`, `reference/missing`, `hygiene/placeholder`.
    static var id: String { get }
    /// The severity of its findings unless the configuration re-grades the rule.
    static var defaultSeverity: Severity { get }
    /// What the rule finds, in one line.
    static var summary: String { get }
    /// What to do about a finding.
    static var help: String { get }
    /// Document snippets that must (and must not) trigger the rule.
    static var examples: [RuleExample] { get }

    /// Creates the rule.
    init()

    /// The findings on `context.document`, with the rule's default severity.
    func check(_ context: CheckContext) -> [Finding]
}

extension CheckRule {
    /// The rule id.
    public var id: String { Self.id }
    /// The default severity.
    public var defaultSeverity: Severity { Self.defaultSeverity }

    /// A finding of this rule at `node` of the checked document.
    func finding(_ message: String, at node: ClauseNode, in context: CheckContext) -> Finding {
        Finding(ruleID: Self.id, severity: Self.defaultSeverity, message: message, file: context.name, node: node)
    }
}

/// Small documents (plain text or HTML contract fragments) showing what a rule reports.
///
/// Each triggering snippet must produce at least one finding of the rule; each clean snippet none.
public struct RuleExample: Sendable {
    /// Snippets the rule reports.
    public let triggering: [String]
    /// Snippets the rule leaves alone.
    public let clean: [String]
    /// Other documents checked together with each snippet (for rules about a set of documents).
    public let companions: [String]
    /// The current contract each snippet is checked against (`--against`), for proposal-markup rules.
    public let current: String?

    /// Creates an example.
    public init(triggering: [String], clean: [String], companions: [String] = [], current: String? = nil) {
        self.triggering = triggering
        self.clean = clean
        self.companions = companions
        self.current = current
    }
}
