import RedlineDiff
import RedlineModel

/// Checks that a ``DocumentDiff`` is a faithful account of two documents. Returns the
/// violations found (empty when the diff is sound), so tests can report all of them.
public enum DiffInvariants {
    /// - every node of `new` appears exactly once on the new side of the alignments, and every node
    ///   of `old` exactly once on the old side (old nodes out of scope excepted);
    /// - every heading and text diff, applied to the old words, gives the new words exactly;
    /// - word counts add up from the leaves.
    public static func violations(_ diff: DocumentDiff, old: ContractDocument, new: ContractDocument) -> [String] {
        var problems: [String] = []
        var oldSeen: [String: Int] = [:]
        var newSeen: [String: Int] = [:]
        var oldNodes: [String: ClauseNode] = [:]
        var newNodes: [String: ClauseNode] = [:]
        for node in old.allNodes { oldNodes[node.id] = node }
        for node in new.allNodes { newNodes[node.id] = node }
        func visit(_ alignment: NodeAlignment) {
            // A clause that moved to another parent stands at its old place too, marked `movedTo`;
            // the `moved` pairing at its new place is the one that counts.
            if alignment.movedTo != nil { return }
            for ref in alignment.old { oldSeen[ref.id, default: 0] += 1 }
            for ref in alignment.new { newSeen[ref.id, default: 0] += 1 }
            // Split and merged groups cover their clauses' subtrees in one diff.
            if alignment.kind == .split || alignment.kind == .merged {
                for ref in alignment.old { oldNodes[ref.id]?.walk { node, _ in oldSeen[node.id, default: 0] += node.id == ref.id ? 0 : 1; return .visitChildren } }
                for ref in alignment.new { newNodes[ref.id]?.walk { node, _ in newSeen[node.id, default: 0] += node.id == ref.id ? 0 : 1; return .visitChildren } }
            }
            if alignment.old.count == 1, alignment.new.count == 1,
                let before = oldNodes[alignment.old[0].id], let after = newNodes[alignment.new[0].id]
            {
                if let heading = alignment.headingDiff, heading.apply(to: before.headingText) != after.headingText {
                    problems.append("\(after.id): heading diff does not rebuild the new heading")
                }
                let oldText = alignment.textDiffIncludesHeading ? ClauseText.headingAndText(before) : ClauseText.own(before)
                let newText = alignment.textDiffIncludesHeading ? ClauseText.headingAndText(after) : ClauseText.own(after)
                if let text = alignment.textDiff, text.apply(to: oldText) != newText {
                    problems.append("\(after.id): text diff does not rebuild the new text")
                }
            }
            let own = (alignment.headingDiff?.wordsInserted ?? 0) + (alignment.textDiff?.wordsInserted ?? 0)
            if alignment.kind != .split, alignment.kind != .merged,
                alignment.wordsInserted != own + alignment.children.reduce(0, { $0 + $1.wordsInserted })
            {
                problems.append("\((alignment.new.first ?? alignment.old.first)?.id ?? "?"): inserted count does not add up")
            }
            alignment.children.forEach(visit)
        }
        diff.alignments.forEach(visit)
        let scoped = diff.options.scope == .newArticles
        // A scoped comparison leaves front matter out on both sides.
        let frontMatter = Set(new.children.filter { $0.kind == .preamble }.flatMap { node in
            var ids: [String] = []
            node.walk { ids.append($0.id); _ = $1; return .visitChildren }
            return ids
        })
        for node in new.allNodes where newSeen[node.id] != 1 {
            if scoped && newSeen[node.id] == nil && frontMatter.contains(node.id) { continue }
            problems.append("new \(node.id) appears \(newSeen[node.id] ?? 0) times")
        }
        for node in old.allNodes where oldSeen[node.id] != 1 {
            if scoped && oldSeen[node.id] == nil { continue }
            problems.append("old \(node.id) appears \(oldSeen[node.id] ?? 0) times")
        }
        return problems
    }
}
