extension TopicDefinition {
    /// Overtime and premiums: pay for extra hours, call-back, on-call and shift differentials.
    public static let overtime = TopicDefinition(
        "overtime",
        name: "Overtime and premiums",
        summary: "Pay for extra hours, call-back, on-call and shift differentials.",
        headings: [
            "overtime",
            "premium pay",
            "premiums",
            "call-back",
            "callback",
            "on-call",
            "shift differential",
            "compensatory time",
        ],
        phrases: [
            PhraseRule("overtime", 3),
            PhraseRule("time and one-half", 3),
            PhraseRule("time and a half", 3),
            PhraseRule("one and one-half times", 3),
            PhraseRule("call-back", 3),
            PhraseRule("callback pay", 3),
            PhraseRule("on-call", 2.5),
            PhraseRule("standby", 2),
            PhraseRule("shift differential", 3),
            PhraseRule("compensatory time", 3),
            PhraseRule("premium pay", 2.5),
            PhraseRule("weekend differential", 3),
            PhraseRule("excess of forty", 2),
            PhraseRule("fair labor standards act", 2),
            PhraseRule("flsa", 2),
        ],
        examples: [
            "Hours worked beyond forty in a week shall be paid at one and one-half times the regular rate.",
            "An employee called back to work after leaving the premises shall receive at least two hours of call-back pay.",
        ],
        counterExamples: []
    )
}
