/// Lifts an edit script over *content* tokens (see ``DiffSide``) back to the
/// full token sequences by deciding where the skipped tokens between content
/// tokens — the *gaps*: whitespace, and punctuation when it is ignored — go.
///
/// * A gap between two content tokens of the same equal run is compared with
///   the corresponding gap on the other side: equivalent gaps are equal,
///   different ones become a (whitespace) change.
/// * Around a change block, a leading or trailing gap that is equivalent on
///   both sides stays equal; otherwise it joins the change. For a pure
///   deletion or insertion the single gap on the other side is matched with
///   the leading gap first ("the ~~big~~ cat" deletes "big ", keeping the
///   space before it), else the trailing one.
///
/// Gap equivalence compares token ids after dropping ignorable kinds
/// (whitespace under `ignoreWhitespace`, punctuation under
/// `ignorePunctuation`). Without ignore options it is byte equality.
struct GapProjection {
    let old: DiffSide
    let new: DiffSide
    let ignoreWhitespace: Bool
    let ignorePunctuation: Bool

    @inline(__always)
    private func ignorable(_ kind: TokenKind) -> Bool {
        (kind == .whitespace && ignoreWhitespace) || (kind == .punctuation && ignorePunctuation)
    }

    /// Whether two token runs are equivalent under the options.
    ///
    /// - Complexity: O(length of the runs).
    func equivalent(_ o: Range<Int>, _ n: Range<Int>) -> Bool {
        if o.count == 1 && n.count == 1 {  // the common case: one space each
            let i = o.lowerBound, j = n.lowerBound
            if old.ids[i] == new.ids[j] { return true }
            return ignorable(old.tokens.kinds[i]) && ignorable(new.tokens.kinds[j])
        }
        var i = o.lowerBound, j = n.lowerBound
        while true {
            while i < o.upperBound && ignorable(old.tokens.kinds[i]) { i += 1 }
            while j < n.upperBound && ignorable(new.tokens.kinds[j]) { j += 1 }
            if i == o.upperBound || j == n.upperBound {
                return i == o.upperBound && j == n.upperBound
            }
            if old.ids[i] != new.ids[j] { return false }
            i += 1
            j += 1
        }
    }

    /// Projects content-space edits to full-token-space segments.
    ///
    /// - Complexity: O(*N* + *M*) in the number of tokens.
    func project(_ edits: [IntDiff.Edit]) -> [Segment] {
        var builder = SegmentBuilder()
        // Content index just past the previous equal run, and token index
        // just past its last content token.
        var prevC = (0, 0)
        var prevEnd = (0, 0)
        for edit in edits where edit.kind == .equal {
            let ci = edit.oldRange.lowerBound, cj = edit.newRange.lowerBound
            emitRegion(
                &builder, old: prevEnd.0..<old.position(ci), new: prevEnd.1..<new.position(cj),
                oldContent: prevC.0..<ci, newContent: prevC.1..<cj)
            // The run itself: content tokens with interior gaps. Runs of
            // equivalent gaps become one equal segment.
            let k = edit.oldRange.count
            var t = 0
            while t < k {
                var u = t
                var differingGap: (Range<Int>, Range<Int>)? = nil
                while u + 1 < k {
                    let go = (old.position(ci + u) + 1)..<old.position(ci + u + 1)
                    let gn = (new.position(cj + u) + 1)..<new.position(cj + u + 1)
                    if (go.isEmpty && gn.isEmpty) || equivalent(go, gn) {
                        u += 1
                    } else {
                        differingGap = (go, gn)
                        break
                    }
                }
                builder.advance(equal: true, oldTo: old.position(ci + u) + 1, newTo: new.position(cj + u) + 1)
                if let (go, gn) = differingGap {
                    builder.advance(equal: false, oldTo: go.upperBound, newTo: gn.upperBound)
                }
                t = u + 1
            }
            prevC = (ci + k, cj + k)
            prevEnd = (old.position(ci + k - 1) + 1, new.position(cj + k - 1) + 1)
        }
        emitRegion(
            &builder, old: prevEnd.0..<old.count, new: prevEnd.1..<new.count,
            oldContent: prevC.0..<old.contentCount, newContent: prevC.1..<new.contentCount)
        return builder.segments
    }

    /// Emits the region between two equal runs (or a text end): its
    /// content tokens are all changed, its edge gaps may stay equal.
    private func emitRegion(
        _ builder: inout SegmentBuilder, old o: Range<Int>, new n: Range<Int>,
        oldContent: Range<Int>, newContent: Range<Int>
    ) {
        if o.isEmpty && n.isEmpty { return }
        let p = oldContent.count, q = newContent.count
        if p == 0 && q == 0 {
            builder.advance(equal: equivalent(o, n), oldTo: o.upperBound, newTo: n.upperBound)
            return
        }
        // Leading / trailing gaps of each side (the whole region if it has
        // no content tokens).
        let oldLead = p == 0 ? o : o.lowerBound..<old.position(oldContent.lowerBound)
        let oldTrail = p == 0 ? o : (old.position(oldContent.upperBound - 1) + 1)..<o.upperBound
        let newLead = q == 0 ? n : n.lowerBound..<new.position(newContent.lowerBound)
        let newTrail = q == 0 ? n : (new.position(newContent.upperBound - 1) + 1)..<n.upperBound

        if p > 0 && q > 0 {
            if equivalent(oldLead, newLead) {
                builder.advance(equal: true, oldTo: oldLead.upperBound, newTo: newLead.upperBound)
            }
            if equivalent(oldTrail, newTrail) {
                builder.advance(equal: false, oldTo: oldTrail.lowerBound, newTo: newTrail.lowerBound)
                builder.advance(equal: true, oldTo: o.upperBound, newTo: n.upperBound)
            } else {
                builder.advance(equal: false, oldTo: o.upperBound, newTo: n.upperBound)
            }
        } else if q == 0 {
            // Pure deletion: `n` is a single gap.
            if equivalent(oldLead, n) {
                builder.advance(equal: true, oldTo: oldLead.upperBound, newTo: n.upperBound)
                builder.advance(equal: false, oldTo: o.upperBound, newTo: n.upperBound)
            } else if equivalent(oldTrail, n) {
                builder.advance(equal: false, oldTo: oldTrail.lowerBound, newTo: n.lowerBound)
                builder.advance(equal: true, oldTo: o.upperBound, newTo: n.upperBound)
            } else {
                builder.advance(equal: false, oldTo: o.upperBound, newTo: n.upperBound)
            }
        } else {
            // Pure insertion: `o` is a single gap.
            if equivalent(o, newLead) {
                builder.advance(equal: true, oldTo: o.upperBound, newTo: newLead.upperBound)
                builder.advance(equal: false, oldTo: o.upperBound, newTo: n.upperBound)
            } else if equivalent(o, newTrail) {
                builder.advance(equal: false, oldTo: o.lowerBound, newTo: newTrail.lowerBound)
                builder.advance(equal: true, oldTo: o.upperBound, newTo: n.upperBound)
            } else {
                builder.advance(equal: false, oldTo: o.upperBound, newTo: n.upperBound)
            }
        }
    }
}
