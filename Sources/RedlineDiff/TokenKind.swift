/// The lexical class of a token produced by ``Tokenizer``.
///
/// The raw values are stable and compact so that token kinds can be stored
/// one byte per token.
public enum TokenKind: UInt8, Sendable, Hashable, Codable, CaseIterable {
    /// Letters and digits, with internal apostrophes and hyphens
    /// ("employee's", "non-grievable", "3rd", "COVID-19").
    case word = 0
    /// Digits with internal `,` `.` or `-` separators and no letters
    /// ("3.5", "2,500", "12.3.1", "2024-2025").
    case number = 1
    /// A single punctuation or symbol character (plus any combining marks
    /// that follow it), e.g. `,` `$` `%` `(` `–` `“`.
    case punctuation = 2
    /// A maximal run of white space (spaces, tabs, line breaks, NBSP, …).
    case whitespace = 3

    /// `true` for ``word`` and ``number``: the tokens counted as "words" in
    /// statistics such as ``TextDiff/wordsInserted``.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var isWordLike: Bool { rawValue <= TokenKind.number.rawValue }
}
