extension TopicDefinition {
    /// Health and safety: safe working conditions, hazards, protective equipment and injuries at work.
    public static let healthSafety = TopicDefinition(
        "health-safety",
        name: "Health and safety",
        summary: "Safe working conditions, hazards, protective equipment and injuries at work.",
        headings: [
            "work-incurred injury",
            "work incurred injury",
            "workplace injury",
            "industrial injury",
            "workers' compensation",
            "workers compensation",
            "health and safety",
            "safety",
            "workplace safety",
            "safe working conditions",
            "hazards",
            "occupational health",
        ],
        phrases: [
            PhraseRule("safety", 2, unless: ["public safety officer"]),
            PhraseRule("safe working", 3),
            PhraseRule("unsafe", 3),
            PhraseRule("hazard", 2.5),
            PhraseRule("hazardous", 2.5),
            PhraseRule("protective equipment", 3),
            PhraseRule("ppe", 3),
            PhraseRule("exposure", 2),
            PhraseRule("injury", 1.5),
            PhraseRule("injured", 1.5),
            PhraseRule("workers' compensation", 2.5),
            PhraseRule("workers compensation", 2.5),
            PhraseRule("ergonomic", 2.5),
            PhraseRule("chemical", 1.5),
            PhraseRule("laboratory safety", 3),
            PhraseRule("safety training", 3),
            PhraseRule("emergency", 1),
            PhraseRule("osha", 3),
            PhraseRule("heat", 1),
            PhraseRule("ventilation", 2),
        ],
        examples: [
            "No employee shall be required to work in conditions the employee reasonably believes to be unsafe.",
            "The University shall provide protective equipment required for hazardous laboratory work at no cost.",
        ],
        counterExamples: []
    )
}
