extension TopicDefinition {
    /// Wages and salary: rates of pay, salary scales, increases and stipends.
    public static let wages = TopicDefinition(
        "wages",
        name: "Wages and salary",
        summary: "Rates of pay, salary scales, increases and stipends.",
        headings: [
            "wages",
            "salary",
            "salaries",
            "compensation",
            "pay rates",
            "wage rates",
            "salary scales",
            "stipends",
            .weak("pay"),
        ],
        phrases: [
            PhraseRule("salary", 2.5, unless: ["payroll error", "overpayment"]),
            PhraseRule("salaries", 2.5),
            PhraseRule("wage", 2),
            PhraseRule("wages", 2),
            PhraseRule("stipend", 2),
            PhraseRule("minimum rate", 3),
            PhraseRule("minimum salary", 3),
            PhraseRule("salary scale", 3),
            PhraseRule("salary increase", 3),
            PhraseRule("across-the-board", 3),
            PhraseRule("general increase", 3),
            PhraseRule("pay rate", 2),
            PhraseRule("hourly rate", 2),
            PhraseRule("step increase", 2.5),
            PhraseRule("retroactive", 1.5),
            PhraseRule("rates shall increase", 3),
            PhraseRule("effective october", 0.5),
            PhraseRule("percent", 0.5),
        ],
        examples: [
            "Effective October 1, all salary rates shall increase by three percent across the board.",
            "The minimum salary for a fifty percent appointment shall be the amount shown in Appendix A.",
        ],
        counterExamples: []
    )
}
