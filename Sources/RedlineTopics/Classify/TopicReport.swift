/// Plain-text listing of a document's topics, for people.
public enum TopicReport {
    /// One block per article (its topics with confidence and evidence), and with clauses, one line
    /// per clause under it.
    public static func text(_ topics: DocumentTopics) -> String {
        var clausesByArticle: [String: [ClauseTopics]] = [:]
        for clause in topics.clauses {
            let article = String(clause.id.split(separator: "__", maxSplits: 1).first ?? "")
            clausesByArticle[article, default: []].append(clause)
        }
        var lines: [String] = []
        for article in topics.articles {
            let title = [article.number, article.heading].compactMap { $0 }.joined(separator: "  ")
            lines.append("\(article.id)  \(title)  [\(article.location)]")
            for assignment in article.topics {
                lines.append("    " + pad(assignment.topic.id, 24) + confidence(assignment) + "  " + summary(assignment.evidence))
            }
            for clause in clausesByArticle[article.id] ?? [] {
                let labels = clause.topics.map { "\($0.topic.id) \(format($0.confidence))" }.joined(separator: ", ")
                let evidence = clause.topics.first.map { summary($0.evidence) } ?? ""
                lines.append("  " + pad(clause.id, 34) + pad(labels, 44) + evidence)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A short account of the evidence: heading, phrases, words, article.
    static func summary(_ evidence: [TopicEvidence]) -> String {
        var parts: [String] = []
        for (kind, label) in [(TopicEvidence.Kind.heading, "heading"), (.sectionHeading, "section heading")] {
            let headings = evidence.filter { $0.kind == kind }
            if !headings.isEmpty {
                parts.append(label + " " + headings.map { quote($0.span?.quote ?? $0.detail) }.joined(separator: ", "))
            }
        }
        let phrases = evidence.filter { $0.kind == .phrase }
        if !phrases.isEmpty { parts.append("phrases " + phrases.map { quote($0.span?.quote ?? $0.detail) }.joined(separator: ", ")) }
        let features = evidence.filter { $0.kind == .feature }
        if !features.isEmpty { parts.append("words " + features.map { quote($0.detail) }.joined(separator: ", ")) }
        if let article = evidence.first(where: { $0.kind == .article }) { parts.append("in \(article.detail)") }
        if let clauses = evidence.first(where: { $0.kind == .clauses }) { parts.append("clauses: \(clauses.detail)") }
        return parts.joined(separator: "; ")
    }

    private static func confidence(_ assignment: TopicAssignment) -> String { format(assignment.confidence) }

    private static func format(_ value: Double) -> String {
        let scaled = Int((value * 100).rounded())
        return scaled >= 100 ? "1.00" : "0." + (scaled < 10 ? "0" : "") + String(scaled)
    }

    private static func quote(_ text: String) -> String { "\u{201C}" + text + "\u{201D}" }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
