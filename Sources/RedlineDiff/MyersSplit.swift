/// Where a linear-space Myers search divides a sub-problem.
struct MyersSplit {
    enum Outcome {
        /// `(x, y)` lies on an optimal path: solve both halves exactly.
        case middleSnake
        /// The cost bound fired. The part `[aLo, x) × [bLo, y)` has already
        /// been marked (on an optimal path to `(x, y)`); the rest remains.
        case boundedLow
        /// The cost bound fired. The part `[x, aHi) × [y, bHi)` has already
        /// been marked; `[aLo, x) × [bLo, y)` remains.
        case boundedHigh
        /// The cost bound fired without a frontier history (very large
        /// bounds): `[aLo, x) × [bLo, y)` lies on a path of at most
        /// `halfLimit` edits and must be solved exactly; the rest remains.
        case heuristicLow
        /// As `heuristicLow`, with `[x, aHi) × [y, bHi)` to be solved exactly.
        case heuristicHigh
    }

    var x: Int
    var y: Int
    var outcome: Outcome
}

/// Linear-space Myers "middle snake" search (E. Myers, 1986), in the
/// formulation of libxdiff's `xdl_split`, with a cost bound.
///
/// Forward and backward furthest-reaching D-paths are advanced in lock step on
/// diagonals `k = x − y`; when they overlap, the overlap point lies on an
/// optimal edit path.
///
/// **Cost bound.** When the search is allowed to give up (`needMinimal` is
/// false), the box is larger than `4 · halfLimit` elements, and `halfLimit`
/// steps in each direction found no overlap, the search stops at the
/// furthest point either direction reached. Unlike libxdiff, which then
/// re-solves the part behind that point, the search keeps the history of its
/// frontiers (O(`halfLimit`²) memory) and marks that part directly from the
/// path it already found, which is optimal up to that point. The split is
/// valid but not globally optimal.
///
/// A sub-problem whose edit distance is at most `2 · halfLimit`, or whose
/// two sides total at most `4 · halfLimit` elements, is always solved
/// exactly.
struct MyersSearch {
    let a: UnsafePointer<Int32>
    let b: UnsafePointer<Int32>
    /// Scratch vectors indexed by absolute diagonal (`x − y`), valid for every
    /// diagonal in `-(m + 1) ... n + 1`.
    let kf: UnsafeMutablePointer<Int>
    let kb: UnsafeMutablePointer<Int>
    let changedA: UnsafeMutablePointer<Bool>
    let changedB: UnsafeMutablePointer<Bool>
    let halfLimit: Int
    /// Frontier history for the bounded case: per step, `[min, max]` then
    /// the values of every second diagonal in between.
    let forwardHistory: UnsafeMutablePointer<Int>?
    let backwardHistory: UnsafeMutablePointer<Int>?
    /// Start offset of each step's record in the histories (`halfLimit + 2` entries).
    let forwardOffsets: UnsafeMutablePointer<Int>?
    let backwardOffsets: UnsafeMutablePointer<Int>?

    /// Above this `halfLimit` no frontier history is kept (it would need
    /// O(`halfLimit`²) memory); the bound then re-solves the part behind the
    /// split point exactly, as libxdiff does.
    static let maxHistoryHalfLimit = 1_024

    /// The number of `Int`s each history buffer needs for `halfLimit`.
    ///
    /// - Complexity: O(1).
    static func historyCapacity(halfLimit: Int) -> Int {
        // Σ_{ec=0}^{H} (ec + 1 values + 2 bounds) ≤ (H + 1)(H + 6) / 2 + slack.
        (halfLimit + 1) * (halfLimit + 6) / 2 + 16
    }

