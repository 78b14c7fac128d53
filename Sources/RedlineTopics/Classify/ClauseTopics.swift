import RedlineModel

/// A topic given to a clause, with how sure the classifier is and why.
public struct TopicAssignment: Sendable, Hashable, Codable {
    /// The topic.
    public let topic: Topic
    /// The combined probability, 0–1, rounded to three decimals.
    public let confidence: Double
    /// What produced it, strongest first.
    public let evidence: [TopicEvidence]

    /// Creates an assignment.
    public init(topic: Topic, confidence: Double, evidence: [TopicEvidence]) {
        self.topic = topic
        self.confidence = (confidence * 1000).rounded() / 1000
        self.evidence = evidence
    }
}

/// The topics of one article or clause. The first topic is the primary one.
public struct ClauseTopics: Sendable, Hashable, Codable {
    /// The clause's stable id.
    public let id: String
    /// The clause's kind.
    public let kind: ClauseKind
    /// Its number as written, if any.
    public let number: String?
    /// Its heading, if any.
    public let heading: String?
    /// Where it starts in the source.
    public let location: SourceLocation
    /// The topics, primary first.
    public let topics: [TopicAssignment]

    /// The primary topic.
    public var primary: Topic? { topics.first?.topic }
}

/// The topics of a document's articles and, when asked for, of every clause.
public struct DocumentTopics: Sendable, Hashable, Codable {
    /// One entry per article, appendix and side letter.
    public let articles: [ClauseTopics]
    /// One entry per clause below the articles (empty at article level).
    public let clauses: [ClauseTopics]
}
