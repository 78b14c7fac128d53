import RedlineModel

/// A term defined ("“Appointment Period” means …") and never used anywhere else in the
/// documents checked together.
///
/// A definitions article checked alone defines terms for the rest of the contract, so its terms
/// are only judged when other articles are checked with it.
public struct UnusedTermRule: CheckRule {
    public static let id = "hygiene/unused-term"
    public static let defaultSeverity = Severity.note
    public static let summary = "A defined term is never used."
    public static let help = "Delete the definition, or use the term where the text means it."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 6\nWORKLOAD\n\nA. Definitions\n“Course Load” means the courses assigned to an ASE.\n\nB. Hours\nAn ASE works twenty (20) hours a week.\n",
            ],
            clean: [
                "ARTICLE 6\nWORKLOAD\n\nA. Definitions\n“Course Load” means the courses assigned to an ASE.\n\nB. Hours\nThe Course Load shall not exceed two courses.\n",
                "ARTICLE 2\nDEFINITIONS\n\nA. Terms\n“Course Load” means the courses assigned to an ASE.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        let articleCount = context.index.divisionCount
        let search = context.index.termSearch
        var findings: [Finding] = []
        var seen: Set<String> = []
        for definition in DefinedTerms.definitions(in: context.document) where definition.quoted {
            guard seen.insert(definition.term.lowercased()).inserted else { continue }
            if definition.inDefinitionsArticle && articleCount < 2 { continue }
            guard !DefinedTerms.isUsed(definition.term, in: search) else { continue }
            findings.append(
                finding(
                    "“\(definition.term)” is defined but never used; delete the definition or use the term",
                    at: definition.node, in: context))
        }
        return findings
    }
}
