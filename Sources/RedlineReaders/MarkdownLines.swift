import RedlineModel

/// Splits inline runs of markdown-flavoured text into paragraphs at blank lines and
/// into headings at `#` lines, keeping each run's formatting.
enum MarkdownLines {
    struct Group {
        var runs: [InlineRun]
        var headingLevel: Int?
        /// Lines after the first line of the original text.
        var lineOffset: Int
    }

    static func split(_ runs: [InlineRun]) -> [Group] {
        // Lines of runs.
        var lines: [[InlineRun]] = [[]]
        for run in runs {
            let parts = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append([]) }
                if !part.isEmpty { lines[lines.count - 1].append(InlineRun(String(part), style: run.style, link: run.link)) }
            }
        }
        var groups: [Group] = []
        var current: [InlineRun] = []
        var currentStart = 0
        func close() {
            if current.contains(where: { $0.text.contains(where: { !$0.isWhitespace }) }) {
                groups.append(Group(runs: current, headingLevel: nil, lineOffset: currentStart))
            }
            current = []
        }
        for (number, line) in lines.enumerated() {
            let text = line.map(\.text).joined()
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                close()
                continue
            }
            let hashes = trimmed.prefix { $0 == "#" }.count
            if hashes > 0, hashes <= 6, trimmed.dropFirst(hashes).first == " " || trimmed.count == hashes {
                close()
                let (_, rest) = splitRuns(line, at: text.unicodeScalars.count - trimmed.unicodeScalars.count + hashes)
                groups.append(Group(runs: rest, headingLevel: hashes, lineOffset: number))
                continue
            }
            if current.isEmpty { currentStart = number }
            current.append(contentsOf: line)
            current.append(InlineRun(" "))
        }
        close()
        return groups
    }
}
