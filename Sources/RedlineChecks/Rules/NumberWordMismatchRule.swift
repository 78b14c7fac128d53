import Foundation
import RedlineModel

/// A number written in words and in digits that disagree: "ten (11) working days",
/// "fifteen percent (16%)", "one hundred fifty dollars ($105)".
public struct NumberWordMismatchRule: CheckRule {
    public static let id = "numbers/word-mismatch"
    public static let defaultSeverity = Severity.error
    public static let summary = "A number in words disagrees with the digits beside it (“ten (11)”)."
    public static let help = "Make the words and the digits say the same number; the parties will argue over which one binds."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 12\nGRIEVANCE\n\nA. Filing\nA grievance shall be filed within ten (11) working days.\n",
                "ARTICLE 22\nWAGES\n\nA. Increase\nSalaries increase by fifteen percent (16%) and by one hundred twenty (102) dollars.\n",
                "ARTICLE 22\nWAGES\n\nA. Stipend\nA one hundred dollar ($110) stipend is paid.\n",
            ],
            clean: [
                "ARTICLE 12\nGRIEVANCE\n\nA. Filing\nA grievance shall be filed within ten (10) working days, thirty (30) calendar days, "
                    + "one hundred twenty (120) days, fifteen (15%) percent, twenty-five (25) hours or one thousand five hundred dollars ($1,500).\n",
            ]),
    ]

    public init() {}

    private static let wordPattern =
        "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)"
    /// Number words, an optional unit word, then digits in parentheses.
    private static let pattern = TextScan.regex(
        "\\b(\(wordPattern)(?:(?:[\\s\\-‐‑]+|\\s+and\\s+)\(wordPattern))*)\\s*(percent|per cent|dollars?)?\\s*\\(\\s*(\\$?)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(%|percent)?\\s*\\)",
        caseInsensitive: true)

    /// The pattern needs "(" followed by spaces, "$" and then a digit: most clauses have none, and
    /// the regular expression is not run on them. Anything not ASCII after "(" (another kind of
    /// space) lets the pattern decide.
    ///
    /// - Complexity: O(*n*) on the bytes.
    static func mayHoldDigitsInParentheses(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                defer { index += 1 }
                guard utf8[index] == 0x28 else { continue }
                var next = index + 1
                while next < utf8.count, [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x24].contains(utf8[next]) { next += 1 }
                if next < utf8.count, (utf8[next] >= 0x30 && utf8[next] <= 0x39) || utf8[next] >= 0x80 { return true }
            }
            return false
        }
    }

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        context.document.walk { node, _ in
            for field in TextScan.fields(of: node) where Self.mayHoldDigitsInParentheses(field) {
                for match in TextScan.matches(Self.pattern, in: field) {
                    guard let words = NumberWords.valueOfLongestNumber(endingPhrase: match.groups[1]),
                        let digits = Double(match.groups[4].replacingOccurrences(of: ",", with: ""))
                    else { continue }
                    if Double(words) != digits {
                        findings.append(
                            finding(
                                "“\(match.groups[0])” says \(words) in words but \(match.groups[4]) in digits; "
                                    + "make them agree",
                                at: node, in: context))
                    }
                }
            }
            return .visitChildren
        }
        return findings
    }
}
