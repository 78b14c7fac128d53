import Foundation
import RedlineModel

/// Drafting placeholders left in the text: "[TBD]", "XX days", "$XX", "___ days", "[insert date]".
///
/// Blank lines of forms ("Signature: ________") in appendices and after a label are not
/// placeholders; `placeholders: allow:` in the configuration allows more.
public struct PlaceholderRule: CheckRule {
    public static let id = "hygiene/placeholder"
    public static let defaultSeverity = Severity.error
    public static let summary = "A drafting placeholder is left in the text ([TBD], XX, ___)."
    public static let help = "Fill in the placeholder before the proposal goes across the table, or allow it in .redline.yml."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 22\nWAGES\n\nA. Increase\nSalaries increase by XX% on July 1.\n",
                "ARTICLE 22\nWAGES\n\nA. Increase\nThe stipend is [TBD].\n",
                "ARTICLE 22\nWAGES\n\nA. Increase\nWithin ___ days of ratification.\n",
            ],
            clean: [
                "ARTICLE 22\nWAGES\n\nA. Increase\nSalaries increase by 3% on July 1, as Article XX provides.\n",
                "ARTICLE 22\nWAGES\n\nA. Increase\nGrants under title XX of the Social Security Act are not income.\n",
                "ARTICLE 22\nWAGES\n\nA. Increase\nThe increase applies.\n\nSignature: ________ Date: ________\n",
            ]),
    ]

    public init() {}

    private static let patterns: [NSRegularExpression] = [
        TextScan.regex(#"\[\s*(?:TBD|TBA|TBC|TK|X{2,}|\?+|insert\b[^\]]{0,40}|date|name|amount|number|●|•|…|\.\.\.)\s*\]"#, caseInsensitive: true),
        TextScan.regex(#"\b(?:TBD|TBA|TBC)\b"#),
        TextScan.regex(#"(?<![A-Za-z])\$?X{2,}(?:\.X+)?%?(?![A-Za-z])"#),
        TextScan.regex(#"(?<![A-Za-z0-9])(?:19|20)XX\b"#),
        TextScan.regex(#"_{3,}"#),
        TextScan.regex(#"«[^»]{0,40}»|<<[^>]{0,40}>>"#),
    ]
    /// What each of ``patterns`` cannot match without (one of these bytes or strings), tested on
    /// the bytes first.
    private static let required: [[StaticString]] = [["["], ["TB"], ["XX"], ["XX"], ["___"], ["«", "<<"]]
    private static let formLabel = TextScan.regex(
        #"(?:[:]|\b(?:signature|signed|sign|date|dated|name|title|by|initials?|print(?:ed)?|department|phone|email|address|witness|employee|supervisor|representative|id|no\.?))\s*$"#,
        caseInsensitive: true)
    private static let labelAfter = TextScan.regex(
        #"^\s*(?:signature|signed|date|dated|name|title|initials?|print(?:ed)?|for the)\b"#, caseInsensitive: true)
    /// "Article XX", "title XX of the Social Security Act": a roman twenty, not a placeholder.
    private static let divisionBefore = TextScan.regex(
        #"\b(?:article|section|appendix|chapter|title|subtitle|part|division|schedule|step|level)\s*$"#,
        caseInsensitive: true)

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for top in context.document.children {
            // Appendices, side letters and unnumbered divisions are often forms and form letters,
            // whose blanks and «Name» fields are meant to stay.
            let heading = top.headingText.lowercased()
            let isForm = top.kind == .appendix || top.kind == .sideLetter || top.number == nil
                || ["form", "template", "sample", "letter"].contains { heading.contains($0) }
            top.walk { node, _ in
                for field in TextScan.fields(of: node) {
                    for placeholder in placeholders(in: field, allowBlankLines: isForm)
                    where !context.configuration.allows(placeholder: placeholder)
                        && !(placeholder.allSatisfy { $0 == "_" } && context.configuration.allows(placeholder: "___"))
                    {
                        findings.append(
                            finding(
                                "placeholder “\(placeholder)” left in “\(TextScan.excerpt(field, limit: 50))”; fill it in before the proposal is passed",
                                at: node, in: context))
                    }
                }
                return .visitChildren
            }
        }
        return findings
    }

    /// The placeholders in `text`.
    func placeholders(in text: String, allowBlankLines: Bool) -> [String] {
        var found: [String] = []
        // Ranges already reported, sorted and disjoint, so that an overlap is found by binary search
        // (a clause full of placeholders was quadratic).
        var covered: [Range<String.Index>] = []
        func isCovered(_ range: Range<String.Index>) -> Bool {
            var low = 0, high = covered.count
            while low < high {
                let middle = (low + high) / 2
                if covered[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            // `low` is the first range ending after `range` starts; it overlaps when it starts before `range` ends.
            return low < covered.count && covered[low].overlaps(range)
        }
        for (index, pattern) in Self.patterns.enumerated() where TextScan.mayContain(text, Self.required[index]) {
            var added: [Range<String.Index>] = []
            defer { covered = (covered + added).sorted { $0.lowerBound < $1.lowerBound } }
            for match in TextScan.matches(pattern, in: text) where !isCovered(match.range) {
                let before = String(text[..<match.range.lowerBound].suffix(40))
                if index == 2, !TextScan.matches(Self.divisionBefore, in: before).isEmpty { continue }  // "Article XX"
                if index == 5, allowBlankLines { continue }  // «Name» fields of a form letter in an appendix
                if index == 4 {
                    if allowBlankLines || !TextScan.matches(Self.formLabel, in: before).isEmpty { continue }
                    // A signature block: blanks at the start of the line, or before a form label.
                    if before.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                    let after = String(text[match.range.upperBound...].prefix(20))
                    if after.trimmingCharacters(in: .whitespaces).hasPrefix(":")
                        || !TextScan.matches(Self.labelAfter, in: after).isEmpty
                    { continue }
                }
                added.append(match.range)
                found.append(match.groups[0])
            }
        }
        return found
    }
}
