/// A text split into tokens by ``Tokenizer``, keeping its UTF-8 bytes so that
/// any run of tokens can be turned back into the exact original text.
///
/// This is the lower-level input for code that diffs many fragments against
/// each other (e.g. article alignment): tokenize each fragment once, intern
/// all of them with one shared ``TokenInterner``, then run ``IntDiff`` on the
/// id arrays.
public struct TokenizedText: Sendable, Hashable {
    /// The text (stored contiguously, so its UTF-8 bytes are read in place).
    public let text: String
    /// `count + 1` UTF-8 offsets: token `i` spans `bounds[i] ..< bounds[i + 1]`.
    public let bounds: [Int32]
    /// The kind of each token.
    public let kinds: [TokenKind]

    /// Tokenizes `text`.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let output = text.withUTF8 { Tokenizer.tokenize($0) }
        self.text = text
        self.bounds = output.bounds
        self.kinds = output.kinds
    }

    /// Calls `body` with the text's UTF-8 bytes (no copy).
    ///
    /// - Complexity: O(1).
    @inlinable
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // `text` is contiguous UTF-8 (see `init`), so this never copies.
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }

    /// The number of tokens.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var count: Int { kinds.count }

    /// The UTF-8 byte range of token `index`.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func byteRange(of index: Int) -> Range<Int> {
        Int(bounds[index])..<Int(bounds[index + 1])
    }

    /// The UTF-8 byte range covered by a run of tokens.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func byteRange(of tokens: Range<Int>) -> Range<Int> {
        Int(bounds[tokens.lowerBound])..<Int(bounds[tokens.upperBound])
    }

    /// The text of token `index`.
    ///
    /// - Complexity: O(*k*) in the token's byte length.
    public subscript(index: Int) -> String {
        text(of: index..<(index + 1))
    }

    /// The exact text of a run of tokens.
    ///
    /// - Complexity: O(*k*) in the byte length of the run.
    public func text(of tokens: Range<Int>) -> String {
        let range = byteRange(of: tokens)
        if range.count == 0 { return "" }
        // Token bounds are scalar boundaries of a native string: slicing by
        // UTF-8 offset is O(1) and the copy needs no re-validation.
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }

    /// Whether two runs of tokens (possibly from different texts) have
    /// byte-identical text.
    ///
    /// - Complexity: O(*k*) in the byte length of the runs.
    public func hasSameText(_ tokens: Range<Int>, as other: TokenizedText, _ otherTokens: Range<Int>) -> Bool {
        let a = byteRange(of: tokens)
        let b = other.byteRange(of: otherTokens)
        guard a.count == b.count else { return false }
        return withUTF8 { x in
            other.withUTF8 { y in
                UnsafeBufferPointer(rebasing: x[a]).elementsEqual(UnsafeBufferPointer(rebasing: y[b]))
            }
        }
    }

    /// The number of bytes equal to `byte` inside token `index`.
    ///
    /// - Complexity: O(*k*) in the token's byte length.
    public func count(of byte: UInt8, in index: Int) -> Int {
        let range = byteRange(of: index)
        return withUTF8 { bytes in
            var count = 0
            for i in range where bytes[i] == byte { count += 1 }
            return count
        }
    }

    /// The first byte of token `index`.
    ///
    /// - Complexity: O(1).
    public func firstByte(of index: Int) -> UInt8 {
        withUTF8 { $0[Int(bounds[index])] }
    }

    /// The number of word and number tokens (see ``TokenKind/isWordLike``) in a run.
    ///
    /// - Complexity: O(*k*) in the number of tokens.
    public func wordCount(in tokens: Range<Int>) -> Int {
        var count = 0
        for index in tokens where kinds[index].isWordLike { count += 1 }
        return count
    }
}
