extension TopicDefinition {
    /// Non-discrimination, harassment and respectful workplace: discrimination, harassment, abusive conduct and retaliation, and complaints about them.
    public static let nonDiscrimination = TopicDefinition(
        "non-discrimination",
        name: "Non-discrimination, harassment and respectful workplace",
        summary: "Discrimination, harassment, abusive conduct and retaliation, and complaints about them.",
        headings: [
            "respectful work environment",
            "respectful workplace",
            "abusive conduct",
            "bullying",
            "fair treatment",
            "non-discrimination",
            "nondiscrimination",
            "discrimination",
            "harassment",
            "equal opportunity",
            "sexual harassment",
            "anti-discrimination",
            "title ix",
        ],
        phrases: [
            PhraseRule("abusive conduct", 3),
            PhraseRule("bullying", 3),
            PhraseRule("respectful", 1.5),
            PhraseRule("intimidation", 1.5),
            PhraseRule("discrimination", 3),
            PhraseRule("discriminate", 3),
            PhraseRule("harassment", 3),
            PhraseRule("sexual harassment", 3),
            PhraseRule("sexual violence", 3),
            PhraseRule("title ix", 3),
            PhraseRule("retaliation", 2, unless: ["grievance"]),
            PhraseRule("protected category", 3),
            PhraseRule("race, color", 3),
            PhraseRule("gender identity", 3),
            PhraseRule("sexual orientation", 3),
            PhraseRule("national origin", 2),
            PhraseRule("equal employment opportunity", 3),
            PhraseRule("bias", 1.5),
            PhraseRule("hostile", 1.5),
        ],
        examples: [
            "The University shall not discriminate against any employee on the basis of race, color, religion, sex, gender identity or national origin.",
            "Complaints of sexual harassment shall be investigated under the Title IX policy.",
        ],
        counterExamples: []
    )
}
