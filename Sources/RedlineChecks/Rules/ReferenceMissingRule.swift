import RedlineModel

/// A reference to a section of this document's own article that does not exist, or (in a whole
/// contract checked alone) to an article or appendix the contract does not have.
///
/// A proposal for one article naturally points at other articles; those references are the job
/// of `reference/not-in-set`. References to statutes and policies ("Section 3562 of the
/// Government Code") are not the contract's and are left alone.
public struct ReferenceMissingRule: CheckRule {
    public static let id = "reference/missing"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A reference points at an article, section or appendix missing from the document."
    public static let help = "Fix the reference (the clause may have been renumbered), or restore the clause it names."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. General\nLeave is granted as provided in Section C of this Article.\n\nB. Sick leave\nText.\n",
                "ARTICLE 4\nLEAVES\n\nA. General\nSee Section 4.3.\n\n4.1 First\nText.\n\n4.2 Second\nText.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. General\nLeave is granted as provided in Section B of this Article and Article 12.\n\nB. Sick leave\nText.\n",
                "ARTICLE 4\nLEAVES\n\nA. General\nAs required by Section 3562 of the Government Code and Section 12 of the Higher Education Employer-Employee Relations Act.\n\nB. Sick leave\nText.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        let document = context.document
        let whole = Divisions.isWholeContract(document) && context.set.count == 1 && context.current == nil
        let divisions = Divisions([document])
        var findings: [Finding] = []
        for (node, _) in document.referencingNodes() {
            var text = ReferenceContext.NodeText(node)
            for reference in node.references where !reference.isResolved && !reference.target.isEmpty {
                guard !ReferenceContext.isExternal(reference, in: &text) else { continue }
                switch reference.kind {
                case .section:
                    guard let articleNumber = reference.article, let article = divisions.division(.article, articleNumber),
                        !Self.pointsElsewhere(reference, from: article, divisions: divisions),
                        SectionLookup.find(reference.target, in: article) == nil
                    else { continue }
                    let articleName = article.number?.written ?? "this article"
                    findings.append(
                        finding(
                            "“\(reference.text)” names a section that \(articleName) does not have; "
                                + "fix the reference or restore the section",
                            at: node, in: context))
                case .article, .appendix, .sideLetter:
                    guard whole, Divisions.holdsAny(reference.kind, in: document),
                        divisions.division(reference.kind, reference.target) == nil
                    else { continue }
                    findings.append(
                        finding(
                            "“\(reference.text)” names \(TextScan.divisionName(reference.kind)) \(reference.target.uppercased()), "
                                + "which this document does not have; fix the reference or add the \(TextScan.divisionName(reference.kind).lowercased())",
                            at: node, in: context))
                }
            }
        }
        return findings
    }

    /// "Section 12.3" written in Article 5 of a contract that numbers sections "12.3" within
    /// Article 12: a reference to another article, found there or not in this document.
    static func pointsElsewhere(_ reference: CrossReference, from article: ClauseNode, divisions: Divisions) -> Bool {
        let parts = reference.target.split(separator: ".").map(String.init)
        guard parts.count >= 2, let first = Int(parts[0]), String(first) != article.number?.normalized else { return false }
        return true
    }
}
