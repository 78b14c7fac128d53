extension TopicDefinition {
    /// Labor-management meetings: standing committees and meetings of the parties outside grievances.
    public static let laborManagement = TopicDefinition(
        "labor-management",
        name: "Labor-management meetings",
        summary: "Standing committees and meetings of the parties outside grievances.",
        headings: [
            "joint labor-management committee",
            "joint labor management committee",
            "jlmc",
            "labor-management",
            "labor management",
            "joint committee",
            "committees",
            .weak("meetings"),
            "meet and confer",
            "consultation",
        ],
        phrases: [
            PhraseRule("labor-management committee", 3),
            PhraseRule("labor management committee", 3),
            PhraseRule("joint committee", 2.5),
            PhraseRule("meet and confer", 2.5),
            PhraseRule("committee shall meet", 2),
            PhraseRule("labor-management meeting", 3),
            PhraseRule("agenda", 1),
            PhraseRule("quarterly", 0.5),
            PhraseRule("joint study", 2),
            PhraseRule("consult with the union", 1.5),
        ],
        examples: [
            "The parties shall form a labor-management committee of three members each, which shall meet at least once each quarter.",
            "Either party may place items on the agenda of the joint committee at least a week before it meets.",
        ],
        counterExamples: [
            "The grievance committee of the Union may file a Step 2 appeal.",
        ]
    )
}
