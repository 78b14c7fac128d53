import Testing
@testable import RedlineDiff

@Suite("IntDiff")
struct IntDiffTests {
    private func randomArray(_ length: Int, alphabet: Int, _ rng: inout SeededGenerator) -> [Int32] {
        (0..<length).map { _ in Int32(rng.next() % UInt64(alphabet)) }
    }

    /// A copy of `base` with random insertions, deletions and substitutions.
    private func edited(_ base: [Int32], edits: Int, alphabet: Int, _ rng: inout SeededGenerator) -> [Int32] {
        var out = base
        for _ in 0..<edits {
            let position = out.isEmpty ? 0 : Int(rng.next() % UInt64(out.count + 1))
            switch rng.next() % 3 {
            case 0: out.insert(Int32(rng.next() % UInt64(alphabet)), at: position)
            case 1: if position < out.count { out.remove(at: position) }
            default: if position < out.count { out[position] = Int32(rng.next() % UInt64(alphabet)) }
            }
        }
        return out
    }

    @Test func trivialCases() {
        #expect(IntDiff.diff([], []).edits.isEmpty)
        #expect(IntDiff.diff([1, 2], []).edits == [IntDiff.Edit(kind: .delete, oldRange: 0..<2, newRange: 0..<0)])
        #expect(IntDiff.diff([], [3]).edits == [IntDiff.Edit(kind: .insert, oldRange: 0..<0, newRange: 0..<1)])
        #expect(IntDiff.diff([1, 2, 3], [1, 2, 3]).edits == [IntDiff.Edit(kind: .equal, oldRange: 0..<3, newRange: 0..<3)])
        let (edits, minimal) = IntDiff.diff([1, 2, 3, 4], [1, 9, 3, 4])
        #expect(minimal)
        #expect(edits.map(\.kind) == [.equal, .delete, .insert, .equal])
    }

    @Test func unusualIdsAreRenumbered() {
        let a: [Int32] = [-5, Int32.max, 7, -5, 1_000_000_000]
        let b: [Int32] = [Int32.max, 7, 42, -5]
        let (edits, _) = IntDiff.diff(a, b)
        #expect(Check.isValid(edits, a, b))
        #expect(Check.cost(edits) == Check.minimalCost(a, b))
    }

    /// Exhaustive-style check against the LCS dynamic programme on many small
    /// random inputs (below the anchoring threshold, the search is exact).
    @Test(arguments: [2, 3, 5, 26])
    func minimalOnSmallRandomInputs(alphabet: Int) {
        var rng = SeededGenerator(seed: UInt64(alphabet))
        for round in 0..<3_000 {
            let n = Int(rng.next() % 60), m = Int(rng.next() % 60)
            let a = randomArray(n, alphabet: alphabet, &rng)
            let b = round % 2 == 0 ? randomArray(m, alphabet: alphabet, &rng)
                : edited(a, edits: Int(rng.next() % 8), alphabet: alphabet, &rng)
            let (edits, minimal) = IntDiff.diff(a, b)
            #expect(minimal)
            #expect(Check.isValid(edits, a, b), "invalid script for \(a) -> \(b)")
            #expect(Check.cost(edits) == Check.minimalCost(a, b), "not minimal for \(a) -> \(b)")
        }
    }

    /// Plain Myers (no anchoring, no bound) is minimal at any size.
    @Test func exactModeIsMinimalOnLargerInputs() {
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<60 {
            let a = randomArray(Int(rng.next() % 400), alphabet: 20, &rng)
            let b = edited(a, edits: Int(rng.next() % 60), alphabet: 20, &rng)
            let (edits, minimal) = IntDiff.diff(a, b, costLimit: .max, anchoring: false)
            #expect(minimal)
            #expect(Check.isValid(edits, a, b))
            #expect(Check.cost(edits) == Check.minimalCost(a, b))
        }
    }

