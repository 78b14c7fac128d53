extension TopicDefinition {
    /// Health and welfare benefits: health, dental and vision insurance, premiums and coverage of dependents.
    public static let healthWelfare = TopicDefinition(
        "health-welfare",
        name: "Health and welfare benefits",
        summary: "Health, dental and vision insurance, premiums and coverage of dependents.",
        headings: [
            "health benefits",
            "health insurance",
            "health and welfare",
            "medical benefits",
            "dental",
            "vision",
            "health care",
            .weak("benefits"),
            .weak("insurance"),
        ],
        phrases: [
            PhraseRule("health insurance", 3),
            PhraseRule("health plan", 3),
            PhraseRule("health benefits", 3),
            PhraseRule("medical insurance", 3),
            PhraseRule("dental", 2.5),
            PhraseRule("vision", 2, unless: ["vision statement"]),
            PhraseRule("premium", 1.5, unless: ["premium pay"]),
            PhraseRule("dependent coverage", 3),
            PhraseRule("dependents", 1.5),
            PhraseRule("enroll", 1),
            PhraseRule("student health insurance", 3),
            PhraseRule("coverage", 1, unless: ["unit"]),
            PhraseRule("employer contribution", 1.5),
            PhraseRule("open enrollment", 2.5),
            PhraseRule("copay", 2.5),
            PhraseRule("prescription", 2),
        ],
        examples: [
            "The University shall pay the full premium for student health insurance, including dental and vision coverage.",
            "Employees may enroll eligible dependents during open enrollment.",
        ],
        counterExamples: []
    )
}
