import RedlineModel

/// The text of a clause as the alignment compares it. Renderers and checks use the same
/// definitions so that what they show matches what was diffed.
public enum ClauseText {
    /// A clause's own words: its text, then its table (cells tab-separated, rows on lines).
    public static func own(_ node: ClauseNode) -> String {
        [node.text.plainText, node.table?.plainText ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// What goes between a run-in heading and its text when written as one passage: nothing extra
    /// when the heading already ends in punctuation ("Filing:"), else ". " ("Filing. A grievance…").
    public static func joiner(afterHeading heading: String) -> String {
        heading.last.map { ".:;–—-".contains($0) } == true ? " " : ". "
    }

    /// "Heading. Text", the plain-text writing of a run-in heading; the text alone when there is no heading.
    public static func headingAndText(_ node: ClauseNode) -> String {
        let text = own(node)
        guard let heading = node.heading?.plainText, !heading.isEmpty else { return text }
        return heading + joiner(afterHeading: heading) + text
    }
}
