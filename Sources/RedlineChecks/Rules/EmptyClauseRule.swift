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
        for top in context.document.children where top.kind != .preamble {
            if top.kind == .article, Self.isEmpty(top) {
                findings.append(report(top, context))
                continue
            }
            // Appendices and side letters are often forms: their bare headings are fields.
            guard top.kind == .article else { continue }
            top.walk { node, _ in
                for child in node.children where Self.isEmpty(child) && Self.isEmptyClause(child, among: node.children) {
                    findings.append(report(child, context))
                }
                return .visitChildren
            }
        }
        return findings
    }

    private func report(_ node: ClauseNode, _ context: CheckContext) -> Finding {
        let name = [node.number?.written, node.heading.map { "“\(TextScan.excerpt($0.plainText, limit: 40))”" }]
            .compactMap { $0 }.joined(separator: " ")
        return finding("\(name) has no text; write it, mark it “Reserved”, or delete it and renumber", at: node, in: context)
    }

    /// No text, table or content below it.
    static func isEmpty(_ node: ClauseNode) -> Bool {
        node.text.isEmpty && node.table == nil
            && node.children.allSatisfy { $0.fullText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// An empty numbered clause: a bare number, or a heading at a level whose other headings have
    /// text under them ("A. General / text", "B. Sick Leave", "C. Vacation / text"). A list of
    /// short items ("i. GSR-NO REM, 3266") read as headings is not empty.
    static func isEmptyClause(_ node: ClauseNode, among siblings: [ClauseNode]) -> Bool {
        guard let number = node.number else { return false }
        let heading = node.headingText.lowercased()
        if heading.contains("reserved") || heading.contains("intentionally") || heading.contains("deleted") { return false }
        if node.heading == nil || heading.isEmpty { return true }
        let peers = siblings.filter { $0.number?.style == number.style && $0.number?.delimiter == number.delimiter && $0.heading != nil }
        let withBody = peers.filter { !isEmpty($0) }
        return !withBody.isEmpty && withBody.count * 2 > peers.count
    }
}
