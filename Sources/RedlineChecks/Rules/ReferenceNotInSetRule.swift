import RedlineModel

/// With several documents checked together (a proposal set, a contract and its proposals, or a
/// proposal `--against` the current contract): a reference to an article, appendix or side
/// letter that no document holds, e.g. management language pointing at a "Management and
/// Academic Rights" article nobody has seen yet.
public struct ReferenceNotInSetRule: CheckRule {
    public static let id = "reference/not-in-set"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A reference names an article or appendix that no document checked together contains."
    public static let help = "Ask for (or add) the missing article, or fix the reference."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 6\nWORKLOAD\n\nA. General\nAssignments are made under Article 19 (Management and Academic Rights).\n",
            ],
            clean: [
                "ARTICLE 6\nWORKLOAD\n\nA. General\nDisputes go to Article 12 (Grievance and Arbitration).\n",
                "ARTICLE 6\nWORKLOAD\n\nA. General\nAs required by Article 12 of the Higher Education Employer-Employee Relations Act.\n",
            ],
            companions: ["ARTICLE 12\nGRIEVANCE AND ARBITRATION\n\nA. Steps\nText.\n"]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        guard context.set.count > 1 || context.current != nil else { return [] }
        let everything = context.set.map(\.document) + (context.current.map { [$0] } ?? [])
        let divisions = Divisions(everything, names: context.set.map(\.name))
        let count = everything.count
        var findings: [Finding] = []
        for (node, _) in context.document.referencingNodes() {
            var text = ReferenceContext.NodeText(node)
            for reference in node.references where !reference.isResolved && reference.kind != .section && !reference.target.isEmpty {
                guard divisions.division(reference.kind, reference.target) == nil, !ReferenceContext.isExternal(reference, in: &text)
                else { continue }
                let name = TextScan.divisionName(reference.kind)
                findings.append(
                    finding(
                        "“\(reference.text)” names \(name) \(reference.target.uppercased()), which none of the \(count) documents "
                            + "checked together contains; ask for it or fix the reference",
                        at: node, in: context))
            }
        }
        return findings
    }
}
