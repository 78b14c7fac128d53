/// Options for ``WordDiff/diff(_:_:options:)``.
///
/// Ignore options decide which differences are *not reported*; they never
/// break ``TextDiff/apply(to:)``, because equal operations whose two sides
/// differ carry the new side's text in ``DiffOperation/newText``.
///
/// * `ignoreCase` — tokens are compared case-folded ("Shall" = "shall").
/// * `ignoreWhitespace` — whitespace differences outside changed spans are not
///   reported, like `diff -w`: "a  b" = "a\nb", and "a,b" = "a, b".
/// * `ignorePunctuation` — punctuation tokens are **skipped**: they take no
///   part in the alignment and a punctuation difference outside changed spans
///   is not reported ("shall, provide" = "shall provide"; "3." = "3;").
///   Punctuation inside a changed span is still shown as part of it.
public struct DiffOptions: Sendable, Hashable, Codable {
    /// Compare tokens case-insensitively.
    public var ignoreCase: Bool
    /// Do not report whitespace differences.
    public var ignoreWhitespace: Bool
    /// Skip punctuation when aligning and do not report its differences.
    public var ignorePunctuation: Bool
    /// The cost bound of the core diff (see ``IntDiff``): a gap between
    /// anchors is solved exactly when its edit distance is at most this many
    /// content tokens, or its two sides hold at most twice as many. Beyond
    /// that the diff falls back to a valid but possibly longer script and
    /// reports ``TextDiff/isMinimal`` `== false`. `Int.max` disables the
    /// bound (quadratic time on unrelated texts).
    public var costLimit: Int
    /// Run ``SemanticCleanup`` (boundary shifting, absorbing short
    /// equalities between changes, merging) for a readable redline.
    public var semanticCleanup: Bool

    /// - Complexity: O(1).
    public init(
        ignoreCase: Bool = false, ignoreWhitespace: Bool = false, ignorePunctuation: Bool = false,
        costLimit: Int = IntDiff.defaultCostLimit, semanticCleanup: Bool = true
    ) {
        self.ignoreCase = ignoreCase
        self.ignoreWhitespace = ignoreWhitespace
        self.ignorePunctuation = ignorePunctuation
        self.costLimit = costLimit
        self.semanticCleanup = semanticCleanup
    }

    /// Decodes options; missing keys take their default values.
    ///
    /// - Complexity: O(1).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DiffOptions()
        ignoreCase = try container.decodeIfPresent(Bool.self, forKey: .ignoreCase) ?? defaults.ignoreCase
        ignoreWhitespace =
            try container.decodeIfPresent(Bool.self, forKey: .ignoreWhitespace) ?? defaults.ignoreWhitespace
        ignorePunctuation =
            try container.decodeIfPresent(Bool.self, forKey: .ignorePunctuation) ?? defaults.ignorePunctuation
        costLimit = try container.decodeIfPresent(Int.self, forKey: .costLimit) ?? defaults.costLimit
        semanticCleanup =
            try container.decodeIfPresent(Bool.self, forKey: .semanticCleanup) ?? defaults.semanticCleanup
    }

    /// Whether any ignore option is on.
    ///
    /// - Complexity: O(1).
    public var ignoresAnything: Bool { ignoreCase || ignoreWhitespace || ignorePunctuation }

    /// The interner normalisation these options call for.
    ///
    /// - Complexity: O(1).
    public var normalization: TokenInterner.Normalization {
        TokenInterner.Normalization(foldCase: ignoreCase, unifyWhitespace: ignoreWhitespace)
    }
}

/// What an operation does.
public enum DiffOperationKind: String, Sendable, Hashable, Codable {
    /// Text present in both versions (equivalent under the diff options).
    case equal
    /// Text only in the new version.
    case insert
    /// Text only in the old version.
    case delete
}

/// One run of a word diff.
public struct DiffOperation: Sendable, Hashable, Codable {
    /// What the run does.
    public var kind: DiffOperationKind
    /// Token indices in the old text (empty for insertions, positioned where
    /// the insertion happens).
    public var oldRange: Range<Int>
    /// Token indices in the new text (empty for deletions, positioned where
    /// the deletion happens).
    public var newRange: Range<Int>
    /// The tokens' text: the old side for `.equal` and `.delete`, the new side
    /// for `.insert`.
    public var text: String
    /// For `.equal` only, and only when it differs from ``text`` (possible
    /// only under ignore options): the new side's text. `nil` otherwise.
    public var newText: String?

