/// A run of a full-token-space edit script: either an equality (old and new
/// tokens equivalent under the diff options) or a change (old tokens
/// replaced by new tokens; either side may be empty).
///
/// The internal currency between projection, clean-up and the public
/// ``DiffOperation``s. A valid script's segments tile both token sequences in
/// order.
struct Segment: Hashable {
    var isEqual: Bool
    var old: Range<Int>
    var new: Range<Int>
}

/// Appends segments that must tile both sequences contiguously, merging
/// neighbours of the same kind and dropping empty ones.
struct SegmentBuilder {
    private(set) var segments: [Segment] = []
    private(set) var oldEnd = 0
    private(set) var newEnd = 0

    /// Covers old tokens up to `oldTo` and new tokens up to `newTo` with one
    /// segment of the given kind.
    ///
    /// - Complexity: O(1) amortised.
    @inline(__always)
    mutating func advance(equal: Bool, oldTo: Int, newTo: Int) {
        precondition(oldTo >= oldEnd && newTo >= newEnd, "SegmentBuilder: non-contiguous segment")
        if oldTo == oldEnd && newTo == newEnd { return }
        if let last = segments.last, last.isEqual == equal {
            segments[segments.count - 1].old = last.old.lowerBound..<oldTo
            segments[segments.count - 1].new = last.new.lowerBound..<newTo
        } else {
            segments.append(Segment(isEqual: equal, old: oldEnd..<oldTo, new: newEnd..<newTo))
        }
        oldEnd = oldTo
        newEnd = newTo
    }

    /// Merges adjacent segments of the same kind and drops empty ones.
    ///
    /// - Complexity: O(*n*).
    static func normalized(_ segments: [Segment]) -> [Segment] {
        var builder = SegmentBuilder()
        if let first = segments.first {
            builder.oldEnd = first.old.lowerBound
            builder.newEnd = first.new.lowerBound
        }
        for segment in segments {
            builder.advance(equal: segment.isEqual, oldTo: segment.old.upperBound, newTo: segment.new.upperBound)
        }
        return builder.segments
    }
}
