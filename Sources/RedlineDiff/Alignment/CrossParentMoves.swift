import RedlineModel

/// Finds clauses that moved to another parent ("Workload C.3" becoming "A.4"). Sibling alignment
/// sees them as removed in one place and added in another; when the two carry (nearly) the same
/// words they are one clause that moved. The added entry becomes a `moved` pairing with the old
/// clause; the removed entry stays where it was, marked `movedTo` (so a redline still shows the
/// words leaving their old place), and its words count as moved rather than deleted.
struct CrossParentMoves {
    let old: ContractDocument
    let new: ContractDocument
    let aligner: SiblingAligner

    /// Clauses shorter than this are too common ("Reserved.") to call a move.
    static let minimumWords = 8
    /// How alike the two sides' words must be (Dice over word bags).
    static let minimumSimilarity = 0.9

    /// - Complexity: O(*r* · *a*) bag comparisons for *r* removed and *a* added clauses.
    func apply(_ alignments: [NodeAlignment]) -> [NodeAlignment] {
        var removed: [NodeRef] = []
        var added: [NodeRef] = []
        func collect(_ alignment: NodeAlignment, depth: Int) {
            // Top-level divisions are aligned as one list already; look below them.
            if depth > 0, alignment.kind == .removed, let ref = alignment.old.first { removed.append(ref) }
            if depth > 0, alignment.kind == .added, let ref = alignment.new.first { added.append(ref) }
            if alignment.kind != .removed && alignment.kind != .added {
                for child in alignment.children { collect(child, depth: depth + 1) }
            }
        }
        for alignment in alignments { collect(alignment, depth: 0) }
        guard !removed.isEmpty, !added.isEmpty else { return alignments }

        var builder = FingerprintBuilder()
        var candidates: [(ref: NodeRef, node: ClauseNode, print: Fingerprint)] = []
        for ref in removed {
            guard let node = old.node(withID: ref.id) else { continue }
            let print = builder.fingerprint(node)
            if print.bag.count >= Self.minimumWords { candidates.append((ref, node, print)) }
        }
        var moves: [String: NodeAlignment] = [:]  // new id → moved pairing
        var movedTo: [String: String] = [:]  // old id → new id
        for ref in added {
            guard let node = new.node(withID: ref.id) else { continue }
            let print = builder.fingerprint(node)
            guard print.bag.count >= Self.minimumWords else { continue }
            var best: (index: Int, similarity: Double)?
            for (index, candidate) in candidates.enumerated() where movedTo[candidate.ref.id] == nil {
                let similarity = candidate.print.bag.dice(print.bag)
                if similarity >= Self.minimumSimilarity, similarity > (best?.similarity ?? 0) {
                    best = (index, similarity)
                }
            }
            guard let best else { continue }
            let source = candidates[best.index]
            movedTo[source.ref.id] = ref.id
            moves[ref.id] = aligner.paired(source.node, source.print, node, print, moved: true)
        }
        guard !moves.isEmpty else { return alignments }
        return alignments.map { rewrite($0, moves: moves, movedTo: movedTo) }
    }

    private func rewrite(_ alignment: NodeAlignment, moves: [String: NodeAlignment], movedTo: [String: String])
        -> NodeAlignment
    {
        if alignment.kind == .removed, let id = alignment.old.first?.id, let target = movedTo[id] {
            return NodeAlignment(
                kind: .removed, old: alignment.old, new: [], similarity: 0, renumbered: false, moved: true,
                textChanged: false, headingDiff: alignment.headingDiff, textDiff: alignment.textDiff,
                children: alignment.children, wordsInserted: 0, wordsDeleted: 0, wordsMoved: 0,
                isMinimal: alignment.isMinimal, movedTo: target)
        }
        if alignment.kind == .added, let id = alignment.new.first?.id, let move = moves[id] { return move }
        guard alignment.kind != .added, alignment.kind != .removed, !alignment.children.isEmpty else {
            return alignment
        }
        let children = alignment.children.map { rewrite($0, moves: moves, movedTo: movedTo) }
        guard children != alignment.children else { return alignment }
        let ownInserted = (alignment.headingDiff?.wordsInserted ?? 0) + (alignment.textDiff?.wordsInserted ?? 0)
        let ownDeleted = (alignment.headingDiff?.wordsDeleted ?? 0) + (alignment.textDiff?.wordsDeleted ?? 0)
        let inserted = ownInserted + children.reduce(0) { $0 + $1.wordsInserted }
        let deleted = ownDeleted + children.reduce(0) { $0 + $1.wordsDeleted }
        let movedWords =
            alignment.wordsMoved - alignment.children.reduce(0) { $0 + $1.wordsMoved }
            + children.reduce(0) { $0 + $1.wordsMoved }
        return NodeAlignment(
            kind: alignment.kind, old: alignment.old, new: alignment.new, similarity: alignment.similarity,
            renumbered: alignment.renumbered, moved: alignment.moved, textChanged: inserted + deleted > 0,
            headingDiff: alignment.headingDiff, textDiff: alignment.textDiff,
            textDiffIncludesHeading: alignment.textDiffIncludesHeading, children: children,
            wordsInserted: inserted, wordsDeleted: deleted, wordsMoved: movedWords,
            isMinimal: alignment.isMinimal && children.allSatisfy(\.isMinimal), movedTo: alignment.movedTo)
    }
}
