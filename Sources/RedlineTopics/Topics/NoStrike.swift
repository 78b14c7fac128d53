extension TopicDefinition {
    /// No strike / no lockout: strikes, work stoppages, lockouts and sympathy actions during the agreement.
    public static let noStrike = TopicDefinition(
        "no-strike",
        name: "No strike / no lockout",
        summary: "Strikes, work stoppages, lockouts and sympathy actions during the agreement.",
        headings: [
            "no strike",
            "no strikes",
            "no strike/no lockout",
            "no strike no lockout",
            "strikes",
            "work stoppage",
            "lockout",
            "concerted activity",
        ],
        phrases: [
            PhraseRule("strike", 3),
            PhraseRule("strikes", 3),
            PhraseRule("work stoppage", 3),
            PhraseRule("slowdown", 3),
            PhraseRule("sympathy strike", 3),
            PhraseRule("lockout", 3),
            PhraseRule("lock out", 3),
            PhraseRule("picket line", 3),
            PhraseRule("concerted refusal", 3),
            PhraseRule("withhold services", 2),
            PhraseRule("job action", 2.5),
        ],
        examples: [
            "During the term of this Agreement the Union shall not call or support any strike, slowdown or other work stoppage.",
            "The University shall not lock out employees during the term of this Agreement.",
        ],
        counterExamples: []
    )
}
