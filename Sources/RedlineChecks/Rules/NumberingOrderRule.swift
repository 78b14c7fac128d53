import RedlineModel

/// A number lower than the one before it at the same level (C, then B).
public struct NumberingOrderRule: CheckRule {
    public static let id = "numbering/order"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A clause is numbered lower than the clause before it."
    public static let help = "Move the clause into place or renumber the sequence."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n\nC. Three.\n\nB. Two.\n\nD. Four.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n\nB. Two.\n\nC. Three.\n",
                "ARTICLE 4\nLEAVES\n\n1. One.\n\n2. Two.\n\nThe parties further agree:\n\n1. Again one.\n\n2. Again two.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        NumberingSequence.forEachSiblingList(context.document) { list in
            for run in NumberingSequence.runs(list) {
                var seen: Set<[Int]> = []
                var highest: NumberedSibling?
                for sibling in run {
                    let key = sibling.key
                    defer { seen.insert(key) }
                    guard !seen.contains(key) else { continue }  // a duplicate, reported by numbering/duplicate
                    if let top = highest, top.key.lexicographicallyPrecedes(key) == false {
                        findings.append(
                            finding(
                                "\(NumberingSequence.name(of: sibling)) comes after \(NumberingSequence.name(of: top)); "
                                    + "move it into place or renumber",
                                at: sibling.node, in: context))
                    } else {
                        highest = sibling
                    }
                }
            }
        }
        return findings
    }
}
