extension TopicDefinition {
    /// Grievance and arbitration: how disputes about the contract are raised, appealed and decided.
    public static let grievanceArbitration = TopicDefinition(
        "grievance-arbitration",
        name: "Grievance and arbitration",
        summary: "How disputes about the contract are raised, appealed and decided.",
        headings: [
            "grievance",
            "grievances",
            "grievance procedure",
            "grievance and arbitration",
            "arbitration",
            "dispute resolution",
            "complaint resolution",
            "grievance form",
        ],
        phrases: [
            PhraseRule("grievance", 3),
            PhraseRule("grievances", 3),
            PhraseRule("grievant", 3),
            PhraseRule("arbitration", 3),
            PhraseRule("arbitrator", 3),
            PhraseRule("arbitrable", 3),
            PhraseRule("grievable", 3),
            PhraseRule("non-grievable", 3),
            PhraseRule("nongrievable", 3),
            PhraseRule("grievance procedure", 3),
            PhraseRule("step 1", 2),
            PhraseRule("step 2", 2),
            PhraseRule("step 3", 2),
            PhraseRule("informal resolution", 2),
            PhraseRule("dispute resolution", 2),
            PhraseRule("mediation", 1.5),
            PhraseRule("remedy", 1.5),
            PhraseRule("binding", 1),
            PhraseRule("not subject to the grievance", 3),
            PhraseRule("not subject to arbitration", 3),
            PhraseRule("hearing officer", 2),
            PhraseRule("timelines", 1),
            PhraseRule("final and binding", 3),
        ],
        examples: [
            "A grievance must be filed within thirty calendar days after the grievant knew of the act or omission.",
            "Disputes under this Section are not subject to arbitration.",
        ],
        counterExamples: [
            "The employee may appeal the denial of a parking permit to the Transportation Office.",
        ]
    )
}
