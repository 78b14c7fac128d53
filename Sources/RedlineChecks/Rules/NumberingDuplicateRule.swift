import RedlineModel

/// Two clauses of one level with the same number ("B." twice, two Article 12s).
public struct NumberingDuplicateRule: CheckRule {
    public static let id = "numbering/duplicate"
    public static let defaultSeverity = Severity.error
    public static let summary = "Two clauses at one level have the same number."
    public static let help = "Renumber one of them so every reference points at one clause."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n\nB. Two.\n\nB. Three.\n",
                "ARTICLE 4\nLEAVES\n\nText.\n\nARTICLE 4\nWAGES\n\nText.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n1. First.\n\nB. Two.\n1. First again.\n",
                "ARTICLE 4\nLEAVES\n\nA. One.\n\n(a) sub.\n\nB. Two.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        NumberingSequence.forEachSiblingList(context.document) { list in
            for run in NumberingSequence.runs(list) {
                var seen: [[Int]: NumberedSibling] = [:]
                for sibling in run {
                    let key = sibling.key
                    if let first = seen[key] {
                        let line = first.node.location.line > 0 ? " (line \(first.node.location.line))" : ""
                        findings.append(
                            finding(
                                "\(NumberingSequence.name(of: sibling)) is numbered like an earlier clause at this level\(line); "
                                    + "renumber one of them",
                                at: sibling.node, in: context))
                    } else {
                        seen[key] = sibling
                    }
                }
            }
        }
        return findings
    }
}
