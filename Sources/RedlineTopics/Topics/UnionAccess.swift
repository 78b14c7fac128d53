extension TopicDefinition {
    /// Union access and rights: what the union may do at work: stewards, release time, access, orientations, information.
    public static let unionAccess = TopicDefinition(
        "union-access",
        name: "Union access and rights",
        summary: "What the union may do at work: stewards, release time, access, orientations, information.",
        headings: [
            "union access",
            "union rights",
            "rights of the union",
            "stewards",
            "union representatives",
            "release time",
            "information requests",
            "access",
        ],
        phrases: [
            PhraseRule("steward", 2.5),
            PhraseRule("union representative", 1.5, unless: ["grievance", "investigatory", "disciplinary"]),
            PhraseRule("release time", 3),
            PhraseRule("bulletin board", 3),
            PhraseRule("new employee orientation", 2.5),
            PhraseRule("union orientation", 3),
            PhraseRule("access to the workplace", 2.5),
            PhraseRule("meeting rooms", 1.5),
            PhraseRule("information request", 2.5),
            PhraseRule("list of employees", 2),
            PhraseRule("contact information", 1.5),
            PhraseRule("union business", 2.5),
            PhraseRule("union leave", 2.5),
            PhraseRule("email list", 1.5),
            PhraseRule("distribute literature", 2),
        ],
        examples: [
            "The Union may designate up to twenty stewards, who shall receive reasonable release time for union business.",
            "Each month the University shall send the Union a list of employees with their titles, departments and contact information.",
        ],
        counterExamples: [
            "The University shall post the vacancy on its website for at least ten days.",
        ]
    )
}
