import RedlineModel

/// With `--against CURRENT`: a proposal that marks its changes (underline = added,
/// strike-through = deleted) but changes text somewhere without marking it. The most
/// embarrassing error at the table.
public struct UnmarkedChangeRule: CheckRule {
    public static let id = "markup/unmarked-change"
    public static let defaultSeverity = Severity.error
    public static let summary = "A marked-up proposal changes current contract text without underline or strike-through."
    public static let help = "Underline added text and strike deleted text, or restore the current contract's wording."
    public static let examples = [
        RuleExample(
            triggering: [
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within <s>thirty (30)</s> <u>forty-five (45)</u> days.</p>"
                    + "<p>B. The Union may appeal within fifteen (15) days.</p></body></html>",
            ],
            clean: [
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within <s>thirty (30)</s> <u>forty-five (45)</u> days.</p>"
                    + "<p>B. The Union may appeal within ten (10) days.</p></body></html>",
            ],
            current: "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within thirty (30) days.</p>"
                + "<p>B. The Union may appeal within ten (10) days.</p></body></html>"),
        // Headings underlined as a style beside real markup: only the unmarked "twelve (12)" is reported.
        RuleExample(
            triggering: [
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. <u>Filing</u></p><p>A grievance is filed within "
                    + "<s>thirty (30)</s> <u>forty (40)</u> days.</p><p>B. <u>Appeals</u></p><p>Appeals are due within twelve (12) days.</p></body></html>",
            ],
            clean: [
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. <u>Filing</u></p><p>A grievance is filed within "
                    + "<s>thirty (30)</s> <u>forty (40)</u> days.</p><p>B. <u>Appeals</u></p><p>Appeals are due within ten (10) days.</p></body></html>",
            ],
            current: "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. Filing</p><p>A grievance is filed within thirty (30) days.</p>"
                + "<p>B. Appeals</p><p>Appeals are due within ten (10) days.</p></body></html>"),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        return audit.issues.filter { $0.kind == .unmarked }.map {
            finding($0.message, at: $0.node, in: context)
        }
    }
}
