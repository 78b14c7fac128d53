/// The multiset of word and number token ids of a text: a cheap,
/// order-insensitive fingerprint for ranking candidate pairs (e.g. which
/// article of the new contract corresponds to which old one) before paying
/// for a real diff.
///
/// Ids must come from one shared ``TokenInterner`` for bags to be comparable.
public struct WordBag: Sendable, Hashable {
    /// The word-like ids, sorted ascending (with repetitions).
    public let sortedIDs: [Int32]

    /// Builds a bag from a text's token ids and kinds, keeping only words and
    /// numbers.
    ///
    /// - Complexity: O(*n* log *n*).
    public init(ids: [Int32], kinds: [TokenKind]) {
        precondition(ids.count == kinds.count, "WordBag: ids and kinds differ in length")
        var words: [Int32] = []
        words.reserveCapacity(ids.count / 2 + 1)
        for index in ids.indices where kinds[index].isWordLike { words.append(ids[index]) }
        words.sort()
        sortedIDs = words
    }

    /// Builds a bag from ids that are all to be counted.
    ///
    /// - Complexity: O(*n* log *n*).
    public init<S: Sequence>(ids: S) where S.Element == Int32 {
        sortedIDs = ids.sorted()
    }

    /// The number of words in the bag.
    ///
    /// - Complexity: O(1).
    public var count: Int { sortedIDs.count }

    /// The number of words the two bags share, counting multiplicity
    /// (Σ min(countₐ, count_b)).
    ///
    /// - Complexity: O(*n* + *m*).
    public func sharedCount(_ other: WordBag) -> Int {
        let a = sortedIDs, b = other.sortedIDs
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1; i += 1; j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// The Dice coefficient `2 · shared / (n + m)` in `0 ... 1` (1 for two
    /// empty bags). An upper bound on the diff-based word similarity.
    ///
    /// - Complexity: O(*n* + *m*).
    public func dice(_ other: WordBag) -> Double {
        let total = count + other.count
        guard total > 0 else { return 1 }
        return Double(2 * sharedCount(other)) / Double(total)
    }
}
