extension TopicDefinition {
    /// Immigration and international workers: visas, work authorization, immigration proceedings and international workers.
    public static let immigration = TopicDefinition(
        "immigration",
        name: "Immigration and international workers",
        summary: "Visas, work authorization, immigration proceedings and international workers.",
        headings: [
            "immigration",
            "international employees",
            "international students",
            "international scholars",
            "visa",
            "visas",
            "work authorization",
            "foreign nationals",
            "international workers",
        ],
        phrases: [
            PhraseRule("immigration", 3),
            PhraseRule("visa", 3),
            PhraseRule("visas", 3),
            PhraseRule("work authorization", 3),
            PhraseRule("employment authorization", 3),
            PhraseRule("work permit", 2.5),
            PhraseRule("f-1", 3),
            PhraseRule("j-1", 3),
            PhraseRule("h-1b", 3),
            PhraseRule("opt", 1.5),
            PhraseRule("curricular practical training", 3),
            PhraseRule("optional practical training", 3),
            PhraseRule("consular", 3),
            PhraseRule("international student", 2.5),
            PhraseRule("international employee", 3),
            PhraseRule("sevis", 3),
            PhraseRule("i-9", 2.5),
            PhraseRule("citizenship", 1.5),
            PhraseRule("immigration status", 3),
            PhraseRule("deportation", 3),
            PhraseRule("removal proceedings", 3),
            PhraseRule("travel ban", 3),
            PhraseRule("reentry", 2),
            PhraseRule("dhs", 2),
            PhraseRule("uscis", 3),
        ],
        examples: [
            "If an employee cannot begin work because of a delay in processing a visa, the University shall hold the appointment for up to thirty days.",
            "An employee may take unpaid leave to attend immigration proceedings or to renew work authorization.",
        ],
        counterExamples: [
            "The employee shall provide proof of vaccination.",
        ]
    )
}
