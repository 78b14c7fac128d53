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

    /// Plain-text sections list at most this many lines, so that the summary table of two whole
    /// contracts stays on the first screens; the rest are counted (HTML, Markdown and JSON list all).
    static let plainLimit = 40

    /// The section as plain text lines (for `redline diff` and the terminal), at most
    /// ``plainLimit`` findings and a line counting the rest.
    var plainLines: [String] {
        let shown = lines.prefix(Self.plainLimit).map { ($0.clause.map { $0 + "  " } ?? "") + $0.summary }
        guard lines.count > Self.plainLimit else { return shown }
        return shown + ["… and \(lines.count - Self.plainLimit) more (--format json, html or md lists every one)"]
    }
}
