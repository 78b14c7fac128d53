import Foundation
import RedlineModel

/// One document counting time limits in different words for the same unit: "ten (10) working
/// days" here, "five (5) business days" there, "three workdays" elsewhere.
///
/// Only counted limits are compared ("within ten (10) working days", not "the following business
/// day"). Calendar days are a different unit and may be mixed on purpose; working, work and
/// business days are one unit under three names, which invites an argument over which days count.
public struct DayUnitsRule: CheckRule {
    public static let id = "numbers/day-units"
    public static let defaultSeverity = Severity.warning
    public static let summary = "Time limits in one document use different words for working days (working / business / work days)."
    public static let help = "Use one term for the same kind of day throughout, as the definitions article defines it."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 12\nGRIEVANCE\n\nA. Filing\nWithin ten (10) working days.\n\nB. Answer\nWithin five (5) business days.\n\nC. Appeal\nWithin fifteen (15) working days.\n",
            ],
            clean: [
                "ARTICLE 12\nGRIEVANCE\n\nA. Filing\nWithin ten (10) working days.\n\nB. Answer\nWithin thirty (30) calendar days, or on the following business day.\n",
            ]),
    ]

    public init() {}

    /// A count (digits, words or "ten (10)") and then the unit.
    private static let pattern = TextScan.regex(
        #"\b(\d+|[a-z]+(?:-[a-z]+)?)\s*(?:\(\d+\)\s*)?(working|work|business|calendar)[\s-]?days?\b"#,
        caseInsensitive: true)

    public func check(_ context: CheckContext) -> [Finding] {
        var uses: [(unit: String, text: String, node: ClauseNode)] = []
        context.document.walk { node, _ in
            // Only "working", "work" and "business" days are counted; skip the regex unless one may be there.
            for field in TextScan.fields(of: node)
            where TextScan.mayContain(field, ["day"], ignoringCase: true)
                && TextScan.mayContain(field, ["work", "business"], ignoringCase: true)
            {
                for match in TextScan.matches(Self.pattern, in: field) {
                    let count = match.groups[1]
                    guard count.first?.isNumber == true || NumberWords.isNumberWord(count.lowercased().split(separator: "-").first.map(String.init) ?? "")
                    else { continue }
                    let unit = match.groups[2].lowercased()
                    guard unit != "calendar" else { continue }
                    uses.append((unit, match.groups[0], node))
                }
            }
            return .visitChildren
        }
        let counts = Dictionary(grouping: uses, by: \.unit).mapValues(\.count)
        guard counts.count > 1, let main = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return [] }
        return uses.filter { $0.unit != main.key }.map { use in
            finding(
                "“\(TextScan.excerpt(use.text))” counts \(use.unit) days, but this document counts \(main.key) days "
                    + "\(main.value) time\(main.value == 1 ? "" : "s"); use one term for the same unit",
                at: use.node, in: context)
        }
    }
}
