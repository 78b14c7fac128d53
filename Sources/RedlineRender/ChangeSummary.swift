import RedlineDiff
import RedlineModel

/// The change summary at the top of a redline: one row per top-level division (front matter,
/// articles, appendices, side letters) saying how it was matched and how many words were
/// added, removed and moved, like the "departures table" of legal compare tools.
public struct ChangeSummary: Sendable, Hashable {
    /// One division.
    public struct Row: Sendable, Hashable {
        /// The division's number as written in the new version (the old one if removed).
        public let number: String?
        /// The heading, new version first.
        public let heading: String?
        /// "ARTICLE 12 GRIEVANCE AND ARBITRATION", or "Front matter".
        public let label: String
        /// How the division was matched.
        public let kind: NodeAlignment.Kind
        /// The match as people read it: "same", "modified", "renumbered (was ARTICLE 7)",
        /// "moved", "split into …", "merged from …", "added", "removed".
        public let match: String
        /// Words added in the division.
        public let wordsInserted: Int
        /// Words removed in the division.
        public let wordsDeleted: Int
        /// Words moved unchanged in the division.
        public let wordsMoved: Int
        /// The fragment id of the division in an HTML redline.
        public let anchor: String
    }

    /// The rows, in the diff's order.
    public let rows: [Row]
    /// Words added in all divisions.
    public let wordsInserted: Int
    /// Words removed in all divisions.
    public let wordsDeleted: Int
    /// Words moved in all divisions.
    public let wordsMoved: Int

    /// Summarises `diff`.
    ///
    /// - Complexity: O(*k*) in the number of top-level alignments.
    public init(_ diff: DocumentDiff) {
        rows = diff.alignments.map(Self.row)
        wordsInserted = diff.wordsInserted
        wordsDeleted = diff.wordsDeleted
        wordsMoved = diff.wordsMoved
    }

    /// How many divisions changed.
    public var changedCount: Int { rows.filter { $0.kind != .same }.count }

    static func row(_ alignment: NodeAlignment) -> Row {
        let side = alignment.new.first ?? alignment.old.first
        let isFrontMatter = side?.kind == .preamble
        var label = [side?.number, side?.heading].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if isFrontMatter { label = "Front matter" }
        if label.isEmpty { label = side?.excerpt ?? side?.id ?? "" }
        return Row(
            number: side?.number, heading: side?.heading, label: label, kind: alignment.kind,
            match: matchDescription(alignment), wordsInserted: alignment.wordsInserted,
            wordsDeleted: alignment.wordsDeleted, wordsMoved: alignment.wordsMoved,
            anchor: alignment.new.first.map(\.id) ?? ("was-" + (alignment.old.first?.id ?? "clause")))
    }

    /// "renumbered (was C.)", "moved, reworded", "split into B, C" and so on.
    static func matchDescription(_ alignment: NodeAlignment) -> String {
        var how = alignment.kind.rawValue
        switch alignment.kind {
        case .renumbered, .moved:
            // Always from what: a clause that had no number was "unnumbered".
            if alignment.renumbered { how += " (was \(alignment.old.first?.number ?? "unnumbered"))" }
            if alignment.textChanged { how += ", reworded" }
        case .split:
            how += " into " + alignment.new.map { $0.number ?? $0.id }.joined(separator: ", ")
        case .merged:
            how += " from " + alignment.old.map { $0.number ?? $0.id }.joined(separator: ", ")
        default:
            break
        }
        return how
    }
}
