/// A text split into tokens by ``Tokenizer``, keeping its UTF-8 bytes so that
/// any run of tokens can be turned back into the exact original text.
///
/// This is the lower-level input for code that diffs many fragments against
/// each other (e.g. article alignment): tokenize each fragment once, intern
/// all of them with one shared ``TokenInterner``, then run ``IntDiff`` on the
/// id arrays.
public struct TokenizedText: Sendable, Hashable {
    /// The text's UTF-8 code units.
    public let utf8: [UInt8]
    /// `count + 1` UTF-8 offsets: token `i` spans `bounds[i] ..< bounds[i + 1]`.
    public let bounds: [Int32]
    /// The kind of each token.
    public let kinds: [TokenKind]

    /// Tokenizes `text`.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public init(_ text: String) {
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        let output = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        self.utf8 = bytes
        self.bounds = output.bounds
        self.kinds = output.kinds
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
        return utf8.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
    }

    /// The whole text (equal to the string the value was created from).
    ///
    /// - Complexity: O(*n*).
    public var text: String {
        String(decoding: utf8, as: UTF8.self)
    }

    /// Whether two runs of tokens (possibly from different texts) have
    /// byte-identical text.
    ///
    /// - Complexity: O(*k*) in the byte length of the runs.
    public func hasSameText(_ tokens: Range<Int>, as other: TokenizedText, _ otherTokens: Range<Int>) -> Bool {
        let a = byteRange(of: tokens)
        let b = other.byteRange(of: otherTokens)
        guard a.count == b.count else { return false }
        return utf8[a].elementsEqual(other.utf8[b])
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