    /// Finds a split of `[aLo, aHi) × [bLo, bHi)` (both non-empty, with
    /// differing first and last elements).
    ///
    /// - Complexity: O((*n* + *m*) · *D*) time for a middle snake at distance
    ///   *D*; O(`halfLimit`²) when the bound fires. No allocation.
    func split(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, needMinimal: Bool) -> MyersSplit {
        let dmin = aLo - bHi
        let dmax = aHi - bLo
        let fmid = aLo - bLo
        let bmid = aHi - bHi
        let odd = ((fmid - bmid) & 1) != 0
        var fmin = fmid, fmax = fmid
        var bmin = bmid, bmax = bmid
        kf[fmid] = aLo
        kb[bmid] = aHi

        var bounded = !needMinimal && halfLimit != Int.max
            && ((aHi - aLo) + (bHi - bLo) - 1) / 4 >= halfLimit
        let recording = bounded && forwardHistory != nil
        var forwardUsed = 0, backwardUsed = 0
        if recording {
            record(forwardHistory!, forwardOffsets!, &forwardUsed, step: 0, kf, fmin, fmax)
            record(backwardHistory!, backwardOffsets!, &backwardUsed, step: 0, kb, bmin, bmax)
        }

        var ec = 1
        while true {
            // Forward pass: extend the diagonal domain by one (or shrink it at
            // the box edge, keeping the parity), initialising the outer values
            // so the inner loop needs no bounds checks.
            if fmin > dmin { fmin -= 1; kf[fmin - 1] = -1 } else { fmin += 1 }
            if fmax < dmax { fmax += 1; kf[fmax + 1] = -1 } else { fmax -= 1 }
            let forwardRecord = recording ? beginRecord(forwardHistory!, forwardOffsets!, &forwardUsed, step: ec, fmin, fmax) : nil
            var d = fmax
            if odd {
                while d >= fmin {
                    let left = kf[d - 1], up = kf[d + 1]
                    var x = left >= up ? left + 1 : up
                    var y = x - d
                    while x < aHi && y < bHi && a[x] == b[y] { x += 1; y += 1 }
                    kf[d] = x
                    forwardRecord?[(d - fmin) >> 1] = x
                    if bmin <= d && d <= bmax && kb[d] <= x {
                        return MyersSplit(x: x, y: y, outcome: .middleSnake)
                    }
                    d -= 2
                }
            } else {
                while d >= fmin {
                    let left = kf[d - 1], up = kf[d + 1]
                    var x = left >= up ? left + 1 : up
                    var y = x - d
                    while x < aHi && y < bHi && a[x] == b[y] { x += 1; y += 1 }
                    kf[d] = x
                    forwardRecord?[(d - fmin) >> 1] = x
                    d -= 2
                }
            }

            // Backward pass.
            if bmin > dmin { bmin -= 1; kb[bmin - 1] = Int.max } else { bmin += 1 }
            if bmax < dmax { bmax += 1; kb[bmax + 1] = Int.max } else { bmax -= 1 }
            let backwardRecord = recording ? beginRecord(backwardHistory!, backwardOffsets!, &backwardUsed, step: ec, bmin, bmax) : nil
            d = bmax
            if odd {
                while d >= bmin {
                    let left = kb[d - 1], right = kb[d + 1]
                    var x = left < right ? left : right - 1
                    var y = x - d
                    while x > aLo && y > bLo && a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
                    kb[d] = x
                    backwardRecord?[(d - bmin) >> 1] = x
                    d -= 2
                }
            } else {
                while d >= bmin {
                    let left = kb[d - 1], right = kb[d + 1]
                    var x = left < right ? left : right - 1
                    var y = x - d
                    while x > aLo && y > bLo && a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
                    kb[d] = x
                    backwardRecord?[(d - bmin) >> 1] = x
                    if fmin <= d && d <= fmax && x <= kf[d] {
                        return MyersSplit(x: x, y: y, outcome: .middleSnake)
                    }
                    d -= 2
                }
            }

            if bounded && ec >= halfLimit {
                if let split = giveUp(aLo, aHi, bLo, bHi, steps: ec, fmin, fmax, bmin, bmax, recorded: recording) {
                    return split
                }
                bounded = false  // no progress possible (cannot happen in practice): finish exactly
            }
            ec += 1
        }
    }

    /// Starts the record of step `step` (domain `[low, high]`) and returns
    /// where its values go (one per diagonal of the step's parity).
    @inline(__always)
    private func beginRecord(
        _ history: UnsafeMutablePointer<Int>, _ offsets: UnsafeMutablePointer<Int>, _ used: inout Int,
        step: Int, _ low: Int, _ high: Int
    ) -> UnsafeMutablePointer<Int> {
        offsets[step] = used
        history[used] = low
        history[used + 1] = high
        let values = history + used + 2
        used += 2 + (high - low) / 2 + 1
        return values
    }

