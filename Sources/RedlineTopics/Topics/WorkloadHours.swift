extension TopicDefinition {
    /// Workload and hours: hours of work, workload, class sizes and schedules.
    public static let workloadHours = TopicDefinition(
        "workload-hours",
        name: "Workload and hours",
        summary: "Hours of work, workload, class sizes and schedules.",
        headings: [
            "time and effort",
            "hours and workload",
            "work hours",
            "workload",
            "hours of work",
            "hours",
            "work schedule",
            "scheduling",
            "work week",
            "class size",
            .weak("assignments"),
        ],
        phrases: [
            PhraseRule("workload", 2.5),
            PhraseRule("hours per week", 2.5),
            PhraseRule("hours of work", 2.5),
            PhraseRule("work schedule", 2),
            PhraseRule("class size", 3),
            PhraseRule("number of students", 1.5),
            PhraseRule("excess hours", 2),
            PhraseRule("exceed the hours", 2.5),
            PhraseRule("workload estimate", 3),
            PhraseRule("workload review", 3),
            PhraseRule("hours worked", 1.5),
            PhraseRule("average of", 0.5),
            PhraseRule("quarter or semester", 0.5),
            PhraseRule("sections", 0.5),
            PhraseRule("grading", 1),
            PhraseRule("contact hours", 2),
            PhraseRule("meal break", 2),
            PhraseRule("rest period", 2),
        ],
        examples: [
            "No employee shall be required to work more than the hours per week stated in the appointment letter.",
            "The supervisor shall prepare a workload estimate for the term, listing the hours expected for grading and office hours.",
        ],
        counterExamples: []
    )
}
