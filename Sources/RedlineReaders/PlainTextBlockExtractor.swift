import RedlineModel

/// Splits plain text (and markdown-like text) into blocks.
///
/// A blank line ends a paragraph; so does a line that starts with a clause number or
/// looks like a heading, so hard-wrapped text and one-paragraph-per-line text both work.
/// Markdown heading marks (`#`) and `<br>` are understood, since contracts are often
/// kept as markdown.
enum PlainTextBlockExtractor {
    static func extract(_ text: String, firstLine: Int = 1) -> [Block] {
        var blocks: [Block] = []
        var lines: [Substring] = []
        var startLine = firstLine
        var headingLevel: Int?

        func flush() {
            defer {
                lines.removeAll()
                headingLevel = nil
            }
            let joined = lines.map { $0.trimmingWhitespace() }.joined(separator: " ")
            let runs = normalizeWhitespace(MarkdownEmphasis.runs(joined.replacingHTMLBreaks()))
            guard !runs.isEmpty else { return }
            blocks.append(
                Block(
                    kind: headingLevel.map { .heading(level: $0) } ?? .paragraph, runs: runs,
                    location: SourceLocation(line: startLine)))
        }

        var lineNumber = firstLine - 1
        let allLines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
        var skipUntil = -1
        for (lineIndex, line) in allLines.enumerated() {
            lineNumber += 1
            if lineIndex < skipUntil { continue }
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                flush()
                continue
            }
            // Markdown keeps tables as raw HTML or as pipe tables.
            if let (htmlBlocks, count) = MarkdownTables.rawHTML(allLines, from: lineIndex, firstLine: lineNumber) {
                flush()
                blocks += htmlBlocks
                skipUntil = lineIndex + count
                continue
            }
            if let (table, count) = MarkdownTables.pipeTable(allLines, from: lineIndex, firstLine: lineNumber) {
                flush()
                blocks.append(Block(kind: .table, runs: [], table: table, location: SourceLocation(line: lineNumber)))
                skipUntil = lineIndex + count
                continue
            }
            // Two or more lines laid out in columns (wage scales, step tables) are a table.
            if let (table, count) = TextTable.detect(allLines, from: lineIndex, firstLine: lineNumber) {
                flush()
                blocks.append(Block(kind: .table, runs: [], table: table, location: SourceLocation(line: lineNumber)))
                skipUntil = lineIndex + count
                continue
            }
            // Markdown headings.
            var level: Int?
            var content = Substring(trimmed)
            if content.hasPrefix("#") {
                let hashes = content.prefix { $0 == "#" }.count
                if hashes <= 6, content.dropFirst(hashes).first == " " || content.count == hashes {
                    level = hashes
                    content = content.dropFirst(hashes)
                }
            }
            let startsNewBlock =
                level != nil || headingLevel != nil || lines.isEmpty
                || LabelParser.parse(String(content.drop { $0 == "*" || $0 == "_" })) != nil
                || (HeadingHeuristics.isAllCaps(String(content)) && HeadingHeuristics.wordCount(String(content)) <= 14)
                || lines.last.map { HeadingHeuristics.isAllCaps($0.trimmingWhitespace()) } == true
                || (lines.last.map(isShortHeadingLine) == true && content.first?.isUppercase == true)
            if startsNewBlock {
                flush()
                startLine = lineNumber
            }
            if level != nil { headingLevel = level }
            lines.append(content)
        }
        flush()
        return blocks
    }
}

/// A short line with no closing punctuation ("Step 1 – Informal Review") is a heading on its
/// own line; the line after it starts a new block even without a blank line between them.
private func isShortHeadingLine(_ line: Substring) -> Bool {
    let text = line.trimmingWhitespace()
    guard let last = text.last, text.count <= 60, !".,;:".contains(last) else { return false }
    return HeadingHeuristics.wordCount(text) <= 8 && HeadingHeuristics.isTitleCase(text)
}

extension String {
    /// Replaces `<br>` tags (common in markdown exports) with spaces.
    func replacingHTMLBreaks() -> String {
        guard utf8.contains(0x3C), contains("<br") else { return self }
        var result = self
        for tag in ["<br>", "<br/>", "<br />", "<BR>"] { result = result.replacingOccurrences(of: tag, with: " ") }
        return result
    }

    private func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// Recognises tables laid out with spaces or tabs in plain text: at least two consecutive
/// lines that each split into the same number (two or more) of cells at tabs or runs of
/// two or more spaces.
enum TextTable {
    static func hasColumnGap(_ line: Substring) -> Bool {
        var previousWasSpace = false
        var sawText = false
        for byte in line.utf8 {
            if byte == 0x09 && sawText { return true }
            if byte == 0x20 {
                if previousWasSpace && sawText { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
                sawText = true
            }
        }
        return false
    }

    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        for char in line.trimmingWhitespace() {
            if char == "\t" {
                cells.append(current.trimmingWhitespace())
                current = ""
                spaces = 0
            } else if char == " " {
                spaces += 1
                current.append(char)
            } else {
                if spaces >= 2 {
                    cells.append(current.trimmingWhitespace())
                    current = ""
                }
                spaces = 0
                current.append(char)
            }
        }
        cells.append(current.trimmingWhitespace())
        return cells.filter { !$0.isEmpty }
    }

    static func detect(_ lines: [Substring], from start: Int, firstLine: Int) -> (Table, Int)? {
        // Only lines with a tab or a double space can be table rows.
        guard hasColumnGap(lines[start]), start + 1 < lines.count, hasColumnGap(lines[start + 1]) else { return nil }
        let first = cells(lines[start])
        guard first.count >= 2 else { return nil }
        var rows: [[String]] = [first]
        var index = start + 1
        while index < lines.count {
            let row = cells(lines[index])
            guard row.count == first.count else { break }
            rows.append(row)
            index += 1
        }
        // Each row must have something that is not prose: a number or amount in a later cell.
        guard rows.count >= 2,
            rows.dropFirst().allSatisfy({ row in row.dropFirst().contains { $0.contains(where: \.isNumber) } })
        else { return nil }
        let table = Table(rows: rows.enumerated().map { offset, row in
            TableRow(
                cells: row.map { TableCell(text: InlineText($0)) },
                isHeader: offset == 0 && !row.dropFirst().allSatisfy { $0.first == "$" },
                location: SourceLocation(line: firstLine + offset))
        })
        return (table, rows.count)
    }
}
