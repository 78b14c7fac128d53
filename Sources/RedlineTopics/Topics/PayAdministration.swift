extension TopicDefinition {
    /// Pay administration: when and how pay is delivered, and fixing pay errors.
    public static let payAdministration = TopicDefinition(
        "pay-administration",
        name: "Pay administration",
        summary: "When and how pay is delivered, and fixing pay errors.",
        headings: [
            "pay administration",
            "payroll",
            "pay practices",
            "payment of wages",
            .weak("payment"),
            "pay errors",
            "overpayments",
        ],
        phrases: [
            PhraseRule("pay date", 3),
            PhraseRule("payday", 3),
            PhraseRule("paycheck", 2),
            PhraseRule("payroll error", 3),
            PhraseRule("pay error", 3),
            PhraseRule("underpayment", 3),
            PhraseRule("overpayment", 3),
            PhraseRule("direct deposit", 2.5),
            PhraseRule("pay stub", 2.5),
            PhraseRule("earnings statement", 2.5),
            PhraseRule("timely payment", 3),
            PhraseRule("late payment", 2.5),
            PhraseRule("repayment plan", 3),
            PhraseRule("paid on the", 1),
            PhraseRule("pay cycle", 2.5),
            PhraseRule("monthly pay", 1.5),
            PhraseRule("off-cycle", 3),
        ],
        examples: [
            "If an employee is underpaid because of a payroll error, the University shall issue an off-cycle check within five working days.",
            "An overpayment shall be recovered through a repayment plan agreed with the employee.",
        ],
        counterExamples: []
    )
}
