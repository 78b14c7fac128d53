/// Patience-style anchoring: the longest chain of tokens that occur exactly
/// once in each side of a sub-problem and appear in the same order on both
/// sides.
///
/// Such tokens (section numbers, names, rare words) are almost always
/// genuinely unchanged, so a diff can be split at them and the much smaller
/// gaps between them solved independently, as in `git diff --patience` and,
/// recursively, in git's histogram diff. Because only an *increasing* chain
/// is kept, a unique token that moved (e.g. in a relocated paragraph) is
/// ignored instead of dragging the alignment with it.
///
/// The scratch tables are indexed by token id and must be all-zero on entry;
/// they are left all-zero on return.
struct UniqueAnchorFinder {
    /// The shortest common run (in elements, the anchor included) that a
    /// unique element must be part of to be used as an anchor.
    static let minimumRun = 4

    /// Occurrence counts (saturating at 2) in the old side, per id.
    let countA: UnsafeMutablePointer<UInt8>
    /// Occurrence counts (saturating at 2) in the new side, per id.
    let countB: UnsafeMutablePointer<UInt8>
    /// Last position of each id in the old side.
    let positionA: UnsafeMutablePointer<Int32>

    /// Returns the anchors of `a[aLo..<aHi]` × `b[bLo..<bHi]` as parallel,
    /// strictly increasing position arrays. `aCount` and `bCount` are the
    /// full lengths of `a` and `b` (neighbours outside the sub-problem are
    /// looked at too).
    ///
    /// - Complexity: O(*n* + *m* + *k* log *k*) for *k* unique common tokens.
    func anchors(
        _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, aCount: Int, bCount: Int,
        _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int,
        into anchorsA: inout [Int], _ anchorsB: inout [Int]
    ) {
        anchorsA.removeAll(keepingCapacity: true)
        anchorsB.removeAll(keepingCapacity: true)
        for i in aLo..<aHi {
            let id = Int(a[i])
            let c = countA[id]
            countA[id] = c < 2 ? c + 1 : 2
            positionA[id] = Int32(truncatingIfNeeded: i)
        }
        for j in bLo..<bHi {
            let id = Int(b[j])
            let c = countB[id]
            countB[id] = c < 2 ? c + 1 : 2
        }
        // Candidate pairs in new-side order; their old positions form the
        // sequence whose longest increasing subsequence we want. A candidate
        // must sit in a common run of at least `minimumRun` elements: a
        // unique token whose neighbours differ is as likely a coincidence
        // (two unrelated sentences sharing a rare word or number) as a real
        // anchor, and anchoring on coincidences costs minimality.
        var candidateA: [Int32] = []
        var candidateB: [Int32] = []
        let reach = Self.minimumRun - 1
        for j in bLo..<bHi {
            let id = Int(b[j])
            if countB[id] == 1 && countA[id] == 1 {
                let i = Int(positionA[id])
                var run = 1
                var k = 1
                while run <= reach && k <= reach && i - k >= 0 && j - k >= 0 && a[i - k] == b[j - k] {
                    run += 1; k += 1
                }
                k = 1
                while run <= reach && i + k < aCount && j + k < bCount && a[i + k] == b[j + k] {
                    run += 1; k += 1
                }
                guard run >= Self.minimumRun else { continue }
                candidateA.append(Int32(truncatingIfNeeded: i))
                candidateB.append(Int32(truncatingIfNeeded: j))
            }
        }
        for i in aLo..<aHi { countA[Int(a[i])] = 0 }
        for j in bLo..<bHi { countB[Int(b[j])] = 0 }
        guard !candidateA.isEmpty else { return }

        // Patience sorting: tails[l] = index of the smallest tail of an
        // increasing chain of length l + 1; back[i] = predecessor of i.
        let k = candidateA.count
        var tails: [Int32] = []
        var back = [Int32](repeating: -1, count: k)
        tails.reserveCapacity(min(k, 1024))
        for i in 0..<k {
            let value = candidateA[i]
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if candidateA[Int(tails[mid])] < value { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { back[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(Int32(i)) } else { tails[lo] = Int32(i) }
        }
        var index = Int(tails[tails.count - 1])
        var count = tails.count
        anchorsA = [Int](repeating: 0, count: count)
        anchorsB = [Int](repeating: 0, count: count)
        while index >= 0 {
            count -= 1
            anchorsA[count] = Int(candidateA[index])
            anchorsB[count] = Int(candidateB[index])
            index = Int(back[index])
        }
    }
}
