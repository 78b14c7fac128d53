/// The sequence-diff driver behind ``IntDiff``: trims, anchors and runs the
/// bounded Myers search, recording the result as "changed" flags per element
/// (as libxdiff does), from which the edit script is read off.
///
/// Work is kept on an explicit stack (no recursion), so adversarial inputs
/// cannot overflow a thread's stack.
struct DiffEngine {
    /// Sub-problems below this combined length are always solved by plain
    /// Myers (minimal unless the cost bound fires); larger ones are first
    /// split at unique common tokens.
    static let anchoringThreshold = 256

    /// Anchoring may scan at most this many times the input length in total.
    static let anchoringWorkFactor = 32

    struct Result {
        var changedA: [Bool]
        var changedB: [Bool]
        var isMinimal: Bool
    }

    private enum Mode: UInt8 {
        /// Anchor on unique tokens if large, then Myers with the cost bound.
        case anchored
        /// Myers with the cost bound.
        case bounded
        /// Myers without the cost bound (known to be cheap).
        case exact
    }

    private struct Task {
        var aLo: Int, aHi: Int, bLo: Int, bHi: Int
        var mode: Mode
    }

    /// Diffs two sequences of dense ids (`0 ..< idCount`).
    ///
    /// - Parameters:
    ///   - costLimit: the largest edit distance a single middle-snake search
    ///     may explore before falling back to a non-minimal split.
    ///   - anchoring: whether large sub-problems are split at unique tokens.
    ///   - keepHistory: keep frontier histories for the bound (see
    ///     ``MyersSearch``); `false` re-solves behind each bounded split
    ///     instead (used above ``MyersSearch/maxHistoryHalfLimit``, and by tests).
    /// - Complexity: O((*N* + *M*) · min(*D*, `costLimit`)) time per level of
    ///   anchoring, O(*N* + *M* + `idCount`) memory.
    static func run(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        idCount: Int, costLimit: Int, anchoring: Bool, keepHistory: Bool = true
    ) -> Result {
        let n = a.count, m = b.count
        var changedA = [Bool](repeating: false, count: n)
        var changedB = [Bool](repeating: false, count: m)
        var isMinimal = true
        guard n > 0 || m > 0 else { return Result(changedA: changedA, changedB: changedB, isMinimal: true) }
        guard let pa = a.baseAddress, let pb = b.baseAddress, n > 0, m > 0 else {
            for i in 0..<n { changedA[i] = true }
            for j in 0..<m { changedB[j] = true }
            return Result(changedA: changedA, changedB: changedB, isMinimal: true)
        }
        let halfLimit = costLimit >= Int.max - 1 ? Int.max : max(1, (costLimit + 1) / 2)

        let vectorSize = n + m + 3
        let forwardStorage = UnsafeMutablePointer<Int>.allocate(capacity: vectorSize)
        let backwardStorage = UnsafeMutablePointer<Int>.allocate(capacity: vectorSize)
        // Frontier histories, needed only if some box is big enough for the bound to fire.
        let historyCapacity = keepHistory && halfLimit <= MyersSearch.maxHistoryHalfLimit && (n + m - 1) / 4 >= halfLimit
            ? MyersSearch.historyCapacity(halfLimit: halfLimit) : 0
        let histories = historyCapacity > 0
            ? UnsafeMutablePointer<Int>.allocate(capacity: 2 * historyCapacity + 2 * (halfLimit + 2)) : nil
        defer {
            forwardStorage.deallocate()
            backwardStorage.deallocate()
            histories?.deallocate()
        }

        let tableSize = anchoring ? max(idCount, 1) : 1
        let countA = UnsafeMutablePointer<UInt8>.allocate(capacity: tableSize)
        let countB = UnsafeMutablePointer<UInt8>.allocate(capacity: tableSize)
        let positionA = UnsafeMutablePointer<Int32>.allocate(capacity: tableSize)
        countA.initialize(repeating: 0, count: tableSize)
        countB.initialize(repeating: 0, count: tableSize)
        positionA.initialize(repeating: 0, count: tableSize)
        defer {
            countA.deallocate()
            countB.deallocate()
            positionA.deallocate()
        }
        let finder = UniqueAnchorFinder(countA: countA, countB: countB, positionA: positionA)
        var anchorsA: [Int] = []
        var anchorsB: [Int] = []
        // Anchoring scans each sub-problem it splits. Inputs built so that
        // every level peels off only a sliver (e.g. many tiny blocks in
        // reverse order) would make that quadratic, so the total scanned is
        // capped; past the cap, gaps go straight to the bounded search.
        var anchoringWork = 0
        let anchoringBudget = anchoringWorkFactor * (n + m)

        changedA.withUnsafeMutableBufferPointer { ca in
            changedB.withUnsafeMutableBufferPointer { cb in
                let search = MyersSearch(
                    a: pa, b: pb,
                    // Diagonal k = x − y ranges over −m … n (plus one sentinel each side).
                    kf: forwardStorage + (m + 1), kb: backwardStorage + (m + 1),
                    changedA: ca.baseAddress!, changedB: cb.baseAddress!,
                    halfLimit: halfLimit,
                    forwardHistory: histories,
                    backwardHistory: histories.map { $0 + historyCapacity },
                    forwardOffsets: histories.map { $0 + 2 * historyCapacity },
                    backwardOffsets: histories.map { $0 + 2 * historyCapacity + halfLimit + 2 })
                var stack: [Task] = [Task(aLo: 0, aHi: n, bLo: 0, bHi: m, mode: anchoring ? .anchored : .bounded)]
                while let task = stack.popLast() {
                    var aLo = task.aLo, aHi = task.aHi, bLo = task.bLo, bHi = task.bHi
                    // Common prefix and suffix are unchanged.
                    while aLo < aHi && bLo < bHi && pa[aLo] == pb[bLo] { aLo += 1; bLo += 1 }
                    while aLo < aHi && bLo < bHi && pa[aHi - 1] == pb[bHi - 1] { aHi -= 1; bHi -= 1 }
                    if aLo == aHi {
                        for j in bLo..<bHi { cb[j] = true }
                        continue
                    }
                    if bLo == bHi {
                        for i in aLo..<aHi { ca[i] = true }
                        continue
                    }
                    if aHi - aLo == 1 && bHi - bLo == 1 {
                        ca[aLo] = true
                        cb[bLo] = true
                        continue
                    }
                    if task.mode == .anchored && (aHi - aLo) + (bHi - bLo) > anchoringThreshold
                        && anchoringWork < anchoringBudget
                    {
                        anchoringWork += (aHi - aLo) + (bHi - bLo)
                        finder.anchors(pa, pb, aCount: n, bCount: m, aLo, aHi, bLo, bHi, into: &anchorsA, &anchorsB)
                        if !anchorsA.isEmpty {
                            // Gaps between consecutive anchors, pushed last-first.
                            var nextA = aHi, nextB = bHi
                            for index in stride(from: anchorsA.count - 1, through: 0, by: -1) {
                                let x = anchorsA[index], y = anchorsB[index]
                                stack.append(Task(aLo: x + 1, aHi: nextA, bLo: y + 1, bHi: nextB, mode: .anchored))
                                nextA = x
                                nextB = y
                            }
                            stack.append(Task(aLo: aLo, aHi: nextA, bLo: bLo, bHi: nextB, mode: .anchored))
                            continue
                        }
                    }
                    let split = search.split(aLo, aHi, bLo, bHi, needMinimal: task.mode == .exact)
                    precondition(
                        split.x >= aLo && split.x <= aHi && split.y >= bLo && split.y <= bHi,
                        "IntDiff: split outside its box")
                    // The rest of a bounded split stays bounded but is not re-anchored:
                    // anchoring just found nothing here, and re-scanning the remainder
                    // after every split would cost O(n²).
                    let rest: Mode = .bounded
                    switch split.outcome {
                    case .middleSnake:
                        // Both halves have a smaller edit distance: solve them exactly.
                        stack.append(Task(aLo: split.x, aHi: aHi, bLo: split.y, bHi: bHi, mode: .exact))
                        stack.append(Task(aLo: aLo, aHi: split.x, bLo: bLo, bHi: split.y, mode: .exact))
                    case .boundedLow:
                        isMinimal = false
                        stack.append(Task(aLo: split.x, aHi: aHi, bLo: split.y, bHi: bHi, mode: rest))
                    case .boundedHigh:
                        isMinimal = false
                        stack.append(Task(aLo: aLo, aHi: split.x, bLo: bLo, bHi: split.y, mode: rest))
                    case .heuristicLow:
                        isMinimal = false
                        stack.append(Task(aLo: split.x, aHi: aHi, bLo: split.y, bHi: bHi, mode: rest))
                        stack.append(Task(aLo: aLo, aHi: split.x, bLo: bLo, bHi: split.y, mode: .exact))
                    case .heuristicHigh:
                        isMinimal = false
                        stack.append(Task(aLo: split.x, aHi: aHi, bLo: split.y, bHi: bHi, mode: .exact))
                        stack.append(Task(aLo: aLo, aHi: split.x, bLo: bLo, bHi: split.y, mode: rest))
                    }
                }
            }
        }
        return Result(changedA: changedA, changedB: changedB, isMinimal: isMinimal)
    }
}
