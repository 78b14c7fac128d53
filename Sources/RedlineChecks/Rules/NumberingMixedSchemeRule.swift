import RedlineModel

/// Clauses of one level numbered in different schemes ("A." beside "(1)" or "Section 3").
public struct NumberingMixedSchemeRule: CheckRule {
    public static let id = "numbering/mixed-scheme"
    public static let defaultSeverity = Severity.note
    public static let summary = "Clauses at one level are numbered in different schemes (A. beside 2.)."
    public static let help = "Number every clause of a level the same way, or indent the odd one to the level it belongs to."
    public static let examples = [
        RuleExample(
            triggering: [
                "<html><body><h1>ARTICLE 4 LEAVES</h1><ol type=\"A\"><li>General text.</li><li>Sick leave text.</li></ol>"
                    + "<p>Section 3. Vacation text.</p></body></html>",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n1. First.\n2. Second.\n\nB. Two.\n",
                "ARTICLE 4\nLEAVES\n\n(a) one;\n\n(b) two;\n\n(c) three;\n\n(d) four;\n\n(e) five;\n\n(f) six;\n\n(g) seven;\n\n(h) eight;\n\n(i) nine.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        NumberingSequence.forEachSiblingList(context.document) { list in
            var schemes: [(NumberingScheme, [ClauseNode])] = []
            for node in list where !node.kind.isTopLevelDivision {
                guard let number = node.number, let scheme = NumberingScheme(number) else { continue }
                if let index = schemes.firstIndex(where: { $0.0 == scheme }) {
                    schemes[index].1.append(node)
                } else {
                    schemes.append((scheme, [node]))
                }
            }
            guard schemes.count > 1, let main = schemes.max(by: { $0.1.count < $1.1.count }) else { return }
            let examples = main.1.prefix(3).compactMap { $0.number?.written }.joined(separator: ", ")
                + (main.1.count > 3 ? ", …" : "")
            for (scheme, nodes) in schemes where scheme != main.0 {
                guard let node = nodes.first, let written = node.number?.written else { continue }
                findings.append(
                    finding(
                        "“\(written)” is numbered unlike the \(main.1.count) other clause\(main.1.count == 1 ? "" : "s") at this level "
                            + "(\(examples)); use one scheme per level, or indent it under the clause it belongs to",
                        at: node, in: context))
            }
        }
        return findings
    }
}
