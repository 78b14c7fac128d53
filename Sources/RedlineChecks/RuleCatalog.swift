/// Every rule Redline knows, in the order of the documentation.
public enum RuleCatalog {
    /// All rules.
    public static let all: [any CheckRule.Type] = [
        NumberingGapRule.self,
        NumberingDuplicateRule.self,
        NumberingOrderRule.self,
        NumberingMixedSchemeRule.self,
        NumberingContentsMismatchRule.self,
        ReferenceMissingRule.self,
        ReferenceNotInSetRule.self,
        ReferenceNameMismatchRule.self,
        NumberWordMismatchRule.self,
        DayUnitsRule.self,
        TableTotalRule.self,
        EmptyClauseRule.self,
        UnbalancedRule.self,
        PlaceholderRule.self,
        DuplicateHeadingRule.self,
        UndefinedTermRule.self,
        UnusedTermRule.self,
        UnmarkedChangeRule.self,
        MarkedUnchangedRule.self,
    ]

    /// The ids of all rules.
    public static var ids: [String] { all.map { $0.id } }

    /// The rule with `id`, if any.
    public static func rule(withID id: String) -> (any CheckRule.Type)? {
        all.first { $0.id == id }
    }
}
