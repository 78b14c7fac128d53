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
                "<html><body><h1>ARTICLE 25</h1><h2>OFFICES</h2><table><tr><td>Irvine</td><td>conduct@uci.edu (for</td></tr>"
                    + "<tr><td></td><td>students)</td></tr></table></body></html>",
            ]),
    ]

    public init() {}

    /// "a)", "ii)", "3)" run into text: enumerators, not closing parentheses.
    private static let enumerator = TextScan.regex(#"(?:^|[\s;:,])(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)"#)

    public func check(_ context: CheckContext) -> [Finding] {
        // Each node's first imbalance, in document order.
        var problems: [(node: ClauseNode, balance: Balance, ordinal: Int)] = []
        var ordinal = 0
        context.document.walk { node, _ in
            ordinal += 1
            // A table is judged as a whole: a parenthesis may open in one cell and close in the next row.
            let fields = [node.heading?.plainText, node.text.plainText, node.table?.plainText].compactMap { $0 }.filter { !$0.isEmpty }
            for field in fields {
                let balance = Self.balance(of: field)
                if !balance.isBalanced {
                    problems.append((node, balance, ordinal))
                    break
                }
            }
            return .visitChildren
        }
        // A paragraph split over blocks (PDF lines, the cells of a table read row by row) opens in one
        // block and closes in one of the next few: together they are balanced.
        var skip = Set<Int>()
        for index in problems.indices where !skip.contains(index) {
            for later in problems.indices.dropFirst(index + 1) {
                guard problems[later].ordinal - problems[index].ordinal <= 4 else { break }
                if !skip.contains(later), problems[index].balance.cancels(problems[later].balance) {
                    skip.formUnion([index, later])
                    break
                }
            }
        }
        return problems.indices.filter { !skip.contains($0) }.map { index in
            let (node, balance, _) = problems[index]
            return finding("\(balance.description); close it or remove the stray mark", at: node, in: context)
        }
    }

    /// Counts of opening and closing marks in one field.
    struct Balance {
        var parentheses = 0, brackets = 0, braces = 0, quotes = 0
        var text = ""
        var opened = 0, closed = 0

        var isBalanced: Bool { parentheses == 0 && brackets == 0 && braces == 0 && quotes % 2 == 0 }

        /// True when `next` closes what this one leaves open (or the other way round).
        func cancels(_ next: Balance) -> Bool {
            parentheses + next.parentheses == 0 && brackets + next.brackets == 0 && braces + next.braces == 0
                && (quotes + next.quotes) % 2 == 0
        }

        var description: String {
            if parentheses != 0 { return "\(opened) “(” but \(closed) “)” in “\(TextScan.excerpt(text, limit: 60))”" }
            if brackets != 0 { return "unbalanced square brackets in “\(TextScan.excerpt(text, limit: 60))”" }
            if braces != 0 { return "unbalanced braces in “\(TextScan.excerpt(text, limit: 60))”" }
            return "an odd number of double quotation marks (\(quotes)) in “\(TextScan.excerpt(text, limit: 60))”"
        }
    }

    /// The balance of `text`: enumerators such as "a)" do not count as closing parentheses.
    static func balance(of text: String) -> Balance {
        // Count on scalars, not Characters: this runs on every clause of a contract.
        var open = 0, close = 0, bracketOpen = 0, bracketClose = 0, braceOpen = 0, braceClose = 0, quotes = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(": open += 1
            case ")": close += 1
            case "[": bracketOpen += 1
            case "]": bracketClose += 1
            case "{": braceOpen += 1
            case "}": braceClose += 1
            case "\u{201C}", "\u{201D}", "\"": quotes += 1
            default: break
            }
        }
        var balance = Balance()
        balance.text = text
        guard open + close + bracketOpen + bracketClose + braceOpen + braceClose + quotes > 0 else { return balance }
        if close > open { close = max(open, close - TextScan.matches(enumerator, in: text).count) }
        balance.opened = open
        balance.closed = close
        balance.parentheses = open - close
        balance.brackets = bracketOpen - bracketClose
        balance.braces = braceOpen - braceClose
        balance.quotes = quotes
        return balance
    }
}
