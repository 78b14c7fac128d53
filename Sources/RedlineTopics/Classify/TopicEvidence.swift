/// Why a topic was given: the heading, a phrase rule, the model's features or the article around the clause.
public struct TopicEvidence: Sendable, Hashable, Codable {
    /// The kinds of evidence.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A phrase in the clause's own heading names the topic.
        case heading
        /// A heading of an enclosing section (below the article) names the topic.
        case sectionHeading = "section-heading"
        /// A weighted phrase rule matched.
        case phrase
        /// A word or word pair that the linear model weighs toward the topic.
        case feature
        /// The enclosing article's topic.
        case article
        /// For an article: the share of its words in clauses given the topic.
        case clauses
    }

    /// The kind of evidence.
    public let kind: Kind
    /// What matched: the phrase of the rule or heading, the model feature, or the article's id.
    public let detail: String
    /// The weight of the evidence (rule weight, feature contribution, or article confidence).
    public let weight: Double
    /// Where it was found, when it is a span of text.
    public let span: EvidenceSpan?

    /// Creates evidence.
    public init(kind: Kind, detail: String, weight: Double, span: EvidenceSpan?) {
        self.kind = kind
        self.detail = detail
        self.weight = (weight * 1000).rounded() / 1000
        self.span = span
    }
}

/// A stretch of a clause's heading or text.
public struct EvidenceSpan: Sendable, Hashable, Codable {
    /// The part of a clause.
    public enum Field: String, Sendable, Hashable, Codable {
        /// The clause's heading.
        case heading
        /// The clause's text.
        case text
    }

    /// The clause holding the span.
    public let clauseID: String
    /// Heading or text.
    public let field: Field
    /// Offset in the field's plain text, in Unicode scalars.
    public let offset: Int
    /// Length in Unicode scalars.
    public let length: Int
    /// The words as written.
    public let quote: String
}
