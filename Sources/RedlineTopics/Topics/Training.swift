extension TopicDefinition {
    /// Training and professional development: required training, orientation and professional development.
    public static let training = TopicDefinition(
        "training",
        name: "Training and professional development",
        summary: "Required training, orientation and professional development.",
        headings: [
            "orientation and training",
            "training and orientation",
            "training",
            "professional development",
            "orientation",
            .weak("development"),
            "career development",
            "education",
        ],
        phrases: [
            PhraseRule("training", 2.5, unless: ["safety training", "title ix"]),
            PhraseRule("professional development", 3),
            PhraseRule("career development", 3),
            PhraseRule("orientation", 1.5, unless: ["union orientation", "sexual orientation"]),
            PhraseRule("paid for the time", 1),
            PhraseRule("workshop", 2),
            PhraseRule("mandatory training", 3),
            PhraseRule("teaching certificate", 2.5),
            PhraseRule("conference", 1.5),
            PhraseRule("mentoring", 2),
            PhraseRule("skills", 1),
            PhraseRule("pedagog", 2),
        ],
        examples: [
            "Time spent in training that the University requires shall be paid at the employee’s regular rate.",
            "Each employee may spend up to forty hours a year on professional development.",
        ],
        counterExamples: []
    )
}
