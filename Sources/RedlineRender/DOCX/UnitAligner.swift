import RedlineDiff

/// Which old block unit (paragraph or table) each new one continues, so that the writer knows
/// what to keep, what to mark inserted and which old units to add back as deleted.
struct UnitScript: Equatable {
    /// What a new unit is.
    enum NewStep: Equatable {
        /// It continues old unit `old` (its words are diffed).
        case pair(old: Int)
        /// It is only in the new version.
        case insert
        /// It is old unit `old`, moved here unchanged; `name` links the two ends.
        case moveTo(old: Int, name: String)
    }

    /// An old unit written back where it was.
    enum OldStep: Equatable {
        case delete(Int)
        case moveFrom(Int, name: String)
    }

    /// One step per new unit.
    var newSteps: [NewStep]
    /// `before[k]`: old units written before new unit `k`; `before[new.count]` after the last one.
    var before: [[OldStep]]
}

/// Aligns two lists of block units.
enum UnitAligner {
    /// What the aligner compares of a unit: its kind and its text.
    struct Signature: Hashable {
        var isTable: Bool
        var text: String
    }

    /// Pairs `old` with `new`. `anchors` are pairs the clause alignment made (old index, new index);
    /// those in increasing order on both sides are kept, those out of order whose units are the same
    /// paragraph become moves. Between anchors, units equal in kind and text are paired by a
    /// sequence diff, then the remaining ones by word similarity (at least `threshold`), in order.
    ///
    /// - Complexity: O((*n* + *m*) log(*n* + *m*)) for the anchors, plus the ``IntDiff`` cost on the
    ///   gaps between them, plus a few word diffs per unpaired unit.
    /// With `pairsLeftovers`, a gap left with as many old units as new ones after that is paired in order.
    static func align(
        old: [Signature], new: [Signature], anchors: [(old: Int, new: Int)], threshold: Double = 0.5,
        pairsLeftovers: Bool = false
    ) -> UnitScript {
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var candidates: [(old: Int, new: Int)] = []
        for anchor in anchors.sorted(by: { ($0.new, $0.old) < ($1.new, $1.old) })
        where anchor.old < old.count && anchor.new < new.count && old[anchor.old].isTable == new[anchor.new].isTable
            && !usedOld.contains(anchor.old) && !usedNew.contains(anchor.new)
        {
            usedOld.insert(anchor.old)
            usedNew.insert(anchor.new)
            candidates.append(anchor)
        }
        let increasing = longestIncreasingRun(candidates.map(\.old))
        var pairs: [(old: Int, new: Int)] = increasing.map { candidates[$0] }
        var moves: [(old: Int, new: Int, name: String)] = []
        let kept = Set(increasing)
        for (index, candidate) in candidates.enumerated() where !kept.contains(index) {
            let (a, b) = (old[candidate.old], new[candidate.new])
            if a == b && !a.isTable && a.text.contains(where: { !$0.isWhitespace }) {
                moves.append((candidate.old, candidate.new, "redlineMove\(moves.count + 1)"))
            }
        }
        let movedOld = Set(moves.map(\.old)), movedNew = Set(moves.map(\.new))
        // Fill the gaps between anchors.
        var filled: [(old: Int, new: Int)] = []
        var previous = (old: -1, new: -1)
        for anchor in pairs + [(old.count, new.count)] {
            let oldGap = ((previous.old + 1)..<anchor.old).filter { !movedOld.contains($0) }
            let newGap = ((previous.new + 1)..<anchor.new).filter { !movedNew.contains($0) }
            filled += fill(oldGap, newGap, old: old, new: new, threshold: threshold, pairsLeftovers: pairsLeftovers)
            if anchor.old < old.count { filled.append(anchor) }
            previous = anchor
        }
        pairs = filled
        // The script.
        var newSteps = [UnitScript.NewStep](repeating: .insert, count: new.count)
        for pair in pairs { newSteps[pair.new] = .pair(old: pair.old) }
        for move in moves { newSteps[move.new] = .moveTo(old: move.old, name: move.name) }
        var before = [[UnitScript.OldStep]](repeating: [], count: new.count + 1)
        let pairedOld = Set(pairs.map(\.old))
        let moveNames = Dictionary(uniqueKeysWithValues: moves.map { ($0.old, $0.name) })
        // Each old-only unit goes before the new unit that follows the last pair before it.
        var pairIndex = 0
        var slot = 0
        for index in 0..<old.count {
            while pairIndex < pairs.count && pairs[pairIndex].old < index {
                slot = pairs[pairIndex].new + 1
                pairIndex += 1
            }
            if pairedOld.contains(index) { continue }
            // Right after the pair before it: in a gap, deletions come before insertions.
            if let name = moveNames[index] {
                before[slot].append(.moveFrom(index, name: name))
            } else {
                before[slot].append(.delete(index))
            }
        }
        return UnitScript(newSteps: newSteps, before: before)
    }

