/// Post-processing that makes a token-level edit script read like a lawyer's
/// redline. Every step rewrites segments so that they still tile both token
/// sequences, so the script stays valid (`apply(old) == new`).
///
/// 1. **Boundary shifting** (diff-match-patch's `cleanupSemanticLossless`):
///    a pure insertion or deletion that can slide along repeated tokens is
///    moved to the position with the best boundaries — text edge > blank line
///    > line break > end of sentence > whitespace > punctuation — preferring,
///    on ties, an edit that starts with a word ("the ~~big ~~cat", not
///    "the~~ big~~ cat"). Only done when no ignore option is on, since then
///    equal segments are token-for-token identical.
/// 2. **Absorbing short equalities**: an equality between two changes that
///    holds at most one word and two punctuation marks (and no line break)
///    is folded into one change, so "~~the University~~ an Employer ~~of~~
///    ~~record~~ …" does not leave a lone space or "the" stranded. A word is
///    only absorbed when it is a connecting word ("the", "of", "and", "to",
///    "a") and both neighbouring changes contain more than whitespace; other
///    words stay as found, so the script stays near minimal.
/// 3. **Merging** adjacent segments of the same kind.
struct SemanticCleanup {
    let old: DiffSide
    let new: DiffSide
    /// Whether boundary shifting is allowed (no ignore options).
    let allowShifting: Bool

    /// How far a pure edit is slid in each direction at most.
    static let maxShift = 64

    /// Runs the clean-up.
    ///
    /// - Complexity: O(*s* · `maxShift` + *N* + *M*) for *s* segments.
    func run(_ segments: [Segment]) -> [Segment] {
        var segments = SegmentBuilder.normalized(segments)
        if allowShifting { shiftPureEdits(&segments) }
        return absorbShortEqualities(segments)
    }

    // MARK: - Boundary shifting

    private func shiftPureEdits(_ segments: inout [Segment]) {
        guard segments.count >= 2 else { return }
        for k in 0..<segments.count {
            let segment = segments[k]
            guard !segment.isEqual, segment.old.isEmpty != segment.new.isEmpty else { continue }
            let hasBefore = k > 0 && segments[k - 1].isEqual
            let hasAfter = k + 1 < segments.count && segments[k + 1].isEqual
            guard hasBefore || hasAfter else { continue }
            let isInsertion = segment.old.isEmpty
            let side = isInsertion ? new : old
            let range = isInsertion ? segment.new : segment.old
            let lowerLimit = hasBefore ? (isInsertion ? segments[k - 1].new : segments[k - 1].old).lowerBound : range.lowerBound
            let upperLimit = hasAfter ? (isInsertion ? segments[k + 1].new : segments[k + 1].old).upperBound : range.upperBound
            let ids = side.ids
            // Slide fully left, then evaluate every position to the right. Sliding left moves text of
            // the equal run before into one after, so it needs one after (and sliding right, one before):
            // without it that text would drop out of the script ("Union" → "Union Union").
            var leftShift = 0
            while hasAfter, leftShift < Self.maxShift, range.lowerBound - leftShift - 1 >= lowerLimit,
                ids[range.lowerBound - leftShift - 1] == ids[range.upperBound - leftShift - 1]
            {
                leftShift += 1
            }
            var rightShift = 0
            while hasBefore, rightShift < Self.maxShift, range.upperBound + rightShift < upperLimit,
                ids[range.lowerBound + rightShift] == ids[range.upperBound + rightShift]
            {
                rightShift += 1
            }
            guard leftShift > 0 || rightShift > 0 else { continue }
            var bestDelta = 0
            var bestScore = Int.min
            for delta in -leftShift...rightShift {
                let lo = range.lowerBound + delta, hi = range.upperBound + delta
                var score = 4 * (boundaryScore(side, lo - 1, lo) + boundaryScore(side, hi - 1, hi))
                if side.tokens.kinds[lo] != .whitespace { score += 2 }
                if side.tokens.kinds[hi - 1] == .whitespace { score += 1 }
                if score >= bestScore { bestScore = score; bestDelta = delta }
            }
            guard bestDelta != 0 else { continue }
            // Move the edit by `bestDelta` tokens; both neighbours move with it.
            let moved = (range.lowerBound + bestDelta)..<(range.upperBound + bestDelta)
            if isInsertion {
                let at = segment.old.lowerBound + bestDelta
                segments[k].new = moved
                segments[k].old = at..<at
            } else {
                let at = segment.new.lowerBound + bestDelta
                segments[k].old = moved
                segments[k].new = at..<at
            }
            if hasBefore {
                segments[k - 1].old = segments[k - 1].old.lowerBound..<segments[k].old.lowerBound
                segments[k - 1].new = segments[k - 1].new.lowerBound..<segments[k].new.lowerBound
            }
            if hasAfter {
                segments[k + 1].old = segments[k].old.upperBound..<segments[k + 1].old.upperBound
                segments[k + 1].new = segments[k].new.upperBound..<segments[k + 1].new.upperBound
            }
        }
        segments = SegmentBuilder.normalized(segments)
    }

