extension TopicDefinition {
    /// Accommodations: reasonable accommodation of disability, religion and other needs.
    public static let accommodations = TopicDefinition(
        "accommodations",
        name: "Accommodations",
        summary: "Reasonable accommodation of disability, religion and other needs.",
        headings: [
            "workplace accessibility",
            "accessibility",
            "accommodation",
            "accommodations",
            "reasonable accommodation",
            "disability accommodation",
            "disability",
        ],
        phrases: [
            PhraseRule("reasonable accommodation", 3),
            PhraseRule("accommodation", 2.5, unless: ["housing", "lodging"]),
            PhraseRule("accommodate", 2),
            PhraseRule("interactive process", 3),
            PhraseRule("disability", 2),
            PhraseRule("disabilities", 2),
            PhraseRule("americans with disabilities act", 3),
            PhraseRule("ada", 2),
            PhraseRule("medical restriction", 2.5),
            PhraseRule("assistive", 2.5),
            PhraseRule("religious accommodation", 3),
            PhraseRule("undue hardship", 2.5),
        ],
        examples: [
            "An employee with a disability may request a reasonable accommodation, and the University shall engage in an interactive process.",
            "The department shall provide assistive technology when it is needed to perform the job.",
        ],
        counterExamples: [
            "Travel expenses for meals and lodging shall be reimbursed at the federal rate.",
        ]
    )
}
