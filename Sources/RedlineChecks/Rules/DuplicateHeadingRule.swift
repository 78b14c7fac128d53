import RedlineModel

/// Two articles, or two clauses of one level, with the same heading.
public struct DuplicateHeadingRule: CheckRule {
    public static let id = "hygiene/duplicate-heading"
    public static let defaultSeverity = Severity.warning
    public static let summary = "Two articles or sibling clauses have the same heading."
    public static let help = "Merge the clauses or give each a heading that says what it covers."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. Sick Leave\nText.\n\nB. Sick Leave\nOther text.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. Sick Leave\nText.\n\nB. Vacation\nOther text.\n",
                "ARTICLE 4\nLEAVES\n\nA. Sick Leave\n1. General\nText.\n\nB. Vacation\n1. General\nText.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        NumberingSequence.forEachSiblingList(context.document) { list in
            var seen: [String: ClauseNode] = [:]
            // Numbered clauses and divisions only: unnumbered subheadings and captions ("50% FTE"
            // over each year's table) repeat by design.
            for node in list where node.kind != .text && node.kind != .preamble && node.number != nil {
                let words = TextScan.nameWords(node.headingText)
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                if let first = seen[key] {
                    let firstName = first.number?.written ?? "line \(first.location.line)"
                    findings.append(
                        finding(
                            "the heading “\(TextScan.excerpt(node.headingText, limit: 40))” repeats that of \(firstName); "
                                + "merge the clauses or make the headings say what each covers",
                            at: node, in: context))
                } else {
                    seen[key] = node
                }
            }
        }
        return findings
    }
}
