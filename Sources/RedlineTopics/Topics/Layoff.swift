extension TopicDefinition {
    /// Layoff, recall and seniority: reductions in force, order of layoff, recall rights and seniority.
    public static let layoff = TopicDefinition(
        "layoff",
        name: "Layoff, recall and seniority",
        summary: "Reductions in force, order of layoff, recall rights and seniority.",
        headings: [
            "layoff",
            "layoffs",
            "lay-off",
            "layoff and recall",
            "recall",
            "reduction in force",
            "seniority",
            "reemployment",
        ],
        phrases: [
            PhraseRule("layoff", 3),
            PhraseRule("lay off", 3),
            PhraseRule("laid off", 3),
            PhraseRule("reduction in force", 3),
            PhraseRule("reductions in force", 3),
            PhraseRule("recall", 2.5, unless: ["recall a statement"]),
            PhraseRule("reemployment", 2.5),
            PhraseRule("re-employment", 2.5),
            PhraseRule("seniority", 2.5),
            PhraseRule("bump", 2),
            PhraseRule("bumping", 2.5),
            PhraseRule("severance", 2.5),
            PhraseRule("order of layoff", 3),
            PhraseRule("preferential rehire", 3),
            PhraseRule("recall list", 3),
        ],
        examples: [
            "When layoffs are necessary, employees shall be laid off in inverse order of seniority within the title.",
            "A laid-off employee shall be placed on the recall list for twenty-four months.",
        ],
        counterExamples: []
    )
}
