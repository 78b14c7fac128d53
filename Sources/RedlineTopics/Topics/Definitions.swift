extension TopicDefinition {
    /// Definitions: terms defined for the whole agreement and rules for reading it.
    public static let definitions = TopicDefinition(
        "definitions",
        name: "Definitions",
        summary: "Terms defined for the whole agreement and rules for reading it.",
        headings: [
            "definitions",
            "defined terms",
            .weak("interpretation"),
            .weak("glossary"),
        ],
        phrases: [
            PhraseRule("for the purposes of this agreement", 2),
            PhraseRule("the following terms", 2),
            PhraseRule("shall mean", 2),
            PhraseRule("means", 1),
            PhraseRule("is defined as", 2),
            PhraseRule("refers to", 0.5),
            PhraseRule("singular include the plural", 3),
            PhraseRule("headings are for convenience", 3),
            PhraseRule("working days means", 3),
            PhraseRule("calendar days means", 3),
        ],
        examples: [
            "For the purposes of this Agreement, “academic year” means the period from the start of fall instruction to the end of spring examinations.",
            "“Immediate supervisor” shall mean the faculty member who assigns and reviews the employee’s work.",
        ],
        counterExamples: [
            "The employee shall meet with the supervisor within ten days.",
        ]
    )
}