    @inline(__always)
    private func record(
        _ history: UnsafeMutablePointer<Int>, _ offsets: UnsafeMutablePointer<Int>, _ used: inout Int,
        step: Int, _ v: UnsafeMutablePointer<Int>, _ low: Int, _ high: Int
    ) {
        offsets[step] = used
        history[used] = low
        history[used + 1] = high
        used += 2
        var d = low
        while d <= high {
            history[used] = v[d]
            used += 1
            d += 2
        }
    }

    /// The value a frontier had on diagonal `d` after step `step`, or
    /// `outside` if `d` was not in that step's domain.
    @inline(__always)
    private func recorded(
        _ history: UnsafeMutablePointer<Int>, _ offsets: UnsafeMutablePointer<Int>,
        step: Int, _ d: Int, outside: Int
    ) -> Int {
        let base = offsets[step]
        let low = history[base], high = history[base + 1]
        guard d >= low && d <= high && (d - low) & 1 == 0 else { return outside }
        return history[base + 2 + (d - low) / 2]
    }

    /// The bound fired: pick the furthest valid point either search reached,
    /// mark the part behind it along the recorded path, and split there.
    private func giveUp(
        _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, steps: Int,
        _ fmin: Int, _ fmax: Int, _ bmin: Int, _ bmax: Int, recorded: Bool
    ) -> MyersSplit? {
        var fbest = -1, fbestD = 0
        var d = fmax
        while d >= fmin {
            let x = kf[d], y = x - d
            if x >= aLo && x <= aHi && y >= bLo && y <= bHi && x + y > fbest { fbest = x + y; fbestD = d }
            d -= 2
        }
        var bbest = Int.max, bbestD = 0
        d = bmax
        while d >= bmin {
            let x = kb[d], y = x - d
            if x >= aLo && x <= aHi && y >= bLo && y <= bHi && x + y < bbest { bbest = x + y; bbestD = d }
            d -= 2
        }
        let forwardGain = fbest < 0 ? 0 : fbest - (aLo + bLo)
        let backwardGain = bbest == Int.max ? 0 : (aHi + bHi) - bbest
        guard forwardGain > 0 || backwardGain > 0 else { return nil }
        if forwardGain >= backwardGain {
            let x = kf[fbestD]
            guard recorded else { return MyersSplit(x: x, y: x - fbestD, outcome: .heuristicLow) }
            markForwardPath(diagonal: fbestD, steps: steps)
            return MyersSplit(x: x, y: x - fbestD, outcome: .boundedLow)
        } else {
            let x = kb[bbestD]
            guard recorded else { return MyersSplit(x: x, y: x - bbestD, outcome: .heuristicHigh) }
            markBackwardPath(diagonal: bbestD, steps: steps)
            return MyersSplit(x: x, y: x - bbestD, outcome: .boundedHigh)
        }
    }

    /// Walks the forward path ending on diagonal `d` after `steps`
    /// steps back to the start, marking its deletions and insertions.
    private func markForwardPath(diagonal d: Int, steps: Int) {
        var d = d
        for step in stride(from: steps, through: 1, by: -1) {
            let left = recorded(forwardHistory!, forwardOffsets!, step: step - 1, d - 1, outside: -1)
            let up = recorded(forwardHistory!, forwardOffsets!, step: step - 1, d + 1, outside: -1)
            if left >= up {
                changedA[left] = true  // right move from diagonal d − 1: delete a[left]
                d -= 1
            } else {
                changedB[up - d - 1] = true  // down move from diagonal d + 1: insert b[up − d − 1]
                d += 1
            }
        }
    }

    /// Walks the backward path ending on diagonal `d` after `steps`
    /// steps back to the box's far corner, marking its edits.
    private func markBackwardPath(diagonal d: Int, steps: Int) {
        var d = d
        for step in stride(from: steps, through: 1, by: -1) {
            let left = recorded(backwardHistory!, backwardOffsets!, step: step - 1, d - 1, outside: Int.max)
            let right = recorded(backwardHistory!, backwardOffsets!, step: step - 1, d + 1, outside: Int.max)
            if left < right {
                changedB[left - d] = true  // up move from diagonal d − 1: insert b[left − d]
                d -= 1
            } else {
                changedA[right - 1] = true  // left move from diagonal d + 1: delete a[right − 1]
                d += 1
            }
        }
    }
}
