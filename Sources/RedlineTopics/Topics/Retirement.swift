extension TopicDefinition {
    /// Retirement: pensions, retirement plans and contributions.
    public static let retirement = TopicDefinition(
        "retirement",
        name: "Retirement",
        summary: "Pensions, retirement plans and contributions.",
        headings: [
            "retirement",
            "pension",
            "retirement benefits",
            "retirement plan",
        ],
        phrases: [
            PhraseRule("retirement", 3),
            PhraseRule("pension", 3),
            PhraseRule("defined contribution", 3),
            PhraseRule("defined benefit", 3),
            PhraseRule("vesting", 2.5),
            PhraseRule("vested", 2),
            PhraseRule("retirement plan", 3),
            PhraseRule("safe harbor", 2),
            PhraseRule("social security", 1.5),
            PhraseRule("retirement contribution", 3),
        ],
        examples: [
            "Employees who are not eligible for the pension plan shall participate in the defined contribution retirement plan.",
            "Employer contributions vest after one year of service.",
        ],
        counterExamples: []
    )
}
