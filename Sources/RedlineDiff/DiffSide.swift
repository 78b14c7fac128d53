/// One side of a word diff: the tokenized text, every token's id, and the
/// subsequence of *content* tokens that the core diff aligns.
///
/// Whitespace is never content: it is re-attached by ``GapProjection``.
/// Punctuation is content unless ``DiffOptions/ignorePunctuation`` is set.
struct DiffSide {
    let tokens: TokenizedText
    /// The interned id of every token.
    let ids: [Int32]
    /// Ids of the content tokens, in order.
    let contentIDs: [Int32]
    /// Token index of each content token.
    let contentPositions: [Int32]

    /// - Complexity: O(*n*) in the number of tokens.
    init(tokens: TokenizedText, ids: [Int32], skipPunctuation: Bool) {
        self.tokens = tokens
        self.ids = ids
        let n = tokens.count
        var positions: [Int32] = []
        let contentIDs = [Int32](unsafeUninitializedCapacity: n) { idBuffer, idCount in
            positions = [Int32](unsafeUninitializedCapacity: n) { positionBuffer, positionCount in
                var count = 0
                tokens.kinds.withUnsafeBufferPointer { kinds in
                    ids.withUnsafeBufferPointer { ids in
                        for index in 0..<n {
                            let kind = kinds[index]
                            if kind == .whitespace || (skipPunctuation && kind == .punctuation) { continue }
                            idBuffer[count] = ids[index]
                            positionBuffer[count] = Int32(truncatingIfNeeded: index)
                            count += 1
                        }
                    }
                }
                positionCount = count
            }
            idCount = positions.count
        }
        let contentPositions = positions
        self.contentIDs = contentIDs
        self.contentPositions = contentPositions
    }

    /// The number of tokens (content or not).
    var count: Int { ids.count }

    /// The number of content tokens.
    var contentCount: Int { contentIDs.count }

    /// Token index of content token `c`.
    @inline(__always)
    func position(_ c: Int) -> Int { Int(contentPositions[c]) }
}
