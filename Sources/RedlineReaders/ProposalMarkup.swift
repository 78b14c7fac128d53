import RedlineModel

/// How a reader treats the marks a proposal uses to show its changes: underlined text is
/// added, struck-through text is deleted (the convention of union and employer proposals;
/// Word's tracked insertions and deletions read the same way).
public enum ProposalMarkup: String, Sendable, Hashable, Codable, CaseIterable {
    /// Keep both, with their styles, as written (the default).
    case keep
    /// Accept the proposal: drop struck-through text, keep underlined text as plain text.
    case accept
    /// Reject the proposal: drop underlined text, keep struck-through text as plain text.
    case reject

    /// Applies the choice to a block's runs.
    func apply(_ runs: [InlineRun]) -> [InlineRun] {
        switch self {
        case .keep:
            return Self.withoutStruckLeadingNumber(runs)
        case .accept:
            return runs.compactMap { run in
                run.style.contains(.strikethrough)
                    ? nil : InlineRun(run.text, style: run.style.subtracting(.underline), link: run.link)
            }
        case .reject:
            return runs.compactMap { run in
                run.style.contains(.underline)
                    ? nil : InlineRun(run.text, style: run.style.subtracting(.strikethrough), link: run.link)
            }
        }
    }

    /// Applies the choice to every block. Items a proposal deletes (or adds) from an automatically
    /// numbered list leave it, and the items after them are renumbered, as a word processor would.
    func apply(_ blocks: [Block]) -> [Block] {
        var shifts: [String: Int] = [:]
        var result: [Block] = []
        for var block in blocks {
            block.runs = apply(block.runs)
            if self != .keep, let table = block.table {
                block.table = Table(rows: table.rows.map { row in
                    TableRow(
                        cells: row.cells.map { TableCell(text: InlineText(runs: apply($0.text.runs)), columnSpan: $0.columnSpan) },
                        isHeader: row.isHeader, location: row.location)
                })
            }
            let removed = block.runs.isEmpty && block.table == nil
            if let key = block.listKey, let number = block.listNumber {
                if block.listValueIsExplicit { shifts[key] = 0 }
                if removed {
                    shifts[key, default: 0] += 1
                } else if let shift = shifts[key], shift > 0, let value = number.value, value > shift {
                    let renumbered = value - shift
                    let label = number.style.format(renumbered)
                    block.listNumber = ClauseNumber(
                        written: label + (number.delimiter == .closingParenthesis ? ")" : "."),
                        normalized: label.lowercased(), style: number.style, delimiter: number.delimiter,
                        value: renumbered, components: [renumbered])
                }
            }
            if !removed { result.append(block) }
        }
        return result
    }

    /// "~~C.~~ D. Text" is clause D relettered from C: the struck number is not the clause's number.
    private static func withoutStruckLeadingNumber(_ runs: [InlineRun]) -> [InlineRun] {
        guard let first = runs.first(where: { !$0.text.allSatisfy(\.isWhitespace) }), first.style.contains(.strikethrough),
            let label = LabelParser.parse(first.text), label.remainderOffset >= first.text.unicodeScalars.count,
            let firstIndex = runs.firstIndex(where: { $0 == first })
        else { return runs }
        let rest = Array(runs[(firstIndex + 1)...])
        // Only when a new number follows; a struck clause keeps its number.
        guard LabelParser.parse(rest.map(\.text).joined()) != nil else { return runs }
        return rest
    }
}
