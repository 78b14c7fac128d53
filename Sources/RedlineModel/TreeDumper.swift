/// Renders the clause tree as an indented outline, one node per line, for people
/// reading a parse result in a terminal:
///
/// ```
/// art_12  ARTICLE 12  GRIEVANCE AND ARBITRATION  [line 1]
///   art_12__sec_a  A.  GENERAL PROVISIONS  [line 3]
///     art_12__sec_a__subsec_1  1.  A grievance is a claim by …  [line 5]
/// ```
public struct TreeDumper: ClauseWalker {
    /// The longest text shown for a node before it is cut with "…".
    public var maxTextLength: Int
    /// Whether to show the source line of each node.
    public var showsLocations: Bool
    /// The outline so far.
    public private(set) var output = ""

    /// Creates a dumper.
    public init(maxTextLength: Int = 72, showsLocations: Bool = true) {
        self.maxTextLength = maxTextLength
        self.showsLocations = showsLocations
    }

    /// Returns the outline of `document`.
    public static func dump(_ document: ContractDocument, maxTextLength: Int = 72) -> String {
        var dumper = TreeDumper(maxTextLength: maxTextLength)
        dumper.walk(document)
        return dumper.output
    }

    public mutating func visit(_ node: ClauseNode, depth: Int) -> WalkAction {
        var parts: [String] = [node.id]
        if let number = node.number { parts.append(number.written) }
        if let heading = node.heading { parts.append(heading.plainText) }
        if let table = node.table {
            parts.append("[table \(table.rows.count)×\(table.columnCount)]")
        } else if !node.text.isEmpty {
            parts.append(shorten(node.text.plainText))
        }
        if !node.references.isEmpty {
            let references = node.references.map { $0.text + ($0.isResolved ? "" : " (unresolved)") }
            parts.append("→ " + references.joined(separator: "; "))
        }
        if showsLocations, node.location.line > 0 { parts.append("[line \(node.location.line)]") }
        output += String(repeating: "  ", count: depth) + parts.joined(separator: "  ") + "\n"
        return .visitChildren
    }

    private func shorten(_ text: String) -> String {
        guard text.count > maxTextLength else { return text }
        return String(text.prefix(maxTextLength - 1)) + "…"
    }
}
