/// What the source-preserving writer reads from a `word/document.xml`: the body as a sequence of
/// block units (paragraphs and tables) and other elements, each paragraph as runs whose text is
/// split into pieces with character offsets, and the exact XML of everything, so what does not
/// change is written back byte for byte.

/// How tracked changes already in an input are treated when it is read.
public enum TrackedChangeHandling: String, Sendable, CaseIterable {
    /// Their insertions are kept as plain text and their deletions dropped (the document as it would be after Accept All).
    case accept
    /// Their deletions are kept as plain text and their insertions dropped.
    case reject
    /// They stay as they are, with their authors; their text takes no part in the comparison.
    case keep
}

/// One piece of a run's content.
enum RunPiece {
    /// Text of a `w:t` (or `w:delText` read as text).
    case text(String)
    /// Any other run content (`w:tab`, `w:br`, `w:footnoteReference`, `w:drawing`, `w:fldChar`, …), its
    /// XML, and the characters it stands for in the paragraph text ("\t" for a tab, "" for most).
    case atom(xml: String, text: String, keepsWhenDeleted: Bool)

    var text: String {
        switch self {
        case .text(let text): text
        case .atom(_, let text, _): text
        }
    }
}

/// A `w:r`.
struct WordRun {
    /// The start tag (`<w:r w:rsidR="…">`), without the `/>` of an empty run.
    var open: String
    /// The `w:rPr` element as written, or "".
    var properties: String
    var pieces: [RunPiece]
    /// The run exactly as written, when it was read from a document and not changed on reading.
    var verbatim: String?
}

/// A wrapper element around runs (`w:hyperlink`, `w:smartTag`, `w:fldSimple`, a content control):
/// its opening XML and its closing XML.
struct InlineWrapper {
    var open: String
    var close: String
}

/// An item of a paragraph's content, inside zero or more wrappers (indices into ``WordParagraph/wrappers``).
enum ParagraphItem {
    case run(WordRun, wrappers: [Int])
    /// Anything without text that is not a run (`w:bookmarkStart`, `w:proofErr`, a kept tracked change): written as is.
    case marker(String, wrappers: [Int])
}

/// A `w:p`.
struct WordParagraph {
    /// The start tag (`<w:p w14:paraId="…">`).
    var open: String
    /// The `w:pPr` as written, or `nil`.
    var properties: String?
    var items: [ParagraphItem]
    var wrappers: [InlineWrapper]
    /// The paragraph exactly as written, when reading changed nothing.
    var verbatim: String?
    /// Where it is (`word/document.xml:/w:body/w:p[3]`), the reader's element path.
    var path: String

    /// The paragraph text: the runs' pieces in order.
    var text: String {
        var result = ""
        for case .run(let run, _) in items { for piece in run.pieces { result += piece.text } }
        return result
    }
}

/// A `w:tbl`.
struct WordTable {
    var open: String
    /// Children that are not rows (`w:tblPr`, `w:tblGrid`, …), with the number of rows before each.
    var children: [TableChild]
    var path: String

    enum TableChild {
        case row(WordRow)
        case other(String)
    }

    var rows: [WordRow] { children.compactMap { if case .row(let row) = $0 { row } else { nil } } }
    var text: String { rows.map(\.text).joined(separator: "\n") }
}

/// A `w:tr`.
struct WordRow {
    var open: String
    /// `w:tblPrEx`, if any (it comes before `w:trPr`).
    var exceptions: String?
    /// `w:trPr`, if any.
    var properties: String?
    var children: [RowChild]

    enum RowChild {
        case cell(WordCell)
        case other(String)
    }

    var cells: [WordCell] { children.compactMap { if case .cell(let cell) = $0 { cell } else { nil } } }
    var text: String { cells.map(\.content.text).joined(separator: "\t") }
}

/// A `w:tc`.
struct WordCell {
    var open: String
    var content: WordContainer
}

/// A block unit: a paragraph or a table.
enum WordUnit {
    case paragraph(WordParagraph)
    case table(WordTable)

    var text: String {
        switch self {
        case .paragraph(let paragraph): paragraph.text
        case .table(let table): table.text
        }
    }

    var path: String {
        switch self {
        case .paragraph(let paragraph): paragraph.path
        case .table(let table): table.path
        }
    }

    var isTable: Bool { if case .table = self { true } else { false } }
}

/// The body, or a table cell: block units and, between them, other elements written as they are.
struct WordContainer {
    enum Child {
        case unit(Int)
        case other(String)
    }

    var children: [Child]
    var units: [WordUnit]

    var text: String { units.map(\.text).joined(separator: "\n") }
}
