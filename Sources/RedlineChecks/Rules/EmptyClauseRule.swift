import RedlineModel

/// An article or numbered clause with a number or heading and nothing under it.
public struct EmptyClauseRule: CheckRule {
    public static let id = "hygiene/empty-clause"
    public static let defaultSeverity = Severity.warning
    public static let summary = "An article or section has a number or heading but no text."
    public static let help = "Write the clause, mark it “Reserved”, or delete it and renumber."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. General\nText.\n\nB. Sick Leave\n\nC. Vacation\nText.\n",
                "ARTICLE 4\nLEAVES\n\nARTICLE 5\nWAGES\n\nText.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. General\nText.\n\nB. Reserved\n\nC. Vacation\nText.\n",
                "ARTICLE 4\nLEAVES\n\nA. General\n1. First.\n2. Second.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        context.document.walk { node, _ in
            switch node.kind {
            case .preamble, .text, .table, .item: return .skipChildren
            default: break
            }
            guard node.number != nil || node.heading != nil, node.text.isEmpty, node.table == nil,
                node.children.allSatisfy({ $0.fullText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
            else { return .visitChildren }
            let heading = node.headingText.lowercased()
            if heading.contains("reserved") || heading.contains("intentionally") || heading.contains("deleted") { return .skipChildren }
            let name = [node.number?.written, node.heading.map { "“\(TextScan.excerpt($0.plainText, limit: 40))”" }]
                .compactMap { $0 }.joined(separator: " ")
            findings.append(
                finding("\(name) has no text; write it, mark it “Reserved”, or delete it and renumber", at: node, in: context))
            return .skipChildren
        }
        return findings
    }
}
