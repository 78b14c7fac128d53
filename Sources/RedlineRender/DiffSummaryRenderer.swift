import RedlineAnalysis
import RedlineDiff
import RedlineModel

/// A plain-text summary of a ``DocumentDiff``: one line per top-level division saying how
/// it was matched and how many words were added, removed and moved, then the changed
/// clauses inside it, then totals. This is what `redline diff` prints.
///
/// ```
/// ARTICLE 12 GRIEVANCE AND ARBITRATION                      modified     +14 −9
///   art_12__sec_c__subsec_2  2. Step 2 – Formal Review        modified     +6 −4
/// ```
public struct DiffSummaryRenderer: Sendable {
    /// How deep below the top level changed clauses are listed (0 lists none).
    public var clauseDepth: Int

    /// Creates a renderer.
    public init(clauseDepth: Int = 2) {
        self.clauseDepth = clauseDepth
    }

    /// Renders `diff`; with `findings`, a "What changed in substance" section comes first, after the file names.
    ///
    /// - Complexity: O(*n*) in the number of alignments and findings.
    public func render(_ diff: DocumentDiff, findings: [ChangeFinding] = []) -> String {
        var lines = ["--- \(diff.old.name)" + (diff.old.title.map { "  (\($0))" } ?? ""),
                     "+++ \(diff.new.name)" + (diff.new.title.map { "  (\($0))" } ?? "")]
        let substance = SubstanceSection(findings)
        if !substance.isEmpty {
            lines.append(SubstanceSection.title + ":")
            lines += substance.plainLines.map { "  " + $0 }
            lines.append("")
        }
        var changed = 0
        for alignment in diff.alignments {
            if alignment.kind != .same { changed += 1 }
            lines.append(line(alignment, indent: 0))
            let isFrontMatter = (alignment.new.first ?? alignment.old.first)?.kind == .preamble
            if alignment.kind != .same && alignment.kind != .added && alignment.kind != .removed && !isFrontMatter {
                appendChanged(alignment.children, depth: 1, into: &lines)
            }
        }
        var total = "\(changed) of \(diff.alignments.count) divisions changed; words +\(diff.wordsInserted) −\(diff.wordsDeleted)"
        if diff.wordsMoved > 0 { total += ", \(diff.wordsMoved) moved" }
        if !diff.isMinimal { total += " (some changes were too large to diff minimally; the script is valid but longer)" }
        lines.append(total)
        return lines.joined(separator: "\n") + "\n"
    }

    private func appendChanged(_ alignments: [NodeAlignment], depth: Int, into lines: inout [String]) {
        guard depth <= clauseDepth else { return }
        for alignment in alignments where alignment.kind != .same {
            lines.append(line(alignment, indent: depth))
            if alignment.kind == .modified || alignment.kind == .renumbered || alignment.kind == .moved {
                appendChanged(alignment.children, depth: depth + 1, into: &lines)
            }
        }
    }

    private func line(_ alignment: NodeAlignment, indent: Int) -> String {
        let side = alignment.new.first ?? alignment.old.first
        var label = [side?.number, side?.heading ?? side?.excerpt].compactMap { $0 }.joined(separator: " ")
        if label.isEmpty { label = side?.id ?? "" }
        if indent > 0, let id = side?.id { label = id + "  " + label }
        if label.count > 56 { label = String(label.prefix(55)) + "…" }
        var how = alignment.kind.rawValue
        switch alignment.kind {
        case .renumbered, .moved:
            // Always from what: a clause that had no number was "unnumbered".
            if alignment.renumbered { how += " (was \(alignment.old.first?.number ?? "unnumbered"))" }
            if alignment.textChanged { how += ", reworded" }
        case .removed where alignment.movedTo != nil: how = "moved to " + (alignment.movedTo ?? "")
        case .split: how += " into " + alignment.new.compactMap { $0.number ?? $0.id }.joined(separator: ", ")
        case .merged: how += " from " + alignment.old.compactMap { $0.number ?? $0.id }.joined(separator: ", ")
        default: break
        }
        var counts: [String] = []
        if alignment.wordsInserted > 0 { counts.append("+\(alignment.wordsInserted)") }
        if alignment.wordsDeleted > 0 { counts.append("−\(alignment.wordsDeleted)") }
        if alignment.wordsMoved > 0 { counts.append("~\(alignment.wordsMoved) moved") }
        let padded = String(repeating: "  ", count: indent) + label
        return padded.padding(toLength: max(padded.count, 60)) + "  " + how.padding(toLength: 14) + " " + counts.joined(separator: " ")
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