    /// Pairs of a gap: equal units by a sequence diff, then similar ones in order.
    private static func fill(
        _ oldGap: [Int], _ newGap: [Int], old: [Signature], new: [Signature], threshold: Double, pairsLeftovers: Bool
    ) -> [(old: Int, new: Int)] {
        guard !oldGap.isEmpty, !newGap.isEmpty else { return [] }
        var ids: [Signature: Int32] = [:]
        func id(_ signature: Signature) -> Int32 {
            if let id = ids[signature] { return id }
            let id = Int32(ids.count)
            ids[signature] = id
            return id
        }
        let a = oldGap.map { id(old[$0]) }, b = newGap.map { id(new[$0]) }
        let edits = IntDiff.diff(a, b).edits
        var result: [(old: Int, new: Int)] = []
        var pendingOld: [Int] = [], pendingNew: [Int] = []
        func flush() {
            if pairsLeftovers && pendingOld.count == pendingNew.count
                && zip(pendingOld, pendingNew).allSatisfy({ old[$0].isTable == new[$1].isTable })
            {
                result += zip(pendingOld, pendingNew).map { ($0, $1) }
            } else {
                result += similar(pendingOld, pendingNew, old: old, new: new, threshold: threshold)
            }
            pendingOld = []
            pendingNew = []
        }
        for edit in edits {
            switch edit.kind {
            case .equal:
                flush()
                for (i, j) in zip(edit.oldRange, edit.newRange) { result.append((oldGap[i], newGap[j])) }
            case .delete: pendingOld += edit.oldRange.map { oldGap[$0] }
            case .insert: pendingNew += edit.newRange.map { newGap[$0] }
            }
        }
        flush()
        return result
    }

    /// Greedy in-order pairing of units of the same kind whose word similarity reaches `threshold`,
    /// looking a few units ahead on the new side.
    private static func similar(
        _ oldUnits: [Int], _ newUnits: [Int], old: [Signature], new: [Signature], threshold: Double
    ) -> [(old: Int, new: Int)] {
        var result: [(old: Int, new: Int)] = []
        var next = 0
        for index in oldUnits {
            guard next < newUnits.count else { break }
            for candidate in next..<min(newUnits.count, next + 4) {
                let (a, b) = (old[index], new[newUnits[candidate]])
                guard a.isTable == b.isTable else { continue }
                let score = a.isTable ? tableSimilarity(a.text, b.text) : WordDiff.similarity(a.text, b.text)
                if score >= threshold {
                    result.append((index, newUnits[candidate]))
                    next = candidate + 1
                    break
                }
            }
        }
        return result
    }

    private static func tableSimilarity(_ a: String, _ b: String) -> Double {
        // Two tables in the same gap are the same table edited unless they share nothing.
        WordDiff.similarity(a, b) > 0.2 ? 1 : 0
    }

    /// Indices into `values` of a longest strictly increasing subsequence.
    ///
    /// - Complexity: O(*n* log *n*).
    static func longestIncreasingRun(_ values: [Int]) -> [Int] {
        var tails: [Int] = []  // indices into values
        var parent = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { parent[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 {
            result.append(index)
            index = parent[index]
        }
        return result.reversed()
    }
}
