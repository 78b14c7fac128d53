extension TopicDefinition {
    /// Union security and dues: union membership, dues and fee deductions, and the employer's part in them.
    public static let unionSecurity = TopicDefinition(
        "union-security",
        name: "Union security and dues",
        summary: "Union membership, dues and fee deductions, and the employer's part in them.",
        headings: [
            "union security",
            "dues",
            "dues deduction",
            "payroll deduction",
            "union membership",
            .weak("membership"),
            "check-off",
            "checkoff",
        ],
        phrases: [
            PhraseRule("dues", 2.5),
            PhraseRule("dues deduction", 3),
            PhraseRule("payroll deduction", 2),
            PhraseRule("deduct", 1, unless: ["overpayment", "error"]),
            PhraseRule("fair share", 3),
            PhraseRule("agency fee", 3),
            PhraseRule("membership", 1.5, unless: ["committee"]),
            PhraseRule("hold harmless", 2.5),
            PhraseRule("indemnify", 1.5),
            PhraseRule("revoke", 1),
            PhraseRule("authorization card", 2),
            PhraseRule("deduction authorization", 3),
            PhraseRule("remit", 1.5),
            PhraseRule("initiation fee", 3),
        ],
        examples: [
            "Upon written authorization from an employee, the University shall deduct union dues from each paycheck and remit them monthly.",
            "The Union shall indemnify and hold the University harmless against any claim arising from dues deductions.",
        ],
        counterExamples: [
            "The amount due shall be paid within thirty days of the request.",
        ]
    )
}
