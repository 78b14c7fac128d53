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
                "ARTICLE 4\nLEAVES (STATUS QUO)\n\nARTICLE 5\nWAGES\n\nText.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for top in context.document.children where top.kind != .preamble {
            if top.kind == .article, Self.isEmpty(top), !Self.saysItIsEmptyOnPurpose(top.headingText.lowercased()) {
                findings.append(report(top, context))
                continue
            }
            // Appendices and side letters are often forms: their bare headings are fields.
            guard top.kind == .article else { continue }
            top.walk { node, _ in
                for child in node.children where Self.isEmptyClause(child, among: node.children) {
                    findings.append(report(child, context))
                }
                return .visitChildren
            }
        }
        return findings
    }

    private func report(_ node: ClauseNode, _ context: CheckContext) -> Finding {
        let name = [node.number?.written, Self.headingOnly(node).map { "“\(TextScan.excerpt($0, limit: 40))”" }]
            .compactMap { $0 }.joined(separator: " ")
        return finding("\(name) has no text; write it, mark it “Reserved”, or delete it and renumber", at: node, in: context)
    }

    /// "Reserved", "Intentionally left blank", "Deleted", "No proposal", "Status quo", "Current
    /// language", "Withdrawn": a heading that says there is nothing under it on purpose.
    static func saysItIsEmptyOnPurpose(_ lowered: String) -> Bool {
        ["reserved", "intentionally", "deleted", "no proposal", "status quo", "current language", "no change", "withdrawn",
         "not used", "omitted"].contains { lowered.contains($0) }
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
        guard let number = node.number, node.children.isEmpty, node.table == nil else { return false }
        if node.heading == nil && node.text.isEmpty { return true }
        guard let heading = headingOnly(node) else { return false }
        let lowered = heading.lowercased()
        if Self.saysItIsEmptyOnPurpose(lowered) { return false }
        let peers = siblings.filter {
            $0.number?.style == number.style && $0.number?.delimiter == number.delimiter && $0.heading != nil
        }
        let withBody = peers.filter { !$0.children.isEmpty || ($0.heading != nil && !$0.text.isEmpty) }
        return !withBody.isEmpty && withBody.count * 2 > peers.count + (node.heading == nil ? 1 : 0)
    }

    /// True when the text has more than six space-separated words holding a visible ASCII
    /// character: then it has more than six words however its ends are trimmed. Stops at the seventh.
    private static func hasMoreThanSixWords(_ text: InlineText) -> Bool {
        var words = 0
        var wordIsVisible = false
        for run in text.runs {
            for byte in run.text.utf8 {
                if byte == 0x20 {
                    if wordIsVisible { words += 1 }
                    if words > 6 { return true }
                    wordIsVisible = false
                } else if byte > 0x20 && byte < 0x7F {
                    wordIsVisible = true
                }
            }
        }
        if wordIsVisible { words += 1 }
        return words > 6
    }

    /// The node's words when they are only a heading: a heading without text, or a short text
    /// without closing punctuation ("B. Sick Leave").
    static func headingOnly(_ node: ClauseNode) -> String? {
        if let heading = node.heading, !heading.isEmpty, node.text.isEmpty { return heading.plainText }
        guard node.heading == nil, !hasMoreThanSixWords(node.text) else { return nil }
        let text = node.text.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.split(separator: " ").count <= 6, let last = text.last,
            !".;:,)”\"".contains(last), text.first?.isUppercase == true
        else { return nil }
        return text
    }
}
