import RedlineDiff
import RedlineModel

/// A table as a redline shows it: rows of cells of spans, laid out from the word diff of two
/// tables' text (cells separated by tabs and rows by line feeds, as ``Table/plainText`` writes them).
///
/// A changed stretch whose old and new text hold the same tabs and line feeds is cut cell by cell
/// ("$3,101" → "$3,232" stays in its cell); otherwise its deleted and inserted text are laid out one
/// after the other, each separator starting a new cell or row.
struct TableRedline: Sendable {
    /// One row. `kind` is `.insert` when the row holds only inserted text, `.delete` when only deleted.
    struct Row: Sendable {
        var cells: [[RedlineSpan]]
        var kind: DiffOperationKind
    }

    var rows: [Row]
    /// How many leading rows are header rows.
    var headerRows: Int

    /// The widest row's cell count.
    var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }

    /// Lays out `spans` of table text.
    ///
    /// - Complexity: O(*n*) in the text length.
    init(spans: [RedlineSpan], headerRows: Int) {
        var rows: [[[RedlineSpan]]] = [[[]]]
        func add(_ kind: DiffOperationKind, _ text: Substring) {
            guard !text.isEmpty else { return }
            rows[rows.count - 1][rows[rows.count - 1].count - 1].appendMerging(RedlineSpan(kind, String(text)))
        }
        func separate(_ separator: Character) {
            if separator == "\t" { rows[rows.count - 1].append([]) } else { rows.append([[]]) }
        }
        func emit(_ kind: DiffOperationKind, _ text: String) {
            let parts = Self.fragments(text)
            for (index, part) in parts.text.enumerated() {
                add(kind, part)
                if index < parts.separators.count { separate(parts.separators[index]) }
            }
        }
        var index = 0
        while index < spans.count {
            if spans[index].kind == .equal {
                emit(.equal, spans[index].text)
                index += 1
                continue
            }
            var deleted = "", inserted = ""
            while index < spans.count && spans[index].kind != .equal {
                if spans[index].kind == .delete { deleted += spans[index].text } else { inserted += spans[index].text }
                index += 1
            }
            let old = Self.fragments(deleted), new = Self.fragments(inserted)
            if !deleted.isEmpty && !inserted.isEmpty && !old.separators.isEmpty && old.separators == new.separators {
                for position in old.text.indices {
                    add(.delete, old.text[position])
                    add(.insert, new.text[position])
                    if position < old.separators.count { separate(old.separators[position]) }
                }
            } else {
                emit(.delete, deleted)
                emit(.insert, inserted)
            }
        }
        self.rows = rows.map { cells in
            let content = cells.joined().filter { !$0.text.allSatisfy(\.isWhitespace) }
            let kind: DiffOperationKind =
                content.isEmpty ? .equal
                : content.allSatisfy { $0.kind == .insert } ? .insert
                : content.allSatisfy { $0.kind == .delete } ? .delete : .equal
            return Row(cells: cells, kind: kind)
        }
        self.headerRows = headerRows
    }

    /// A table wholly inserted or deleted.
    init(whole table: Table, kind: DiffOperationKind) {
        rows = table.rows.map { row in
            Row(cells: row.cells.map { $0.text.plainText.isEmpty ? [] : [RedlineSpan(kind, $0.text.plainText)] }, kind: kind)
        }
        headerRows = table.rows.prefix { $0.isHeader }.count
    }

    /// The text between tabs and line feeds, and those separators in order.
    private static func fragments(_ text: String) -> (text: [Substring], separators: [Character]) {
        var parts: [Substring] = [], separators: [Character] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\t" || character == "\n" || character == "\r\n" {
                parts.append(text[start..<index])
                separators.append(character == "\t" ? "\t" : "\n")
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start...])
        return (parts, separators)
    }

    /// Whether accepting every change gives `new`'s rows and rejecting every change `old`'s,
    /// after whitespace normalisation and leaving out empty rows. Rows of kind `.delete` vanish on
    /// accepting, rows of kind `.insert` on rejecting (Word's inserted and deleted table rows).
    ///
    /// - Complexity: O(*n*) in the text length.
    func reproduces(old: Table?, new: Table?) -> Bool {
        func expected(_ table: Table?) -> [String] {
            (table?.rows ?? []).map { normalizedWhitespace($0.cells.map(\.text.plainText).joined(separator: "\t")) }
                .filter { !$0.isEmpty }
        }
        let accepted = rows.filter { $0.kind != .delete }
            .map { normalizedWhitespace($0.cells.map(\.acceptedText).joined(separator: "\t")) }.filter { !$0.isEmpty }
        let rejected = rows.filter { $0.kind != .insert }
            .map { normalizedWhitespace($0.cells.map(\.rejectedText).joined(separator: "\t")) }.filter { !$0.isEmpty }
        return accepted == expected(new) && rejected == expected(old)
    }
}
