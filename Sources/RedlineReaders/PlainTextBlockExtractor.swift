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
            let runs = normalizeWhitespace([InlineRun(joined.replacingHTMLBreaks())])
            guard !runs.isEmpty else { return }
            blocks.append(
                Block(
                    kind: headingLevel.map { .heading(level: $0) } ?? .paragraph, runs: runs,
                    location: SourceLocation(line: startLine)))
        }

        var lineNumber = firstLine - 1
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                flush()
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
                || LabelParser.parse(String(content)) != nil
                || (HeadingHeuristics.isAllCaps(String(content)) && HeadingHeuristics.wordCount(String(content)) <= 14)
                || lines.last.map { HeadingHeuristics.isAllCaps($0.trimmingWhitespace()) } == true
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

extension String {
    /// Replaces `<br>` tags (common in markdown exports) with spaces.
    func replacingHTMLBreaks() -> String {
        guard contains("<br") else { return self }
        var result = self
        for tag in ["<br>", "<br/>", "<br />", "<BR>"] { result = result.replacingOccurrences(of: tag, with: " ") }
        return result
    }

    private func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
