extension TopicDefinition {
    /// Recognition and unit scope: who the union represents: recognition, the bargaining unit and the titles in or out of it.
    public static let recognition = TopicDefinition(
        "recognition",
        name: "Recognition and unit scope",
        summary: "Who the union represents: recognition, the bargaining unit and the titles in or out of it.",
        headings: [
            "recognition",
            "bargaining unit",
            "unit scope",
            "unit description",
            "covered titles",
            "coverage",
            .weak("scope"),
        ],
        phrases: [
            PhraseRule("recognizes the union", 3),
            PhraseRule("exclusive representative", 3),
            PhraseRule("exclusive bargaining representative", 3),
            PhraseRule("bargaining unit", 1.5, unless: ["layoff", "grievance", "dues"]),
            PhraseRule("unit consists of", 3),
            PhraseRule("excluded from the unit", 3),
            PhraseRule("included in the unit", 3),
            PhraseRule("unit titles", 2),
            PhraseRule("certified by", 1.5),
            PhraseRule("new title", 1),
            PhraseRule("accretion", 2),
            PhraseRule("unit work", 1.5),
            PhraseRule("represented by the union", 1.5),
        ],
        examples: [
            "The University recognizes the Union as the exclusive representative of all employees in the titles listed below.",
            "The following positions are excluded from the unit: supervisors, confidential employees and students employed as peer mentors.",
        ],
        counterExamples: [
            "A grievance may be filed by the Union on behalf of one or more employees.",
        ]
    )
}