    /// Skewed shapes stress the box edges of the middle-snake search.
    @Test func skewedShapes() {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            let a = randomArray(Int(rng.next() % 4), alphabet: 3, &rng)
            let b = randomArray(Int(rng.next() % 90), alphabet: 3, &rng)
            for (x, y) in [(a, b), (b, a)] {
                let (edits, _) = IntDiff.diff(x, y, costLimit: .max, anchoring: false)
                #expect(Check.isValid(edits, x, y))
                #expect(Check.cost(edits) == Check.minimalCost(x, y))
            }
        }
    }

    /// With anchoring on medium inputs the script is valid and (for edited
    /// copies of one sequence) as short as the optimum.
    @Test func anchoredMediumInputs() {
        var rng = SeededGenerator(seed: 1234)
        var total = 0, optimal = 0
        for _ in 0..<40 {
            let a = randomArray(300 + Int(rng.next() % 700), alphabet: 2_000, &rng)
            let b = edited(a, edits: 1 + Int(rng.next() % 40), alphabet: 2_000, &rng)
            let (edits, minimal) = IntDiff.diff(a, b)
            #expect(minimal)
            #expect(Check.isValid(edits, a, b))
            total += Check.cost(edits)
            optimal += Check.minimalCost(a, b)
        }
        #expect(total == optimal)
    }

    /// Small cost limits fire the heuristic: the result stays valid and says so.
    @Test func costBoundKeepsScriptsValid() {
        var rng = SeededGenerator(seed: 77)
        var fired = 0
        for round in 0..<400 {
            let a = randomArray(Int(rng.next() % 300), alphabet: 4, &rng)
            let b = round % 3 == 0 ? edited(a, edits: 30, alphabet: 4, &rng) : randomArray(Int(rng.next() % 300), alphabet: 4, &rng)
            let limit = 1 + Int(rng.next() % 12)
            let anchoring = round % 2 == 0
            let (edits, minimal) = IntDiff.diff(a, b, costLimit: limit, anchoring: anchoring)
            #expect(Check.isValid(edits, a, b))
            let cost = Check.cost(edits), best = Check.minimalCost(a, b)
            if !minimal { fired += 1 }
            if !anchoring {
                // Without anchoring only the bound can cost minimality, and a
                // problem within the bound is solved exactly.
                if cost > best { #expect(!minimal, "non-minimal script not flagged") }
                if best <= limit { #expect(cost == best && minimal) }
            }
        }
        #expect(fired > 0)
    }

    /// The bound without frontier histories (libxdiff's re-solve, used for
    /// very large bounds) is valid too.
    @Test func costBoundWithoutHistoryKeepsScriptsValid() {
        var rng = SeededGenerator(seed: 78)
        var fired = 0
        for round in 0..<300 {
            let a = randomArray(Int(rng.next() % 300), alphabet: 4, &rng)
            let b = round % 3 == 0 ? edited(a, edits: 30, alphabet: 4, &rng) : randomArray(Int(rng.next() % 300), alphabet: 4, &rng)
            let limit = 1 + Int(rng.next() % 12)
            let result = IntDiff.changes(a, b, costLimit: limit, anchoring: false, keepHistory: false)
            let edits = IntDiff.editScript(changedA: result.changedA, changedB: result.changedB)
            #expect(Check.isValid(edits, a, b))
            let cost = Check.cost(edits), best = Check.minimalCost(a, b)
            if !result.isMinimal { fired += 1 }
            if cost > best { #expect(!result.isMinimal) }
            if best <= limit { #expect(cost == best && result.isMinimal) }
        }
        #expect(fired > 0)
    }

    @Test func movedBlockDoesNotDragTheAlignment() {
        // 1000 distinct ids; move a block of 50 from the front to the back.
        let a = (0..<1_000).map { Int32($0) }
        let b = Array(a[50..<1_000] + a[0..<50])
        let (edits, minimal) = IntDiff.diff(a, b)
        #expect(minimal)
        #expect(Check.isValid(edits, a, b))
        #expect(Check.cost(edits) == 100)
    }

    /// A W2-like input in miniature: Zipf-distributed ids (frequent function
    /// words, a long tail of rare ones), 2 % scattered edits and a moved
    /// block. The anchored, bounded diff must stay within 1 % of the optimum.
    @Test func nearMinimalOnEditedZipfText() {
        var rng = SeededGenerator(seed: 2_002)
        var cumulative: [Double] = []
        var total = 0.0
        for rank in 1...3_000 { total += 1 / Double(rank); cumulative.append(total) }
        func draw() -> Int32 {
            let u = Double(rng.next() % 1_000_000) / 1_000_000 * total
            var lo = 0, hi = cumulative.count - 1
            while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] < u { lo = mid + 1 } else { hi = mid } }
            return Int32(lo)
        }
        let a = (0..<20_000).map { _ in draw() }
        var b: [Int32] = []
        for id in a {
            guard rng.next() % 50 == 0 else { b.append(id); continue }
            switch rng.next() % 3 {
            case 0: b.append(draw())
            case 1: b.append(id); b.append(draw())
            default: break
            }
        }
        let block = Array(b[3_000..<3_150])
        b.removeSubrange(3_000..<3_150)
        b.insert(contentsOf: block, at: 15_000)
        let (edits, minimal) = IntDiff.diff(a, b)
        #expect(minimal)
        #expect(Check.isValid(edits, a, b))
        let (exact, _) = IntDiff.diff(a, b, costLimit: .max, anchoring: false)
        let cost = Check.cost(edits), best = Check.cost(exact)
        #expect(Double(cost) <= 1.01 * Double(best), "anchored \(cost) vs minimal \(best)")
    }

    /// Many tiny blocks in reverse order: each anchoring level could only
    /// peel one block off. The anchoring budget keeps this near-linear.
    @Test func reversedTinyBlocksStayFast() {
        let blocks = 6_000
        let a = (0..<(blocks * 4)).map { Int32($0) }
        var b: [Int32] = []
        for block in stride(from: blocks - 1, through: 0, by: -1) { b += a[(block * 4)..<(block * 4 + 4)] }
        let clock = ContinuousClock()
        let start = clock.now
        let (edits, _) = IntDiff.diff(a, b)
        #expect(clock.now - start < .seconds(30))  // debug build; quadratic would take minutes
        #expect(Check.isValid(edits, a, b))
    }

    @Test func similarity() {
        #expect(IntDiff.similarity([], []) == 1)
        #expect(IntDiff.similarity([1, 2, 3, 4], [1, 2, 3, 4]) == 1)
        #expect(IntDiff.similarity([1, 2], [3, 4]) == 0)
        #expect(abs(IntDiff.similarity([1, 2, 3, 4], [1, 2, 5, 4]) - 0.75) < 1e-12)
    }
}
