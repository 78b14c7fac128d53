/// The core sequence diff on integer ids (typically token ids from a shared
/// ``TokenInterner``).
///
/// Algorithm:
/// 1. The common prefix and suffix are trimmed.
/// 2. Sub-problems of more than a few hundred elements are split at
///    *anchors*: the longest in-order chain of elements that occur exactly
///    once on each side (patience diff), recursively, as in git's histogram
///    diff. Only unique elements inside a common run of at least four
///    elements qualify, so a rare word or number that two unrelated
///    sentences happen to share is not taken for an anchor. Anchors make
///    long inputs with scattered edits near-linear, and keep moved blocks
///    from dragging the alignment.
/// 3. The gaps are solved with linear-space Myers (middle snake). A gap is
///    always solved exactly when its edit distance is at most `costLimit`
///    or its two sides hold at most `2 · costLimit` elements together.
///    Otherwise a search that reaches `costLimit / 2` steps in each direction
///    stops and keeps the optimal path it found up to its furthest point
///    (libxdiff's heuristic, without the re-solve): the script stays valid
///    and the result's `isMinimal` becomes `false`. Unrelated texts cost
///    O((*N* + *M*) · `costLimit`) instead of O((*N* + *M*)²).
///
/// `isMinimal == true` means the cost bound never fired, so every gap was
/// solved optimally. With `anchoring: false` that proves minimality. With
/// anchoring (the default) the script is minimal except where an anchor
/// chain that an optimal alignment would not use was taken — rare for
/// edited versions of one text (the 100,000-word benchmark W2 comes out
/// exactly minimal), never flagged.
public enum IntDiff {
    /// The default cost bound (``DiffOptions/costLimit``): every gap with
    /// at most 256 changed content tokens (or at most 512 tokens in all) is
    /// solved exactly, while two unrelated 20,000-word texts still diff in
    /// a few tens of milliseconds.
    public static let defaultCostLimit = 256

    /// One run of an edit script, in element-index space.
    ///
    /// Equal runs have ranges of the same length on both sides; a deletion
    /// has an empty `newRange` positioned where the run would have been in
    /// the new sequence, and an insertion an empty `oldRange`.
    public struct Edit: Sendable, Hashable, Codable {
        /// What the run does.
        public var kind: DiffOperationKind
        /// The elements of the old sequence covered (empty for insertions).
        public var oldRange: Range<Int>
        /// The elements of the new sequence covered (empty for deletions).
        public var newRange: Range<Int>

        /// - Complexity: O(1).
        public init(kind: DiffOperationKind, oldRange: Range<Int>, newRange: Range<Int>) {
            self.kind = kind
            self.oldRange = oldRange
            self.newRange = newRange
        }
    }

    /// Computes an edit script turning `a` into `b`.
    ///
    /// The script alternates equal runs with change blocks; within a change
    /// block the deletion comes before the insertion. Runs are maximal (no two
    /// adjacent runs of the same kind) and tile both sequences in order.
    ///
    /// - Parameters:
    ///   - costLimit: sub-problems with at most this edit distance
    ///     (insertions + deletions), or at most twice this many elements, are
    ///     solved exactly; beyond it the result is valid but may not be
    ///     minimal. Pass `Int.max` for an always-exact search (quadratic on
    ///     unrelated inputs).
    ///   - anchoring: split large sub-problems at unique common elements
    ///     (fast; see the type's discussion). `false` gives plain Myers.
    /// - Returns: the edit runs and whether the cost bound never fired.
    /// - Complexity: O(*N* + *M*) for identical inputs; about
    ///   O((*N* + *M*) · log(*N* + *M*) + Σ *D*ᵢ²) for scattered edits; at most
    ///   O((*N* + *M*) · `costLimit`) per anchoring level otherwise.
    ///   Memory O(*N* + *M* + range of the ids).
    public static func diff(
        _ a: [Int32], _ b: [Int32], costLimit: Int = defaultCostLimit, anchoring: Bool = true
    ) -> (edits: [Edit], isMinimal: Bool) {
        let result = changes(a, b, costLimit: costLimit, anchoring: anchoring)
        return (editScript(changedA: result.changedA, changedB: result.changedB), result.isMinimal)
    }

    /// The similarity `2 · matched / (a.count + b.count)` in `0 ... 1`
    /// (1 for two empty sequences), where `matched` is the number of
    /// elements left unchanged by ``diff(_:_:costLimit:anchoring:)``.
    ///
    /// - Complexity: that of ``diff(_:_:costLimit:anchoring:)``.
    public static func similarity(_ a: [Int32], _ b: [Int32], costLimit: Int = defaultCostLimit) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        let result = changes(a, b, costLimit: costLimit, anchoring: true)
        var matched = 0
        for changed in result.changedA where !changed { matched += 1 }
        return Double(2 * matched) / Double(total)
    }

    /// Runs the engine and returns per-element "changed" flags.
    ///
    /// - Complexity: see ``diff(_:_:costLimit:anchoring:)``.
    static func changes(
        _ a: [Int32], _ b: [Int32], costLimit: Int, anchoring: Bool, keepHistory: Bool = true
    ) -> DiffEngine.Result {
        precondition(costLimit > 0, "IntDiff: costLimit must be positive")
        var low = Int32.max, high = Int32.min
        for id in a { low = min(low, id); high = max(high, id) }
        for id in b { low = min(low, id); high = max(high, id) }
        let total = a.count + b.count
        if total == 0 || (low >= 0 && Int(high) < 4 * total + 65_536) {
            return a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    DiffEngine.run(pa, pb, idCount: total == 0 ? 0 : Int(high) + 1,
                                   costLimit: costLimit, anchoring: anchoring, keepHistory: keepHistory)
                }
            }
        }
        // Sparse or negative ids: renumber densely first.
        var dense: [Int32: Int32] = [:]
        dense.reserveCapacity(min(total, 1 << 16))
        func renumber(_ ids: [Int32]) -> [Int32] {
            ids.map { id in
                if let known = dense[id] { return known }
                let next = Int32(dense.count)
                dense[id] = next
                return next
            }
        }
        let da = renumber(a), db = renumber(b)
        return da.withUnsafeBufferPointer { pa in
            db.withUnsafeBufferPointer { pb in
                DiffEngine.run(pa, pb, idCount: dense.count, costLimit: costLimit, anchoring: anchoring,
                               keepHistory: keepHistory)
            }
        }
    }

    /// Reads the edit runs off per-element change flags.
    ///
    /// - Complexity: O(*N* + *M*).
    static func editScript(changedA: [Bool], changedB: [Bool]) -> [Edit] {
        var edits: [Edit] = []
        let n = changedA.count, m = changedB.count
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && !changedA[i] && !changedB[j] {
                let i0 = i, j0 = j
                while i < n && j < m && !changedA[i] && !changedB[j] { i += 1; j += 1 }
                edits.append(Edit(kind: .equal, oldRange: i0..<i, newRange: j0..<j))
                continue
            }
            let i0 = i
            while i < n && changedA[i] { i += 1 }
            if i > i0 { edits.append(Edit(kind: .delete, oldRange: i0..<i, newRange: j..<j)) }
            let j0 = j
            while j < m && changedB[j] { j += 1 }
            if j > j0 { edits.append(Edit(kind: .insert, oldRange: i..<i, newRange: j0..<j)) }
            precondition(i > i0 || j > j0, "IntDiff: inconsistent change flags")
        }
        return edits
    }
}
