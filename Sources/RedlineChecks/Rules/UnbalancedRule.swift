import Foundation
import RedlineModel

/// Parentheses, brackets or double quotes opened in a clause and never closed (or closed and
/// never opened).
public struct UnbalancedRule: CheckRule {
    public static let id = "hygiene/unbalanced"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A clause has unbalanced parentheses, brackets or quotation marks."
    public static let help = "Close the parenthesis, bracket or quotation, or remove the stray one; the reader cannot tell where it ends."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. General\nLeave (as approved by the department shall be paid.\n",
                "ARTICLE 4\nLEAVES\n\nA. General\nThe term “leave means an approved absence.\n",
                "ARTICLE 4\nLEAVES\n\nA. General\nLeave [as approved shall be paid.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. General\nLeave (as approved) shall be paid for: a) illness; b) injury; and (c) “family care.”\n",
            ]),
    ]

    public init() {}

    /// "a)", "ii)", "3)" run into text: enumerators, not closing parentheses.
    private static let enumerator = TextScan.regex(#"(?:^|[\s;:,])(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)"#)

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        context.document.walk { node, _ in
            for field in TextScan.fields(of: node) {
                if let problem = Self.problem(in: field) {
                    findings.append(finding("\(problem); close it or remove the stray mark", at: node, in: context))
                    break
                }
            }
            return .visitChildren
        }
        return findings
    }

    /// A description of the first imbalance in `text`, or nil.
    static func problem(in text: String) -> String? {
        var counts: [Character: Int] = [:]
        for character in text where "()[]{}“”\"".contains(character) { counts[character, default: 0] += 1 }
        guard !counts.isEmpty else { return nil }
        let open = counts["(", default: 0]
        var close = counts[")", default: 0]
        if close > open { close = max(open, close - TextScan.matches(enumerator, in: text).count) }
        if open != close {
            return "\(open) “(” but \(close) “)” in “\(TextScan.excerpt(text, limit: 60))”"
        }
        for (opening, closing) in [("[", "]"), ("{", "}")] as [(Character, Character)] where counts[opening, default: 0] != counts[closing, default: 0] {
            return "\(counts[opening, default: 0]) “\(opening)” but \(counts[closing, default: 0]) “\(closing)” in “\(TextScan.excerpt(text, limit: 60))”"
        }
        let quotes = counts["“", default: 0] + counts["”", default: 0] + counts["\"", default: 0]
        if quotes % 2 == 1 {
            return "an odd number of double quotation marks (\(quotes)) in “\(TextScan.excerpt(text, limit: 60))”"
        }
        return nil
    }
}
