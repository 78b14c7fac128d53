extension TopicDefinition {
    /// Classification and reclassification: job titles, their duties and levels, and requests to change them.
    public static let classification = TopicDefinition(
        "classification",
        name: "Classification and reclassification",
        summary: "Job titles, their duties and levels, and requests to change them.",
        headings: [
            "classification",
            "reclassification",
            "classifications",
            "titles",
            "job descriptions",
            .weak("job titles"),
        ],
        phrases: [
            PhraseRule("classification", 2.5, unless: ["student classification"]),
            PhraseRule("reclassification", 3),
            PhraseRule("reclassified", 3),
            PhraseRule("job description", 2.5),
            PhraseRule("class specification", 3),
            PhraseRule("title code", 2.5),
            PhraseRule("working out of class", 3),
            PhraseRule("out-of-class", 3),
            PhraseRule("higher classification", 3),
            PhraseRule("duties of the title", 2),
            PhraseRule("classification review", 3),
            PhraseRule("series", 0.5),
            PhraseRule("level of the title", 2),
        ],
        examples: [
            "An employee who believes the assigned duties match a higher classification may ask for a classification review.",
            "When duties are substantially changed, the position shall be reclassified and the new title code recorded.",
        ],
        counterExamples: [
            "Classes cancelled for low enrollment shall be reported to the Union.",
        ]
    )
}