    /// - Complexity: O(1).
    public init(kind: DiffOperationKind, oldRange: Range<Int>, newRange: Range<Int>, text: String, newText: String? = nil) {
        self.kind = kind
        self.oldRange = oldRange
        self.newRange = newRange
        self.text = text
        self.newText = newText
    }

    /// The text this operation contributes to the new document: `newText ??
    /// text` for `.equal`, `text` for `.insert`, nothing for `.delete`.
    ///
    /// - Complexity: O(1).
    public var resultText: String {
        switch kind {
        case .equal: return newText ?? text
        case .insert: return text
        case .delete: return ""
        }
    }

    /// The text this operation covers in the old document.
    ///
    /// - Complexity: O(1).
    public var sourceText: String { kind == .insert ? "" : text }
}

/// The result of a word diff.
public struct TextDiff: Sendable, Hashable, Codable {
    /// The runs, in order; they tile both token sequences. Within a change
    /// the deletion precedes the insertion.
    public var operations: [DiffOperation]
    /// `false` when the cost bound fired somewhere, so the script is valid
    /// but may be longer than necessary (see ``IntDiff``). Clean-up never
    /// clears this flag even though it deliberately trades a few tokens of
    /// minimality for readability.
    public var isMinimal: Bool
    /// Word and number tokens inserted.
    public var wordsInserted: Int
    /// Word and number tokens deleted.
    public var wordsDeleted: Int
    /// Word and number tokens of the old text inside equal runs.
    public var wordsUnchanged: Int

    /// - Complexity: O(1).
    public init(operations: [DiffOperation], isMinimal: Bool, wordsInserted: Int, wordsDeleted: Int, wordsUnchanged: Int) {
        self.operations = operations
        self.isMinimal = isMinimal
        self.wordsInserted = wordsInserted
        self.wordsDeleted = wordsDeleted
        self.wordsUnchanged = wordsUnchanged
    }

    /// `true` when nothing was inserted or deleted.
    ///
    /// - Complexity: O(*k*) in the number of operations.
    public var isEmpty: Bool { !operations.contains { $0.kind != .equal } }

    /// Word-level similarity `2 · unchanged / (old words + new words)` in
    /// `0 ... 1` (1 when neither text has words).
    ///
    /// - Complexity: O(1).
    public var similarity: Double {
        let total = 2 * wordsUnchanged + wordsInserted + wordsDeleted
        return total == 0 ? 1 : Double(2 * wordsUnchanged) / Double(total)
    }

    /// The old text, rebuilt from the operations.
    ///
    /// - Complexity: O(*n*) in the text length.
    public func reconstructOld() -> String {
        var result = ""
        for operation in operations { result += operation.sourceText }
        return result
    }

    /// Applies the script: returns the new text.
    ///
    /// Equal runs contribute the *new* side's text (``DiffOperation/newText``
    /// when present), so `diff.apply(to: old) == new` holds byte for byte
    /// for every option combination. `old` must be the text the diff was
    /// computed from (checked in debug builds).
    ///
    /// - Complexity: O(*n* + *m*) in the lengths of the texts.
    public func apply(to old: String) -> String {
        assert(reconstructOld() == old, "TextDiff.apply(to:): not the text this diff was computed from")
        var result = ""
        result.reserveCapacity(old.utf8.count)
        for operation in operations { result += operation.resultText }
        return result
    }
}

/// Word-level diff of two texts.
public enum WordDiff {
    /// Diffs two texts at word granularity.
    ///
    /// Pipeline: ``Tokenizer`` → ``TokenInterner`` (shared, normalised by the
    /// options) → ``IntDiff`` over the *content* tokens (words, numbers and —
    /// unless ignored — punctuation; whitespace is aligned afterwards by
    /// ``GapProjection``) → ``SemanticCleanup`` (if enabled) → operations.
    ///
    /// - Complexity: O(*N* + *M*) tokenizing and interning, plus the
    ///   ``IntDiff`` cost on the content tokens (near-linear for edited
    ///   versions of one text; bounded by `options.costLimit` per gap for
    ///   unrelated texts).
    public static func diff(_ old: String, _ new: String, options: DiffOptions = DiffOptions()) -> TextDiff {
        let (oldSide, newSide) = sides(old, new, options: options)
        let changes = IntDiff.changes(
            oldSide.contentIDs, newSide.contentIDs, costLimit: options.costLimit, anchoring: true)
        let edits = IntDiff.editScript(changedA: changes.changedA, changedB: changes.changedB)
        let projection = GapProjection(
            old: oldSide, new: newSide,
            ignoreWhitespace: options.ignoreWhitespace, ignorePunctuation: options.ignorePunctuation)
        var segments = projection.project(edits)
        if options.semanticCleanup {
            segments = SemanticCleanup(old: oldSide, new: newSide, allowShifting: !options.ignoresAnything)
                .run(segments)
        }
        return makeTextDiff(segments, old: oldSide, new: newSide, isMinimal: changes.isMinimal,
                            checkEqualText: options.ignoresAnything)
    }

