import RedlineModel
import RedlineXML

/// Tables in markdown sources: raw HTML `<table>` blocks, which markdown passes through, and
/// pipe tables (`| Step | Rate |` over `|---|---|`).
enum MarkdownTables {
    /// A `<table>` … `</table>` block starting at `start`: its blocks (the table, and its caption
    /// as a paragraph) and the number of lines it spans.
    static func rawHTML(_ lines: [Substring], from start: Int, firstLine: Int) -> ([Block], Int)? {
        // Most lines hold no "<" at all: decide from the bytes before building strings.
        guard lines[start].utf8.contains(0x3C), lines[start].trimmingWhitespace().lowercased().hasPrefix("<table")
        else { return nil }
        var end = start
        while end < lines.count, !lines[end].lowercased().contains("</table>") { end += 1 }
        guard end < lines.count else { return nil }
        let fragment = lines[start...end].joined(separator: "\n")
        guard let document = try? MarkupParser.parseHTML(utf8: Array(fragment.utf8)) else { return nil }
        let blocks = HTMLBlockExtractor.extract(document).blocks.map { block -> Block in
            var block = block
            block.location = SourceLocation(line: firstLine + max(block.location.line, 1) - 1)
            if var table = block.table {
                table = Table(rows: table.rows.map { row in
                    TableRow(
                        cells: row.cells, isHeader: row.isHeader,
                        location: SourceLocation(line: firstLine + max(row.location.line, 1) - 1))
                })
                block.table = table
            }
            return block
        }
        guard blocks.contains(where: { $0.table != nil }) else { return nil }
        return (blocks, end - start + 1)
    }

    /// A pipe table starting at `start`: a header row, a separator row of dashes, then body rows.
    static func pipeTable(_ lines: [Substring], from start: Int, firstLine: Int) -> (Table, Int)? {
        // A row holds a pipe and a separator a dash: decide from the bytes before building strings.
        guard start + 1 < lines.count, lines[start].utf8.contains(0x7C), lines[start + 1].utf8.contains(0x2D),
            isRow(lines[start]), isSeparator(lines[start + 1])
        else { return nil }
        let header = cells(lines[start])
        guard header.count >= 2 else { return nil }
        var rows: [TableRow] = [
            TableRow(
                cells: header.map { TableCell(text: InlineText($0)) }, isHeader: true,
                location: SourceLocation(line: firstLine))
        ]
        var index = start + 2
        while index < lines.count, isRow(lines[index]) {
            rows.append(
                TableRow(
                    cells: cells(lines[index]).map { TableCell(text: InlineText($0)) },
                    location: SourceLocation(line: firstLine + index - start)))
            index += 1
        }
        return (Table(rows: rows), index - start)
    }

    /// A line with at least one unescaped pipe between cells.
    private static func isRow(_ line: Substring) -> Bool {
        guard line.utf8.contains(0x7C) else { return false }
        let text = line.trimmingWhitespace()
        return !text.isEmpty && text.contains("|") && (text.hasPrefix("|") || text.split(separator: "|").count >= 2)
    }

    /// `|---|:---:|` or `--- | ---`.
    private static func isSeparator(_ line: Substring) -> Bool {
        let text = line.trimmingWhitespace()
        guard text.contains("-"), text.contains("|") || text.hasPrefix("-") else { return false }
        let parts = text.split(separator: "|", omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return !parts.isEmpty
            && parts.allSatisfy { part in
                part.filter { $0 == "-" }.count >= 3 && part.allSatisfy { $0 == "-" || $0 == ":" }
            }
    }

    /// The cells of a row, without the outer pipes; `\|` is a pipe inside a cell.
    private static func cells(_ line: Substring) -> [String] {
        var text = line.trimmingWhitespace()
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text.removeLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current.trimmingWhitespace())
        return cells.map { $0.replacingHTMLBreaks() }
    }
}
