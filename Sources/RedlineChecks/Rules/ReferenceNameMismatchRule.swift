import RedlineModel

/// A reference whose name disagrees with the heading of its target: "Article 12 (Layoff)" when
/// Article 12 is Grievance and Arbitration.
public struct ReferenceNameMismatchRule: CheckRule {
    public static let id = "reference/name-mismatch"
    public static let defaultSeverity = Severity.error
    public static let summary = "A reference's name does not match its target's heading (“Article 12 (Layoff)” for Grievance)."
    public static let help = "Correct the number or the name; after renumbering, references silently point at the wrong text."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. General\nAs provided in Article 12 (Layoff).\n\nARTICLE 12\nGRIEVANCE AND ARBITRATION\n\nText.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. General\nAs provided in Article 12 (Grievance Procedure).\n\nARTICLE 12\nGRIEVANCE AND ARBITRATION\n\nText.\n",
                "ARTICLE 4\nLEAVES\n\nA. General\nAs provided in Article 15 (Layoff).\n",
                "ARTICLE 4\nCHILD CARE\n\nA. General\nText.\n\nARTICLE 5\nLEAVES\n\nA. General\nSee Article 4 (Childcare).\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        let documents = [context.document] + context.others.map(\.document) + (context.current.map { [$0] } ?? [])
        let divisions = Divisions(documents, names: [context.name] + context.others.map(\.name))
        var findings: [Finding] = []
        for (node, _) in context.document.referencingNodes() {
            for reference in node.references where !reference.target.isEmpty {
                guard let name = reference.targetName else { continue }
                let target: ClauseNode?
                if let id = reference.resolvedID {
                    target = context.document.node(withID: id)
                } else {
                    target = divisions.division(reference.kind, reference.target)
                }
                guard let target, let heading = target.heading, !heading.isEmpty,
                    !TextScan.namesAgree(name, heading.plainText)
                else { continue }
                let label = target.number.map { "\(TextScan.divisionName(reference.kind)) \($0.normalized.uppercased())" }
                    ?? reference.text
                findings.append(
                    finding(
                        "“\(reference.text)” calls \(label) “\(name)”, but its heading is “\(TextScan.excerpt(heading.plainText))”; "
                            + "correct the number or the name",
                        at: node, in: context))
            }
        }
        return findings
    }
}
