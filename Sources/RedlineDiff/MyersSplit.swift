/// Where a linear-space Myers search divides a sub-problem, and whether each
/// half still has to be solved minimally.
struct MyersSplit {
    var x: Int
    var y: Int
    /// The lower-left half must be solved without the cost heuristic.
    var minimalLow: Bool
    /// The upper-right half must be solved without the cost heuristic.
    var minimalHigh: Bool
    /// The cost bound fired: the split is not on an optimal path.
    var heuristic: Bool
}

/// Linear-space Myers "middle snake" search (E. Myers, 1986), in the
/// formulation of libxdiff's `xdl_split`, with a cost bound.
///
/// Forward and backward furthest-reaching D-paths are advanced in lock step on
/// diagonals `k = x − y`; when they overlap, the overlap point lies on an
/// optimal edit path. If `needMinimal` is false and the search reaches
/// `halfLimit` steps in each direction without overlapping, the search gives
/// up and returns the furthest point reached (forward or backward, whichever
/// covers more of the box). That split is valid but not optimal, and
/// ``MyersSplit/heuristic`` is set.
///
/// `forward` and `backward` are scratch vectors indexed by absolute diagonal
/// (`x − y`), valid for every diagonal in `-(m + 1) ... n + 1`.
///
/// - Complexity: O((*N* + *M*) · *D*) time in the worst case, O(*N* + *D*²)
///   typically, and no allocation; *D* ≤ 2 · `halfLimit` unless `needMinimal`.
@inline(__always)
func myersSplit(
    _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>,
    _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int,
    forward kf: UnsafeMutablePointer<Int>, backward kb: UnsafeMutablePointer<Int>,
    needMinimal: Bool, halfLimit: Int
) -> MyersSplit {
    let dmin = aLo - bHi
    let dmax = aHi - bLo
    let fmid = aLo - bLo
    let bmid = aHi - bHi
    let odd = ((fmid - bmid) & 1) != 0
    var fmin = fmid, fmax = fmid
    var bmin = bmid, bmax = bmid
    kf[fmid] = aLo
    kb[bmid] = aHi

    var ec = 1
    while true {
        // Forward pass: extend the diagonal domain by one (or shrink it at
        // the box edge, keeping the parity), initialising the outer values
        // so the inner loop needs no bounds checks.
        if fmin > dmin { fmin -= 1; kf[fmin - 1] = -1 } else { fmin += 1 }
        if fmax < dmax { fmax += 1; kf[fmax + 1] = -1 } else { fmax -= 1 }
        var d = fmax
        while d >= fmin {
            var x = kf[d - 1] >= kf[d + 1] ? kf[d - 1] + 1 : kf[d + 1]
            var y = x - d
            while x < aHi && y < bHi && a[x] == b[y] { x += 1; y += 1 }
            kf[d] = x
            if odd && bmin <= d && d <= bmax && kb[d] <= x {
                return MyersSplit(x: x, y: y, minimalLow: true, minimalHigh: true, heuristic: false)
            }
            d -= 2
        }

        // Backward pass.
        if bmin > dmin { bmin -= 1; kb[bmin - 1] = Int.max } else { bmin += 1 }
        if bmax < dmax { bmax += 1; kb[bmax + 1] = Int.max } else { bmax -= 1 }
        d = bmax
        while d >= bmin {
            var x = kb[d - 1] < kb[d + 1] ? kb[d - 1] : kb[d + 1] - 1
            var y = x - d
            while x > aLo && y > bLo && a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
            kb[d] = x
            if !odd && fmin <= d && d <= fmax && x <= kf[d] {
                return MyersSplit(x: x, y: y, minimalLow: true, minimalHigh: true, heuristic: false)
            }
            d -= 2
        }

        if !needMinimal && ec >= halfLimit {
            // Cost bound reached: split at the furthest point either search
            // got to (clamped into the box).
            var fbest = -1, fbestX = aLo
            d = fmax
            while d >= fmin {
                var x = min(kf[d], aHi)
                var y = x - d
                if y > bHi { x = bHi + d; y = bHi }
                if x >= aLo && y >= bLo && fbest < x + y { fbest = x + y; fbestX = x }
                d -= 2
            }
            var bbest = Int.max, bbestX = aHi
            d = bmax
            while d >= bmin {
                var x = max(aLo, kb[d])
                var y = x - d
                if y < bLo { x = bLo + d; y = bLo }
                if x <= aHi && y <= bHi && x + y < bbest { bbest = x + y; bbestX = x }
                d -= 2
            }
            if fbest >= 0 && (bbest == Int.max || (aHi + bHi) - bbest < fbest - (aLo + bLo)) {
                return MyersSplit(x: fbestX, y: fbest - fbestX, minimalLow: true, minimalHigh: false, heuristic: true)
            } else if bbest != Int.max {
                return MyersSplit(x: bbestX, y: bbest - bbestX, minimalLow: false, minimalHigh: true, heuristic: true)
            }
        }
        ec += 1
    }
}
