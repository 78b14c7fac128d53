import RedlineModel

/// The rejected reading of a proposal (what it says the current text is) built from its marked
/// reading, for proposals that underline their headings as a style as well as marking changes: the
/// reader's rejected reading drops those headings with the other underlined text.
///
/// Underlined text is dropped and struck text kept, except that a heading underlined from end to
/// end stays; a clause left with nothing is dropped. Numbers come from the reader's rejected reading
/// of the same block when there is one (it renumbers automatic lists and restores struck numbers).
enum MarkedRejection {
    /// True when `marked` underlines its headings as a style: at least two headings underlined from
    /// end to end sit over text that is not underlined (so they are not new clauses), and at least
    /// half of the clause headings are underlined so.
    static func hasStyledHeadings(_ marked: ContractDocument) -> Bool {
        var headings = 0, styledOverOldText = 0
        marked.walk { node, _ in
            guard !node.kind.isTopLevelDivision, node.kind != .preamble, let heading = node.heading,
                !heading.plainText.allSatisfy(\.isWhitespace)
            else { return .visitChildren }
            headings += 1
            if isStyled(heading), hasUnmarkedWords(below: node) { styledOverOldText += 1 }
            return .visitChildren
        }
        return styledOverOldText >= 2 && styledOverOldText * 2 >= headings
    }

    /// True when the node's text or a descendant holds words that are not underlined.
    private static func hasUnmarkedWords(below node: ClauseNode) -> Bool {
        var found = false
        node.walk { descendant, _ in
            if descendant.text.runs.contains(where: { !$0.style.contains(.underline) && !$0.text.allSatisfy(\.isWhitespace) }) {
                found = true
                return .stop
            }
            return .visitChildren
        }
        return found
    }

    /// The rejected reading rebuilt from `marked`, numbered like `rejected`.
    static func rejected(from marked: ContractDocument, numberedLike rejected: ContractDocument) -> ContractDocument {
        var numbers: [SourceLocation: ClauseNumber] = [:]
        rejected.walk { node, _ in
            if let number = node.number, numbers[node.location] == nil { numbers[node.location] = number }
            return .visitChildren
        }
        func rebuild(_ node: ClauseNode) -> ClauseNode? {
            let children = node.children.compactMap(rebuild)
            let text = InlineText(runs: kept(node.text.runs))
            // A styled heading stays with the text under it; over a wholly new clause it goes too.
            let keepsContent = !text.plainText.allSatisfy(\.isWhitespace) || !children.isEmpty
            let heading: InlineText? = node.heading.map { heading in
                isStyled(heading) && keepsContent ? plain(heading) : InlineText(runs: kept(heading.runs))
            }
            let table = node.table.map { table in
                Table(rows: table.rows.map { row in
                    TableRow(
                        cells: row.cells.map { TableCell(text: InlineText(runs: kept($0.text.runs)), columnSpan: $0.columnSpan) },
                        isHeader: row.isHeader, location: row.location)
                })
            }
            let hasWords = !(heading?.plainText.allSatisfy(\.isWhitespace) ?? true) || !text.plainText.allSatisfy(\.isWhitespace)
            guard hasWords || table != nil || !children.isEmpty || node.kind.isTopLevelDivision else { return nil }
            return ClauseNode(
                kind: node.kind, id: node.id, number: numbers[node.location] ?? node.number,
                heading: heading.flatMap { $0.isEmpty ? nil : $0 }, text: text, table: table, references: node.references,
                location: node.location, children: children)
        }
        return ContractDocument(
            title: marked.title, sourceFormat: marked.sourceFormat, metadata: marked.metadata,
            children: marked.children.compactMap(rebuild))
    }

    private static func isStyled(_ heading: InlineText?) -> Bool {
        let runs = heading?.runs.filter { !$0.text.allSatisfy(\.isWhitespace) } ?? []
        return !runs.isEmpty && runs.allSatisfy { $0.style.contains(.underline) && !$0.style.contains(.strikethrough) }
    }

    private static func plain(_ text: InlineText) -> InlineText {
        InlineText(runs: text.runs.map { InlineRun($0.text, style: $0.style.subtracting([.underline, .strikethrough]), link: $0.link) })
    }

    /// Runs without underlined text, strike-through removed.
    private static func kept(_ runs: [InlineRun]) -> [InlineRun] {
        runs.compactMap { run in
            run.style.contains(.underline) ? nil : InlineRun(run.text, style: run.style.subtracting(.strikethrough), link: run.link)
        }
    }
}
