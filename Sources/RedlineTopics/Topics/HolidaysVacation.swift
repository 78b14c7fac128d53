extension TopicDefinition {
    /// Holidays and vacation: paid holidays, vacation and paid time off.
    public static let holidaysVacation = TopicDefinition(
        "holidays-vacation",
        name: "Holidays and vacation",
        summary: "Paid holidays, vacation and paid time off.",
        headings: [
            "personal time off",
            "personal time",
            "annual leave",
            "holidays",
            "holiday",
            "vacation",
            "paid time off",
            "holidays and vacation",
            "time off",
        ],
        phrases: [
            PhraseRule("holiday", 3),
            PhraseRule("holidays", 3),
            PhraseRule("vacation", 3),
            PhraseRule("paid time off", 3),
            PhraseRule("pto", 2.5),
            PhraseRule("accrue vacation", 3),
            PhraseRule("vacation accrual", 3),
            PhraseRule("winter closure", 2.5),
            PhraseRule("campus closure", 2),
            PhraseRule("observed", 1),
            PhraseRule("personal day", 2.5),
            PhraseRule("floating holiday", 3),
        ],
        examples: [
            "The following days are paid holidays: New Year’s Day, Independence Day, Thanksgiving Day and the day after.",
            "Employees shall accrue eight hours of vacation for each full month of service.",
        ],
        counterExamples: []
    )
}
