/// A topic of the taxonomy (see `docs/topics.md`). Ids are stable: they appear in JSON output.
public struct Topic: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Stable id, e.g. `grievance-arbitration`.
    public let id: String

    /// Creates a topic from its id.
    public init(_ id: String) { self.id = id }

    public var description: String { id }

    public static func < (lhs: Topic, rhs: Topic) -> Bool { lhs.id < rhs.id }

    public init(from decoder: any Decoder) throws {
        id = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

/// Everything Redline knows about one topic: its name, the words that name it in a heading,
/// weighted phrases that suggest it in a clause, and examples that become tests.
///
/// Each topic is defined in its own file under `Topics/`; ``Taxonomy/definitions`` lists them.
public struct TopicDefinition: Sendable {
    /// The topic.
    public let topic: Topic
    /// A short name for people ("Grievance and arbitration").
    public let name: String
    /// What the topic covers, in one sentence.
    public let summary: String
    /// Phrases that name the topic when they occur in a heading ("grievance", "arbitration").
    public let headings: [HeadingPhrase]
    /// Weighted phrases that suggest the topic in a clause's heading or text.
    public let phrases: [PhraseRule]
    /// Clauses in which the phrase rules must find the topic (they become tests).
    public let examples: [String]
    /// Clauses that use the topic's words but are not about it (they become tests).
    public let counterExamples: [String]

    /// Creates a definition.
    public init(
        _ id: String, name: String, summary: String, headings: [HeadingPhrase], phrases: [PhraseRule],
        examples: [String], counterExamples: [String] = []
    ) {
        self.topic = Topic(id)
        self.name = name
        self.summary = summary
        self.headings = headings
        self.phrases = phrases
        self.examples = examples
        self.counterExamples = counterExamples
    }
}

/// Words that name a topic in a heading. A weak phrase ("benefits") counts only when no
/// other topic's phrase is in the same heading ("Retirement Benefits" is retirement).
public struct HeadingPhrase: Sendable, ExpressibleByStringLiteral {
    /// The words, matched after lower-casing and stemming.
    public let phrase: String
    /// True when the phrase yields to any other topic named in the same heading.
    public let isWeak: Bool

    /// Creates a phrase.
    public init(_ phrase: String, weak: Bool = false) {
        self.phrase = phrase
        self.isWeak = weak
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A weak heading phrase.
    public static func weak(_ phrase: String) -> HeadingPhrase { HeadingPhrase(phrase, weak: true) }
}

/// A phrase that suggests a topic, with a weight, and guards that cancel it.
///
/// Matches count more in a heading (×3) and the first sentence (×1.5) than further on.
public struct PhraseRule: Sendable {
    /// The words, matched after lower-casing and stemming ("work authorization").
    public let phrase: String
    /// How strongly the phrase suggests the topic (about 1 = a hint, 3 = nearly decisive).
    public let weight: Double
    /// Phrases that, found in the same clause, mean this match is not about the topic.
    public let unless: [String]

    /// Creates a rule.
    public init(_ phrase: String, _ weight: Double, unless: [String] = []) {
        self.phrase = phrase
        self.weight = weight
        self.unless = unless
    }
}