    /// How good a place the boundary between tokens `left` and `right` of
    /// `side` is for an edit to begin or end (higher is better).
    private func boundaryScore(_ side: DiffSide, _ left: Int, _ right: Int) -> Int {
        guard left >= 0, right < side.count else { return 6 }
        let kinds = side.tokens.kinds
        let lk = kinds[left], rk = kinds[right]
        if lk == .whitespace || rk == .whitespace {
            let newlines = max(
                lk == .whitespace ? newlineCount(side, left) : 0,
                rk == .whitespace ? newlineCount(side, right) : 0)
            if newlines >= 2 { return 5 }
            if newlines == 1 { return 4 }
            if lk == .punctuation && rk == .whitespace && isSentenceEnd(side, left) { return 3 }
            return 2
        }
        if lk == .punctuation || rk == .punctuation { return 1 }
        return 0
    }

    private func newlineCount(_ side: DiffSide, _ index: Int) -> Int {
        side.tokens.count(of: 0x0A, in: index)
    }

    private func isSentenceEnd(_ side: DiffSide, _ index: Int) -> Bool {
        let range = side.tokens.byteRange(of: index)
        guard range.count == 1 else { return false }
        switch side.tokens.firstByte(of: index) {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    // MARK: - Absorbing short equalities

    private func absorbShortEqualities(_ segments: [Segment]) -> [Segment] {
        var out: [Segment] = []
        out.reserveCapacity(segments.count)
        for segment in segments {
            if !segment.isEqual, out.count >= 2, out[out.count - 1].isEqual, !out[out.count - 2].isEqual,
                isAbsorbable(out[out.count - 1], between: out[out.count - 2], and: segment)
            {
                out.removeLast()
                let first = out.removeLast()
                out.append(Segment(
                    isEqual: false,
                    old: first.old.lowerBound..<segment.old.upperBound,
                    new: first.new.lowerBound..<segment.new.upperBound))
            } else {
                out.append(segment)
            }
        }
        return SegmentBuilder.normalized(out)
    }

    private struct Census {
        var words = 0
        var punctuation = 0
        var newline = false
    }

    private func census(_ side: DiffSide, _ range: Range<Int>) -> Census {
        var census = Census()
        for index in range {
            switch side.tokens.kinds[index] {
            case .word, .number: census.words += 1
            case .punctuation: census.punctuation += 1
            case .whitespace: if newlineCount(side, index) > 0 { census.newline = true }
            }
        }
        return census
    }

    private func isAbsorbable(_ equality: Segment, between first: Segment, and second: Segment) -> Bool {
        // Cheap size guard before looking at the tokens.
        guard equality.old.count <= 8 && equality.new.count <= 8 else { return false }
        let o = census(old, equality.old), n = census(new, equality.new)
        if o.newline || n.newline { return false }
        let words = max(o.words, n.words), punctuation = max(o.punctuation, n.punctuation)
        guard words <= 1 && punctuation <= 2 else { return false }
        if words == 0 { return true }
        // Only short connecting words ("the", "of", "and", "a", "to") are folded in: they are what a
        // reader sees stranded between two changes. Longer words stay as found, keeping the script near minimal.
        return isConnectingWord(old, equality.old) && hasSubstance(first) && hasSubstance(second)
    }

    /// The articles, conjunctions and prepositions a reader sees stranded between two changes.
    private static let connectingWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "as",
    ]

    /// True when the single word in `range` is a connecting word ("the", "of", "and").
    private func isConnectingWord(_ side: DiffSide, _ range: Range<Int>) -> Bool {
        for index in range where side.tokens.kinds[index] == .word || side.tokens.kinds[index] == .number {
            guard side.tokens.kinds[index] == .word, side.tokens.byteRange(of: index).count <= 3 else { return false }
            return Self.connectingWords.contains(side.tokens[index].lowercased())
        }
        return true
    }

    /// Whether a change touches anything but whitespace.
    private func hasSubstance(_ change: Segment) -> Bool {
        for index in change.old where old.tokens.kinds[index] != .whitespace { return true }
        for index in change.new where new.tokens.kinds[index] != .whitespace { return true }
        return false
    }
}
