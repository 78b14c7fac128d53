import RedlineModel

/// Markdown strong emphasis in plain text: `**3.9 Layoff Order.** Layoffs go…` gives a bold run
/// "3.9 Layoff Order." and a plain run, so headings marked up in markdown read as bold, as they
/// do once pandoc has turned the file into HTML. Only paired `**` / `__` markers count; a lone
/// asterisk (a footnote mark, a wildcard) stays text.
enum MarkdownEmphasis {
    /// The runs of `text` with paired strong-emphasis markers turned into bold runs.
    ///
    /// - Complexity: O(*n*) in the text's length.
    static func runs(_ text: String) -> [InlineRun] {
        guard text.contains("**") || text.contains("__") else { return [InlineRun(text)] }
        var runs: [InlineRun] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            guard let open = firstMarker(in: rest) else { break }
            let marker = rest[open.lowerBound..<open.upperBound]
            guard let close = rest[open.upperBound...].range(of: marker), close.lowerBound > open.upperBound else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            // "** text **" with spaces inside the markers is not emphasis.
            guard inner.first?.isWhitespace == false, inner.last?.isWhitespace == false else { break }
            if open.lowerBound > rest.startIndex { runs.append(InlineRun(String(rest[..<open.lowerBound]))) }
            runs.append(InlineRun(String(inner), style: .bold))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { runs.append(InlineRun(String(rest))) }
        return runs
    }

    private static func firstMarker(in text: Substring) -> Range<Substring.Index>? {
        let stars = text.range(of: "**")
        let underscores = text.range(of: "__")
        switch (stars, underscores) {
        case (let s?, let u?): return s.lowerBound <= u.lowerBound ? s : u
        case (let s?, nil): return s
        case (nil, let u?): return u
        default: return nil
        }
    }
}
