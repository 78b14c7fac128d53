import Foundation
import RedlineModel

/// A table whose total row (or total column) is not the sum of what it totals: percentages that
/// do not add up to the stated 100%, amounts that do not add up to the stated total.
public struct TableTotalRule: CheckRule {
    public static let id = "numbers/table-total"
    public static let defaultSeverity = Severity.error
    public static let summary = "A table's stated total is not the sum of its rows (or columns)."
    public static let help = "Recompute the total, or correct the figure that changed."
    public static let examples = [
        RuleExample(
            triggering: [
                "<html><body><h1>ARTICLE 22</h1><h2>WAGES</h2><table><tr><th>Item</th><th>Share</th></tr>"
                    + "<tr><td>Salary</td><td>60%</td></tr><tr><td>Benefits</td><td>30%</td></tr>"
                    + "<tr><td>Total</td><td>100%</td></tr></table></body></html>",
            ],
            clean: [
                "<html><body><h1>ARTICLE 22</h1><h2>WAGES</h2><table><tr><th>Item</th><th>Share</th><th>Amount</th></tr>"
                    + "<tr><td>Salary</td><td>60%</td><td>$1,200.50</td></tr><tr><td>Benefits</td><td>40%</td><td>$800</td></tr>"
                    + "<tr><td>Total</td><td>100%</td><td>$2,000.50</td></tr></table></body></html>",
                "<html><body><h1>ARTICLE 22</h1><h2>WAGES</h2><table><tr><th>Step</th><th>Monthly</th></tr>"
                    + "<tr><td>1</td><td>$2,000</td></tr><tr><td>2</td><td>$2,100</td></tr></table></body></html>",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        context.document.walk { node, _ in
            if let table = node.table { findings += check(table, node: node, context: context) }
            return .visitChildren
        }
        return findings
    }

    private func check(_ table: Table, node: ClauseNode, context: CheckContext) -> [Finding] {
        let grid = table.rows.map { row in row.cells.flatMap { Array(repeating: $0.text.plainText, count: $0.columnSpan) } }
        guard grid.count >= 3 else { return [] }
        var findings: [Finding] = []
        let isTotal: (String) -> Bool = { text in
            let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
            return (lowered.hasPrefix("total") || lowered.hasPrefix("grand total")) && !lowered.contains("cumulative")
                && !lowered.contains("compound")
        }
        // Total rows: the first cell says "Total"; sum each numeric column of the body rows above.
        if grid.contains(where: { ($0.first.map { $0.lowercased().contains("subtotal") }) == true }) { return [] }
        for (rowIndex, row) in grid.enumerated() where row.first.map(isTotal) == true {
            let body = grid[..<rowIndex].enumerated().filter { index, cells in
                !table.rows[index].isHeader && cells.dropFirst().contains { Self.amount($0) != nil }
            }.map(\.element)
            guard body.count >= 2 else { continue }
            for column in 1..<row.count {
                guard let total = Self.amount(row[column]) else { continue }
                let values = body.map { column < $0.count ? $0[column] : "" }
                let amounts = values.map { Self.amount($0) }
                guard amounts.allSatisfy({ $0 != nil }) else { continue }
                let parts = amounts.compactMap { $0 }
                guard parts.allSatisfy({ $0.percent == total.percent }) else { continue }
                if let problem = Self.mismatch(parts, total: total) {
                    findings.append(
                        finding(
                            "the “\(TextScan.excerpt(row[0], limit: 20))” row gives \(row[column]) but the rows above add up to \(problem); "
                                + "recompute the total or correct a row",
                            at: node, in: context))
                }
            }
        }
        // A total column: the header's last cell says "Total"; each row's other amounts add up to it.
        if let header = grid.first, let last = header.last, isTotal(last), header.count >= 3 {
            for row in grid.dropFirst() where row.count == header.count && !(row.first.map(isTotal) ?? false) {
                guard let total = Self.amount(row[row.count - 1]) else { continue }
                let amounts = row.dropLast().dropFirst().map { Self.amount($0) }
                guard amounts.count >= 2, amounts.allSatisfy({ $0 != nil && $0?.percent == total.percent }) else { continue }
                if let problem = Self.mismatch(amounts.compactMap { $0 }, total: total) {
                    findings.append(
                        finding(
                            "the “\(TextScan.excerpt(row[0], limit: 20))” row's total \(row[row.count - 1]) is not the sum of its amounts (\(problem)); "
                                + "recompute the total",
                            at: node, in: context))
                }
            }
        }
        return findings
    }

    /// A parsed figure: value, decimals shown, and whether it is a percentage.
    struct Amount { let value: Decimal; let decimals: Int; let percent: Bool }

    /// "$1,234.50", "12%", "3.5" → an amount; anything with words → nil.
    static func amount(_ text: String) -> Amount? {
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 20 else { return nil }
        let percent = trimmed.hasSuffix("%")
        trimmed = trimmed.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
            trimmed.filter({ $0 == "." }).count <= 1, let value = Decimal(string: trimmed)
        else { return nil }
        let decimals = trimmed.split(separator: ".").dropFirst().first?.count ?? 0
        return Amount(value: value, decimals: decimals, percent: percent)
    }

    /// The sum, formatted, when it differs from `total` by more than rounding can explain.
    static func mismatch(_ parts: [Amount], total: Amount) -> String? {
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        let decimals = max(total.decimals, parts.map(\.decimals).max() ?? 0)
        var unit = Decimal(1)
        for _ in 0..<decimals { unit /= 10 }
        let tolerance = unit * Decimal(parts.count + 1) / 2
        var difference = sum - total.value
        if difference < 0 { difference = -difference }
        guard difference > tolerance else { return nil }
        return NSDecimalNumber(decimal: sum).stringValue + (total.percent ? "%" : "")
    }
}
