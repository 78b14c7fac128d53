extension TopicDefinition {
    /// Management and academic rights: what the employer keeps the right to decide, and academic judgment.
    public static let managementRights = TopicDefinition(
        "management-rights",
        name: "Management and academic rights",
        summary: "What the employer keeps the right to decide, and academic judgment.",
        headings: [
            "management rights",
            "management and academic rights",
            "academic rights",
            "rights of the university",
            "employer rights",
            "university rights",
            "reserved rights",
            "academic freedom",
        ],
        phrases: [
            PhraseRule("retains the right", 3),
            PhraseRule("retains all rights", 3),
            PhraseRule("sole discretion", 2),
            PhraseRule("exclusive right", 2),
            PhraseRule("direct the work", 2.5),
            PhraseRule("academic judgment", 3),
            PhraseRule("academic judgement", 3),
            PhraseRule("academic decisions", 2),
            PhraseRule("determine the mission", 3),
            PhraseRule("determine the content", 2),
            PhraseRule("curriculum", 1),
            PhraseRule("management rights", 3),
            PhraseRule("reserved to the university", 3),
            PhraseRule("inherent managerial", 3),
            PhraseRule("not limited by this agreement", 1.5),
            PhraseRule("except as expressly limited", 2.5),
            PhraseRule("exercise of these rights", 2),
            PhraseRule("methods, means and personnel", 3),
            PhraseRule("standards of academic", 2),
        ],
        examples: [
            "Except as expressly limited by this Agreement, the University retains the exclusive right to direct the work force and determine its methods.",
            "Decisions about the content of a course and the standards for grading are matters of academic judgment.",
        ],
        counterExamples: [
            "The employee may request a meeting with the supervisor at a time of the employee’s choosing.",
        ]
    )
}
