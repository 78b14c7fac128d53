extension TopicDefinition {
    /// Childcare and family: childcare, dependent care, lactation and family-friendly support.
    public static let childcareFamily = TopicDefinition(
        "childcare-family",
        name: "Childcare and family",
        summary: "Childcare, dependent care, lactation and family-friendly support.",
        headings: [
            "childcare",
            "child care",
            "family support",
            "dependent care",
            "lactation",
            "family-friendly",
            "families",
        ],
        phrases: [
            PhraseRule("childcare", 3),
            PhraseRule("child care", 3),
            PhraseRule("dependent care", 3),
            PhraseRule("lactation", 3),
            PhraseRule("nursing mothers", 3),
            PhraseRule("breastfeeding", 3),
            PhraseRule("childcare subsidy", 3),
            PhraseRule("reimbursement for childcare", 3),
            PhraseRule("child care center", 3),
            PhraseRule("family housing", 2),
            PhraseRule("caregiver", 1.5),
            PhraseRule("children", 1),
            PhraseRule("daycare", 3),
            PhraseRule("pumping", 2.5),
        ],
        examples: [
            "The University shall reimburse childcare costs of up to two thousand dollars a term for each eligible employee.",
            "Each building shall have a clean, private lactation space with a lock, seating and an electrical outlet.",
        ],
        counterExamples: []
    )
}
