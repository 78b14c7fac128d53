extension TopicDefinition {
    /// Fee and tuition remission: remission of tuition and fees for employees who are students.
    public static let feeRemission = TopicDefinition(
        "fee-remission",
        name: "Fee and tuition remission",
        summary: "Remission of tuition and fees for employees who are students.",
        headings: [
            "fee remission",
            "tuition remission",
            "fee and tuition remission",
            "tuition",
            "fees",
            "tuition waiver",
        ],
        phrases: [
            PhraseRule("fee remission", 3),
            PhraseRule("tuition remission", 3),
            PhraseRule("tuition waiver", 3),
            PhraseRule("remission", 2),
            PhraseRule("tuition", 2),
            PhraseRule("nonresident supplemental tuition", 3),
            PhraseRule("nonresident tuition", 3),
            PhraseRule("student services fee", 2.5),
            PhraseRule("campus fees", 2),
            PhraseRule("mandatory fees", 2.5),
            PhraseRule("registration fees", 2),
            PhraseRule("fee waiver", 3),
        ],
        examples: [
            "An employee appointed at twenty-five percent or more shall receive full remission of tuition and mandatory fees.",
            "Nonresident supplemental tuition shall also be remitted for employees who hold the appointment for the whole term.",
        ],
        counterExamples: []
    )
}
