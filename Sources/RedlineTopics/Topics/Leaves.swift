extension TopicDefinition {
    /// Leaves: leaves of absence: sick, family, parental, bereavement, jury duty and others.
    public static let leaves = TopicDefinition(
        "leaves",
        name: "Leaves",
        summary: "Leaves of absence: sick, family, parental, bereavement, jury duty and others.",
        headings: [
            "leaves",
            "leave",
            "leaves of absence",
            "leave of absence",
            "sick leave",
            "parental leave",
            "family leave",
            "bereavement",
        ],
        phrases: [
            PhraseRule("leave of absence", 3),
            PhraseRule("sick leave", 3),
            PhraseRule("paid leave", 2.5),
            PhraseRule("unpaid leave", 2.5),
            PhraseRule("parental leave", 3),
            PhraseRule("family leave", 3),
            PhraseRule("medical leave", 3),
            PhraseRule("bereavement", 3),
            PhraseRule("jury duty", 3),
            PhraseRule("military leave", 3),
            PhraseRule("leave", 1.5, unless: ["leave the", "leave blank"]),
            PhraseRule("return from leave", 3),
            PhraseRule("family and medical leave act", 3),
            PhraseRule("fmla", 3),
            PhraseRule("pregnancy", 1.5),
            PhraseRule("absence", 1),
            PhraseRule("witness", 1, unless: ["grievance", "arbitration"]),
        ],
        examples: [
            "An employee shall accrue sick leave at the rate of one day for each month of service.",
            "An employee may take up to five days of paid bereavement leave after the death of a family member.",
        ],
        counterExamples: [
            "The employee shall not leave the laboratory unattended while an experiment is running.",
        ]
    )
}
