import RedlineAnalysis

/// The "What changed in substance" section that opens every redline with findings: one line per
/// ``ChangeFinding`` (clause id, then what the change does), in the diff's order. Renderers write it
/// only when the context has findings, so a redline without any is unchanged.
struct SubstanceSection {
    /// The section's title.
    static let title = "What changed in substance"

    /// The findings, each as (clause id, summary).
    let lines: [(clause: String?, summary: String)]

    /// Findings of one kind in one clause beyond this many (the cells of a salary table) are
    /// counted, not listed; JSON keeps every one.
    static let perClauseAndFlag = 3

    init(_ findings: [ChangeFinding]) {
        var lines: [(clause: String?, summary: String)] = []
        var index = 0
        while index < findings.count {
            let finding = findings[index]
            let clause = finding.newClause ?? finding.oldClause
            var end = index + 1
            while end < findings.count, findings[end].label == finding.label, (findings[end].newClause ?? findings[end].oldClause) == clause {
                end += 1
            }
            for shown in findings[index..<min(end, index + Self.perClauseAndFlag)] { lines.append((clause, shown.summary)) }
            if end - index > Self.perClauseAndFlag {
                lines.append((clause, "… and \(end - index - Self.perClauseAndFlag) more of the same kind"))
            }
            index = end
        }
        self.lines = lines
    }

    var isEmpty: Bool { lines.isEmpty }

    /// The section as plain text lines (for `redline diff` and the terminal).
    var plainLines: [String] {
        lines.map { ($0.clause.map { $0 + "  " } ?? "") + $0.summary }
    }
}
