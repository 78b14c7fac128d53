/// One deontic statement of a sentence: who is obliged, permitted, prohibited or entitled, and to what.
///
/// "The University shall not require an ASE to work more than twenty (20) hours" is
/// `employer`, `prohibition`, trigger "shall not", action "require".
public struct DeonticStatement: Sendable, Hashable, Codable {
    /// Who it binds or benefits.
    public let party: Party
    /// What it does to them.
    public let modality: Modality
    /// The subject as written ("The University", "An ASE who is absent").
    public let subject: String
    /// The words that carry the modality as written ("shall not", "is entitled to", "will endeavour to").
    public let trigger: String
    /// The first verb of what is obliged or allowed, lower case ("provide", "hold", "grieve"), if found.
    public let action: String?
    /// True when the sentence says it the negative way ("shall not", "no ASE shall", "is under no obligation").
    public let negated: Bool
    /// Where the trigger is.
    public let span: TextSpan
    /// Where the subject is (empty when none was found).
    public let subjectSpan: TextSpan
    /// Which sentence of the text (0-based) it is in.
    public let sentence: Int

    /// Creates a statement.
    public init(
        party: Party, modality: Modality, subject: String, trigger: String, action: String?, negated: Bool,
        span: TextSpan, subjectSpan: TextSpan, sentence: Int
    ) {
        self.party = party
        self.modality = modality
        self.subject = subject
        self.trigger = trigger
        self.action = action
        self.negated = negated
        self.span = span
        self.subjectSpan = subjectSpan
        self.sentence = sentence
    }

    /// "employer obligation" — the label the evaluation compares.
    public var label: String { party.rawValue + " " + modality.rawValue }
}
