import RedlineDiff

/// A run of text as a redline shows it: unchanged, inserted or deleted.
public struct RedlineSpan: Sendable, Hashable {
    /// Unchanged, inserted or deleted.
    public var kind: DiffOperationKind
    /// The characters.
    public var text: String

    /// Creates a span.
    public init(_ kind: DiffOperationKind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// How to show an equal run whose two sides differ (possible only under ignore options:
/// "Shall" = "shall" with `--ignore case`).
enum SpanMode {
    /// Show the new side as unchanged: the difference was asked to be ignored (HTML, Markdown, terminal).
    case display
    /// Show it as a deletion and an insertion, so that accepting and rejecting changes give
    /// each document exactly (DOCX tracked changes).
    case exact
}

/// One operation of a word diff, keeping both sides' text so it can be cut at a position
/// of either document.
struct DiffPiece: Sendable, Hashable {
    var kind: DiffOperationKind
    /// The old document's text ("" for insertions).
    var oldText: String
    /// The new document's text ("" for deletions).
    var newText: String

    /// The pieces of `diff` (none for nil).
    ///
    /// - Complexity: O(*k*) in the number of operations.
    static func pieces(_ diff: TextDiff?) -> [DiffPiece] {
        guard let diff else { return [] }
        return diff.operations.map { operation in
            switch operation.kind {
            case .equal: DiffPiece(kind: .equal, oldText: operation.text, newText: operation.newText ?? operation.text)
            case .insert: DiffPiece(kind: .insert, oldText: "", newText: operation.text)
            case .delete: DiffPiece(kind: .delete, oldText: operation.text, newText: "")
            }
        }
    }

    /// Pieces that insert or delete all of `text`.
    static func whole(_ kind: DiffOperationKind, _ text: String) -> [DiffPiece] {
        guard !text.isEmpty else { return [] }
        return [kind == .delete ? DiffPiece(kind: .delete, oldText: text, newText: "") : DiffPiece(kind: .insert, oldText: "", newText: text)]
    }

    /// Cuts `pieces` where the old text reaches `oldOffset` and the new text reaches `newOffset`
    /// (UTF-8 offsets), for example between a clause's text and its table.
    ///
    /// - Complexity: O(*n*) in the text length.
    static func split(_ pieces: [DiffPiece], oldOffset: Int, newOffset: Int) -> (before: [DiffPiece], after: [DiffPiece]) {
        var before: [DiffPiece] = [], after: [DiffPiece] = []
        var oldPosition = 0, newPosition = 0
        for piece in pieces {
            let oldCount = piece.oldText.utf8.count, newCount = piece.newText.utf8.count
            let (oldHead, oldTail) = cut(piece.oldText, at: oldOffset - oldPosition)
            let (newHead, newTail) = cut(piece.newText, at: newOffset - newPosition)
            oldPosition += oldCount
            newPosition += newCount
            if !oldHead.isEmpty || !newHead.isEmpty { before.append(DiffPiece(kind: piece.kind, oldText: oldHead, newText: newHead)) }
            if !oldTail.isEmpty || !newTail.isEmpty { after.append(DiffPiece(kind: piece.kind, oldText: oldTail, newText: newTail)) }
        }
        return (before, after)
    }

    /// `text` cut `offset` UTF-8 bytes in (clamped to its ends).
    private static func cut(_ text: String, at offset: Int) -> (String, String) {
        if offset <= 0 { return ("", text) }
        let bytes = text.utf8
        if offset >= bytes.count { return (text, "") }
        let index = bytes.index(bytes.startIndex, offsetBy: offset)
        return (String(decoding: bytes[..<index], as: UTF8.self), String(decoding: bytes[index...], as: UTF8.self))
    }

    /// The spans to show for `pieces`, adjacent spans of one kind merged.
    ///
    /// - Complexity: O(*n*) in the text length.
    static func spans(_ pieces: [DiffPiece], mode: SpanMode) -> [RedlineSpan] {
        var spans: [RedlineSpan] = []
        spans.reserveCapacity(pieces.count)
        func add(_ kind: DiffOperationKind, _ text: String) {
            guard !text.isEmpty else { return }
            if spans.last?.kind == kind {
                spans[spans.count - 1].text += text
            } else {
                spans.append(RedlineSpan(kind, text))
            }
        }
        for piece in pieces {
            switch piece.kind {
            case .equal:
                if mode == .exact && piece.oldText != piece.newText {
                    add(.delete, piece.oldText)
                    add(.insert, piece.newText)
                } else {
                    add(.equal, piece.newText)
                }
            case .insert: add(.insert, piece.newText)
            case .delete: add(.delete, piece.oldText)
            }
        }
        return spans
    }
}

extension Array where Element == RedlineSpan {
    /// The text the new document has: equal and inserted spans.
    var acceptedText: String { filter { $0.kind != .delete }.map(\.text).joined() }
    /// The text the old document has: equal and deleted spans.
    var rejectedText: String { filter { $0.kind != .insert }.map(\.text).joined() }
    /// True when there is no visible text on either side.
    var isBlank: Bool { allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    /// Appends a span, merging it into the last one when the kinds match.
    mutating func appendMerging(_ span: RedlineSpan) {
        guard !span.text.isEmpty else { return }
        if last?.kind == span.kind {
            self[count - 1].text += span.text
        } else {
            append(span)
        }
    }

    /// The spans cut into lines at line feeds. Each line but the last carries the kind of the
    /// span whose line feed ended it: a line feed only in the new text is an inserted paragraph
    /// break, one only in the old text a deleted one. The line feeds themselves are dropped.
    ///
    /// - Complexity: O(*n*) in the text length.
    func lines() -> [(spans: [RedlineSpan], end: DiffOperationKind?)] {
        var result: [(spans: [RedlineSpan], end: DiffOperationKind?)] = []
        var current: [RedlineSpan] = []
        for span in self {
            var start = span.text.startIndex
            while let newline = span.text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
                current.appendMerging(RedlineSpan(span.kind, String(span.text[start..<newline])))
                result.append((current, span.kind))
                current = []
                start = span.text.index(after: newline)
            }
            current.appendMerging(RedlineSpan(span.kind, String(span.text[start...])))
        }
        result.append((current, nil))
        return result
    }
}

/// Whitespace-normalised text: runs of whitespace become one space, ends trimmed.
func normalizedWhitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
