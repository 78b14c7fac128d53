extension TopicDefinition {
    /// Duration and general provisions: term, expiration, reopeners, severability, waiver and other general provisions.
    public static let durationGeneral = TopicDefinition(
        "duration-general",
        name: "Duration and general provisions",
        summary: "Term, expiration, reopeners, severability, waiver and other general provisions.",
        headings: [
            "duration",
            "term of agreement",
            "term",
            "general provisions",
            "severability",
            "savings clause",
            "waiver",
            "complete agreement",
            "entire agreement",
            "miscellaneous",
            "effect of agreement",
            "successorship",
            "reopener",
        ],
        phrases: [
            PhraseRule("term of this agreement", 2, unless: ["during the term", "throughout the term", "for the term"]),
            PhraseRule("shall remain in full force", 3),
            PhraseRule("full force and effect", 2.5),
            PhraseRule("expire", 2),
            PhraseRule("expiration", 2),
            PhraseRule("reopen", 2.5),
            PhraseRule("reopener", 3),
            PhraseRule("severability", 3),
            PhraseRule("severable", 3),
            PhraseRule("held invalid", 2.5),
            PhraseRule("contrary to law", 2.5),
            PhraseRule("entire agreement", 3),
            PhraseRule("complete agreement", 3),
            PhraseRule("waive", 1.5),
            PhraseRule("waiver", 2),
            PhraseRule("successor agreement", 3),
            PhraseRule("notice to terminate", 2.5),
            PhraseRule("renew", 1),
            PhraseRule("amended only", 2.5),
            PhraseRule("mutual agreement of the parties", 1.5),
            PhraseRule("supersede", 2),
        ],
        examples: [
            "This Agreement shall remain in full force and effect through September 30, 2026, and from year to year thereafter unless either party gives notice.",
            "If any provision is held invalid by a court, the remaining provisions shall not be affected.",
        ],
        counterExamples: [
            "The employee shall be paid during the term of the appointment.",
        ]
    )
}