    /// Word-level similarity of two texts in `0 ... 1` from a real diff:
    /// `2 · matched / (n + m)` over content tokens (words, numbers and
    /// punctuation). 1 when both have no content.
    ///
    /// - Complexity: that of ``diff(_:_:options:)`` without clean-up.
    public static func similarity(_ old: String, _ new: String, options: DiffOptions = DiffOptions()) -> Double {
        let (oldSide, newSide) = sides(old, new, options: options)
        return IntDiff.similarity(oldSide.contentIDs, newSide.contentIDs, costLimit: options.costLimit)
    }

    /// A fast order-insensitive estimate of similarity: the Dice coefficient
    /// of the two texts' multisets of words and numbers (see ``WordBag``).
    ///
    /// - Complexity: O((*N* + *M*) log(*N* + *M*)).
    public static func quickSimilarity(_ old: String, _ new: String, options: DiffOptions = DiffOptions()) -> Double {
        var interner = TokenInterner(normalization: options.normalization)
        let a = TokenizedText(old), b = TokenizedText(new)
        let bagA = WordBag(ids: interner.ids(for: a), kinds: a.kinds)
        let bagB = WordBag(ids: interner.ids(for: b), kinds: b.kinds)
        return bagA.dice(bagB)
    }

    // MARK: - Internals

    static func sides(_ old: String, _ new: String, options: DiffOptions) -> (DiffSide, DiffSide) {
        let a = TokenizedText(old), b = TokenizedText(new)
        var interner = TokenInterner(normalization: options.normalization, expectedCount: min((a.count + b.count) / 16 + 64, 4_096))
        let idsA = interner.ids(for: a)
        let idsB = interner.ids(for: b)
        return (
            DiffSide(tokens: a, ids: idsA, skipPunctuation: options.ignorePunctuation),
            DiffSide(tokens: b, ids: idsB, skipPunctuation: options.ignorePunctuation)
        )
    }

    static func makeTextDiff(
        _ segments: [Segment], old: DiffSide, new: DiffSide, isMinimal: Bool, checkEqualText: Bool
    ) -> TextDiff {
        var operations: [DiffOperation] = []
        operations.reserveCapacity(segments.count * 3 / 2 + 1)
        var inserted = 0, deleted = 0, unchanged = 0
        for segment in segments {
            if segment.isEqual {
                let text = old.tokens.text(of: segment.old)
                var newText: String? = nil
                if checkEqualText && !old.tokens.hasSameText(segment.old, as: new.tokens, segment.new) {
                    newText = new.tokens.text(of: segment.new)
                }
                unchanged += old.tokens.wordCount(in: segment.old)
                operations.append(DiffOperation(
                    kind: .equal, oldRange: segment.old, newRange: segment.new, text: text, newText: newText))
                continue
            }
            if !segment.old.isEmpty {
                deleted += old.tokens.wordCount(in: segment.old)
                let at = segment.new.lowerBound
                operations.append(DiffOperation(
                    kind: .delete, oldRange: segment.old, newRange: at..<at, text: old.tokens.text(of: segment.old)))
            }
            if !segment.new.isEmpty {
                inserted += new.tokens.wordCount(in: segment.new)
                let at = segment.old.upperBound
                operations.append(DiffOperation(
                    kind: .insert, oldRange: at..<at, newRange: segment.new, text: new.tokens.text(of: segment.new)))
            }
        }
        return TextDiff(
            operations: operations, isMinimal: isMinimal,
            wordsInserted: inserted, wordsDeleted: deleted, wordsUnchanged: unchanged)
    }
}
