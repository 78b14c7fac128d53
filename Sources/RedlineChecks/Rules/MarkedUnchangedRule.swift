import RedlineModel

/// With `--against CURRENT`: underline on text the current contract already has, or
/// strike-through on text it does not have.
public struct MarkedUnchangedRule: CheckRule {
    public static let id = "markup/marked-unchanged"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A marked-up proposal marks text as changed that the current contract already reads the same."
    public static let help = "Remove the underline or strike-through; the other side will ask what changed."
    public static let examples = [
        RuleExample(
            triggering: [
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within thirty (30) days <u>of the event</u>.</p></body></html>",
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within thirty (30) days of the event<s>, in writing</s>.</p></body></html>",
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p><u>A. A grievance shall be filed within thirty (30) days of the event.</u></p></body></html>",
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within thirty (30) days of the event.</p>"
                    + "<p><s>B. The Union may appeal within ten (10) days.</s></p></body></html>",
            ],
            clean: [
                "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within <s>thirty (30)</s> <u>forty-five (45)</u> days of the event.</p></body></html>",
            ],
            current: "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. A grievance shall be filed within thirty (30) days of the event.</p></body></html>"),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        return audit.issues.filter { $0.kind == .markedUnchanged }.map {
            finding($0.message, at: $0.node, in: context)
        }
    }
}
