extension TopicDefinition {
    /// Posting and selection: advertising vacancies and choosing among applicants.
    public static let postingSelection = TopicDefinition(
        "posting-selection",
        name: "Posting and selection",
        summary: "Advertising vacancies and choosing among applicants.",
        headings: [
            "posting",
            "posting and selection",
            "vacancies",
            "selection",
            "hiring",
            "recruitment",
            .weak("applications"),
        ],
        phrases: [
            PhraseRule("job posting", 3),
            PhraseRule("posting period", 3),
            PhraseRule("notice of vacancy", 3),
            PhraseRule("vacancy", 2.5),
            PhraseRule("vacancies", 2.5),
            PhraseRule("selection criteria", 3),
            PhraseRule("selection process", 2.5),
            PhraseRule("qualified applicant", 2.5),
            PhraseRule("applicant", 1.5),
            PhraseRule("apply for", 1),
            PhraseRule("application deadline", 2.5),
            PhraseRule("hiring decision", 2.5),
            PhraseRule("preference in hiring", 3),
            PhraseRule("recruitment", 2),
            PhraseRule("position announcement", 3),
            PhraseRule("advertise", 2),
        ],
        examples: [
            "Departments shall post each vacancy for at least fourteen days, stating the duties, qualifications and selection criteria.",
            "Qualified applicants who previously held the title shall be given preference in hiring.",
        ],
        counterExamples: [
            "The University shall post the holiday schedule on its website.",
        ]
    )
}
