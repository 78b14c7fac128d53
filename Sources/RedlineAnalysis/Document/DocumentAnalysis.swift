import RedlineDiff
import RedlineModel

/// The deontic statements, quantities and markers of every clause of one document, and the count
/// of statements per party and modality, so analysts can tabulate obligations per party.
public struct DocumentAnalysis: Sendable, Codable {
    /// One clause's findings.
    public struct Clause: Sendable, Codable {
        /// The clause id.
        public let id: String
        /// Its number as written.
        public let number: String?
        /// Its source line, if known.
        public let line: Int?
        /// Its statements.
        public let statements: [DeonticStatement]
        /// Its quantities.
        public let quantities: [Quantity]
        /// Its discretion and grievability phrases.
        public let markers: [ClauseMarker]
    }

    /// The document's name (path or title).
    public let document: String
    /// Clauses with at least one finding, in document order.
    public let clauses: [Clause]
    /// Statements per party, then per modality.
    public let statementCounts: [String: [String: Int]]
    /// Quantities per kind.
    public let quantityCounts: [String: Int]

    /// Analyses every clause of `document` (its own text: ``ClauseText/own(_:)``).
    ///
    /// - Complexity: O(*n*) in the length of the document.
    public init(_ document: ContractDocument, name: String) {
        self.document = name
        var clauses: [Clause] = []
        var statementCounts: [String: [String: Int]] = [:]
        var quantityCounts: [String: Int] = [:]
        // List items are read after their parent's lead-in ("the University shall:"), as in a diff.
        func visit(_ node: ClauseNode, parent: ClauseNode?) {
            let analysis = DiffAnalyzer.analysis(node, parent: parent)
            if !analysis.isEmpty {
                clauses.append(
                    Clause(
                        id: node.id, number: node.number?.written, line: node.location.line > 0 ? node.location.line : nil,
                        statements: analysis.statements, quantities: analysis.quantities, markers: analysis.markers))
                for statement in analysis.statements {
                    statementCounts[statement.party.rawValue, default: [:]][statement.modality.rawValue, default: 0] += 1
                }
                for quantity in analysis.quantities { quantityCounts[quantity.kind.rawValue, default: 0] += 1 }
            }
            for child in node.children { visit(child, parent: node) }
        }
        for node in document.children { visit(node, parent: nil) }
        self.clauses = clauses
        self.statementCounts = statementCounts
        self.quantityCounts = quantityCounts
    }

    /// A plain-text listing: each clause's statements and quantities, then a table of statements
    /// per party and modality.
    ///
    /// - Complexity: O(*n*) in the number of findings.
    public func report() -> String {
        var lines: [String] = []
        for clause in clauses {
            var parts: [String] = []
            for statement in clause.statements {
                parts.append("\(statement.party.rawValue) \(statement.modality.rawValue) “\(statement.subject) \(statement.trigger)”"
                    + (statement.action.map { " \($0)" } ?? ""))
            }
            if !clause.quantities.isEmpty { parts.append("quantities: " + clause.quantities.map(\.normalized).joined(separator: ", ")) }
            let markers = clause.markers.map { "\($0.kind.rawValue) “\($0.phrase)”" }
            if !markers.isEmpty { parts.append(markers.joined(separator: ", ")) }
            lines.append(clause.id + (clause.line.map { "  [line \($0)]" } ?? ""))
            for part in parts { lines.append("    " + part) }
        }
        lines.append("")
        let modalities = Modality.allCases.map(\.rawValue)
        lines.append("party".padded(14) + modalities.map { $0.padded(16) }.joined())
        for party in Party.allCases.map(\.rawValue) where statementCounts[party] != nil {
            lines.append(party.padded(14) + modalities.map { String(statementCounts[party]?[$0] ?? 0).padded(16) }.joined())
        }
        let quantities = QuantityKind.allCases.compactMap { kind in quantityCounts[kind.rawValue].map { "\(kind.rawValue) \($0)" } }
        lines.append("quantities: " + (quantities.isEmpty ? "none" : quantities.joined(separator: ", ")))
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }

    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
