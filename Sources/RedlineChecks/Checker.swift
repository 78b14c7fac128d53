import Foundation
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
        let index = SetIndex(set, current: current)
        // Both markup rules read one comparison with the current contract.
        let markupEnabled = rules.contains { $0.id.hasPrefix("markup/") && configuration.severity(of: $0) != nil }
        let contexts = set.map { document -> CheckContext in
            let context = CheckContext(checked: document, set: set, current: current, configuration: configuration, index: index)
            guard let current, markupEnabled, document.rejected != nil else { return context }
            return CheckContext(context, markupAudit: MarkupAudit(document, current: current))
        }
        let enabled = rules.compactMap { rule in configuration.severity(of: rule).map { (rule, $0) } }
        // Every (document, rule) pair is independent: run them on all cores; the sort below makes
        // the result the same whatever the order.
        let results = FindingSlots(count: contexts.count * enabled.count)
        DispatchQueue.concurrentPerform(iterations: contexts.count * enabled.count) { job in
            let (rule, severity) = enabled[job % enabled.count]
            results.set(job, rule.init().check(contexts[job / enabled.count]).map { $0.with(severity: severity) })
        }
        return Self.sorted(Array(Set(results.all)))
    }

    /// Sorts findings by file, line, rule and message, then element path and clause id, so that
    /// findings alike but for their place (one reference on two clauses of one line) keep one order.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted {
            if ($0.file, $0.line, $0.ruleID, $0.message) != ($1.file, $1.line, $1.ruleID, $1.message) {
                return ($0.file, $0.line, $0.ruleID, $0.message) < ($1.file, $1.line, $1.ruleID, $1.message)
            }
            return ($0.path ?? "", $0.clauseID ?? "", $0.severity.rawValue) < ($1.path ?? "", $1.clauseID ?? "", $1.severity.rawValue)
        }
    }

    /// True when any finding is at or above `severity`.
    public static func fails(_ findings: [Finding], at severity: Severity) -> Bool {
        findings.contains { $0.severity >= severity }
    }
}

/// Findings of parallel jobs, each in its own slot.
private final class FindingSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Finding]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ findings: [Finding]) {
        lock.lock()
        slots[index] = findings
        lock.unlock()
    }

    var all: [Finding] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
