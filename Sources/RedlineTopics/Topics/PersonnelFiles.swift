extension TopicDefinition {
    /// Personnel files and evaluation: personnel files, access to records, evaluations and rebuttals.
    public static let personnelFiles = TopicDefinition(
        "personnel-files",
        name: "Personnel files and evaluation",
        summary: "Personnel files, access to records, evaluations and rebuttals.",
        headings: [
            "personnel files",
            "personnel file",
            "employment files",
            "evaluation",
            "evaluations",
            "performance evaluation",
            "employee records",
            "records",
        ],
        phrases: [
            PhraseRule("personnel file", 3),
            PhraseRule("employment file", 3),
            PhraseRule("personnel record", 3),
            PhraseRule("evaluation", 2, unless: ["course evaluation"]),
            PhraseRule("performance evaluation", 3),
            PhraseRule("performance review", 3),
            PhraseRule("rebuttal", 3),
            PhraseRule("written response", 1.5),
            PhraseRule("access to records", 3),
            PhraseRule("inspect the file", 3),
            PhraseRule("removed from the file", 3),
            PhraseRule("placed in the file", 3),
            PhraseRule("anonymous", 1.5),
            PhraseRule("confidential", 0.5),
        ],
        examples: [
            "An employee may inspect the employee’s personnel file and attach a written rebuttal to any material in it.",
            "Each employee shall receive a written performance evaluation at least once a year.",
        ],
        counterExamples: []
    )
}
