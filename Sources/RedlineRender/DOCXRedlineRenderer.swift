import Foundation
import RedlineDiff
import RedlineModel

/// A redline as a Word document with real tracked changes, so that Word or LibreOffice shows
/// them under Track Changes, "Accept All" gives the new document and "Reject All" the old one.
///
/// Insertions are `w:ins` runs and deletions `w:del` runs with `w:delText`, each with the
/// context's author and date and a unique, increasing `w:id`. A clause only in the new version
/// also has its paragraph mark inserted (and one only in the old version deleted), so accepting
/// or rejecting removes the paragraph itself. Numbers are text at the start of each paragraph
/// (a renumbered clause has its old number deleted and its new one inserted); headings use the
/// Heading 1–3 styles; tables are `w:tbl`, changed cell by cell, with inserted and deleted rows
/// marked as such. A moved clause is deleted at its old place and inserted at its new one, so
/// both orders survive.
///
/// The XML is written into one string buffer and zipped in memory with ZIPFoundation.
public struct DOCXRedlineRenderer: RedlineRenderer {
    /// Whether the document starts with the new label and a line naming the old version, the
    /// author and the date (otherwise those are only in the document properties).
    public let cover: Bool

    /// Creates a renderer; with `cover`, the first paragraphs name the versions.
    public init(cover: Bool = false) {
        self.cover = cover
    }

    /// Renders `diff` as the bytes of a `.docx` file.
    ///
    /// - Complexity: O(*n*) in the size of the diff and the clauses it refers to.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        var writer = DOCXDocumentWriter(context: context, cover: cover)
        writer.document(diff)
        return try DOCXPackage.archive(document: writer.out, context: context)
    }
}

/// A run of text in a paragraph.
private struct DOCXRun {
    var kind: DiffOperationKind
    var text: String
    var bold = false
}

/// Writes `word/document.xml`.
private struct DOCXDocumentWriter {
    let context: RenderContext
    var out = ""
    /// The next revision id.
    var revision = 1
    /// ` w:author="…" w:date="…"`, written on every revision.
    let stamp: String
    /// Top-level division headings written so far (each after the first starts a new page).
    var divisions = 0
    /// The last paragraph, not yet written.
    var pending: PendingParagraph? = nil

    /// Usable page width in twentieths of a point (US Letter, 1-inch margins).
    static let textWidth = 9_360
    /// Indentation per level, in twentieths of a point.
    static let indentStep = 360

    /// Whether to write the title paragraphs.
    let cover: Bool

    init(context: RenderContext, cover: Bool) {
        self.context = context
        self.cover = cover
        stamp = " w:author=\"\(context.author.attributeEscaped)\" w:date=\"\(context.timestampString)\""
        out.reserveCapacity((context.oldNodes.count + context.newNodes.count) * 320 + 8_192)
    }

    // MARK: Document

    mutating func document(_ diff: DocumentDiff) {
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        if cover {
            paragraph([DOCXRun(kind: .equal, text: context.newLabel)], style: "Title")
            paragraph(
                [DOCXRun(kind: .equal, text: "Compared with \(context.oldLabel). Tracked changes by \(context.author), \(context.dayString).")],
                style: "Subtitle")
        }
        siblings(diff.alignments, old: context.old.children, new: context.new.children, depth: 0)
        flushParagraph()
        out += "<w:p/><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
        out += "w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
        out += "</w:body></w:document>"
    }

    // MARK: Order

    /// What one sibling list is written as: clauses in both versions at their place, and clauses
    /// of only one version (added, removed, and both sides of a moved clause) where that version has them.
    private enum Unit {
        case anchor(NodeAlignment, oldRange: ClosedRange<Int>, newRange: ClosedRange<Int>)
        case old(ClauseNode, index: Int)
        case new(ClauseNode, index: Int)
    }

    /// Writes the alignments of one sibling list so that the new clauses come in the new order
    /// and the old clauses in the old order: pairs that kept their place are anchors; before each
    /// anchor come the old-only clauses that preceded it (deleted), then the new-only ones (inserted).
    ///
    /// - Complexity: O(*k* log *k*) in the number of siblings, plus O(*k*) per split or merge.
    mutating func siblings(_ alignments: [NodeAlignment], old: [ClauseNode], new: [ClauseNode], depth: Int) {
        var oldIndex: [String: Int] = [:], newIndex: [String: Int] = [:]
        for (index, node) in old.enumerated() where oldIndex[node.id] == nil { oldIndex[node.id] = index }
        for (index, node) in new.enumerated() where newIndex[node.id] == nil { newIndex[node.id] = index }
        var anchors: [(alignment: NodeAlignment, old: ClosedRange<Int>, new: ClosedRange<Int>)] = []
        var groups: [(alignment: NodeAlignment, old: ClosedRange<Int>, new: ClosedRange<Int>)] = []
        var oldOnly: [(index: Int, node: ClauseNode)] = []
        var newOnly: [(index: Int, node: ClauseNode)] = []
        func decompose(_ alignment: NodeAlignment) {
            for ref in alignment.old {
                if let index = oldIndex[ref.id] { oldOnly.append((index, old[index])) }
            }
            for ref in alignment.new {
                if let index = newIndex[ref.id] { newOnly.append((index, new[index])) }
            }
        }
        for alignment in alignments {
            let oldPositions = alignment.old.compactMap { oldIndex[$0.id] }.sorted()
            let newPositions = alignment.new.compactMap { newIndex[$0.id] }.sorted()
            guard oldPositions.count == alignment.old.count, newPositions.count == alignment.new.count,
                let firstOld = oldPositions.first, let firstNew = newPositions.first
            else {
                decompose(alignment)
                continue
            }
            let oldRange = firstOld...oldPositions.last!, newRange = firstNew...newPositions.last!
            switch alignment.kind {
            case .moved:
                decompose(alignment)
            case .split, .merged:
                if oldRange.count == oldPositions.count && newRange.count == newPositions.count {
                    groups.append((alignment, oldRange, newRange))
                } else {
                    decompose(alignment)
                }
            default:
                anchors.append((alignment, oldRange, newRange))
            }
        }
        // Pairs that kept their place are in increasing old order (the aligner's longest run); keep
        // that, then admit each split or merge that fits between its neighbours in both orders.
        anchors.sort { $0.new.lowerBound < $1.new.lowerBound }
        var kept: [(alignment: NodeAlignment, old: ClosedRange<Int>, new: ClosedRange<Int>)] = []
        for anchor in anchors {
            if (kept.last?.old.upperBound ?? -1) < anchor.old.lowerBound {
                kept.append(anchor)
            } else {
                decompose(anchor.alignment)
            }
        }
        for group in groups.sorted(by: { $0.new.lowerBound < $1.new.lowerBound }) {
            let position = kept.firstIndex { $0.new.lowerBound > group.new.upperBound } ?? kept.count
            let before = position > 0 ? kept[position - 1] : nil
            let after = position < kept.count ? kept[position] : nil
            if (before.map { $0.new.upperBound < group.new.lowerBound && $0.old.upperBound < group.old.lowerBound } ?? true)
                && (after.map { group.old.upperBound < $0.old.lowerBound } ?? true)
            {
                kept.insert(group, at: position)
            } else {
                decompose(group.alignment)
            }
        }
        oldOnly.sort { $0.index < $1.index }
        newOnly.sort { $0.index < $1.index }
        var nextOld = 0, nextNew = 0
        for anchor in kept {
            while nextOld < oldOnly.count && oldOnly[nextOld].index < anchor.old.lowerBound {
                whole(oldOnly[nextOld].node, kind: .delete, depth: depth)
                nextOld += 1
            }
            while nextNew < newOnly.count && newOnly[nextNew].index < anchor.new.lowerBound {
                whole(newOnly[nextNew].node, kind: .insert, depth: depth)
                nextNew += 1
            }
            aligned(anchor.alignment, depth: depth)
        }
        for index in nextOld..<oldOnly.count { whole(oldOnly[index].node, kind: .delete, depth: depth) }
        for index in nextNew..<newOnly.count { whole(newOnly[index].node, kind: .insert, depth: depth) }
    }

    // MARK: Clauses

    /// A clause in both versions (same, modified, renumbered, split or merged), and what is below it.
    mutating func aligned(_ alignment: NodeAlignment, depth: Int) {
        let clause = RedlineBuilder(context: context).clause(alignment, depth: depth, withChildren: false)
        if let group = clause.group {
            for line in DiffPiece.spans(group, mode: .exact).lines() {
                let runs = line.spans.map { DOCXRun(kind: $0.kind, text: $0.text) }
                if runs.isEmpty && line.end == nil { continue }
                paragraph(runs, style: nil, indent: depth, mark: line.end ?? .equal)
            }
            return
        }
        let line = clause.line(mode: .exact)
        clauseParagraph(line, node: clause.new ?? clause.old, depth: depth, headingOnly: clause.isHeadingOnly)
        if let pieces = clause.table {
            let layout = TableRedline(spans: DiffPiece.spans(pieces, mode: .exact), headerRows: clause.headerRows)
            if layout.reproduces(old: clause.old?.table, new: clause.new?.table) {
                table(layout, depth: depth)
            } else {
                // The rows changed in a way tracked rows cannot express: the old table out, the new one in.
                if let old = clause.old?.table { table(TableRedline(whole: old, kind: .delete), depth: depth) }
                if clause.old?.table != nil && clause.new?.table != nil {
                    flushParagraph()
                    out += "<w:p/>"
                }
                if let new = clause.new?.table { table(TableRedline(whole: new, kind: .insert), depth: depth) }
            }
        }
        siblings(alignment.children, old: clause.old?.children ?? [], new: clause.new?.children ?? [], depth: depth + 1)
    }

    /// A clause of only one version, and everything below it, all inserted or all deleted.
    mutating func whole(_ node: ClauseNode, kind: DiffOperationKind, depth: Int) {
        let line = ClauseLine(
            number: node.number.map { [RedlineSpan(kind, $0.written)] } ?? [],
            heading: node.heading.map { [RedlineSpan(kind, $0.plainText)] } ?? [],
            text: node.text.isEmpty ? [] : [RedlineSpan(kind, node.text.plainText)])
        let headingOnly = !(node.heading?.isEmpty ?? true) && node.text.isEmpty && node.table == nil
        clauseParagraph(line, node: node, depth: depth, headingOnly: headingOnly)
        if let table = node.table, !table.rows.isEmpty { self.table(TableRedline(whole: table, kind: kind), depth: depth) }
        for child in node.children { whole(child, kind: kind, depth: depth + 1) }
    }

    /// A clause's number, heading and text as one paragraph (see ``ClauseLine``). Its mark is
    /// inserted when only the new version has text here, deleted when only the old one has.
    mutating func clauseParagraph(_ line: ClauseLine, node: ClauseNode?, depth: Int, headingOnly: Bool) {
        let spans = line.spans
        let hasNew = !spans.acceptedText.allSatisfy(\.isWhitespace)
        let hasOld = !spans.rejectedText.allSatisfy(\.isWhitespace)
        guard hasNew || hasOld else { return }
        let mark: DiffOperationKind = hasNew && hasOld ? .equal : hasNew ? .insert : .delete
        let headingCount = line.number.count + line.numberSeparator.count
        let runs = spans.enumerated().map { index, span in
            // A heading run into its text is bold.
            DOCXRun(kind: span.kind, text: span.text,
                    bold: !headingOnly && index >= headingCount && index < headingCount + line.heading.count)
        }
        var style: String? = nil
        var pageBreak = false
        if depth == 0, let node, node.kind.isTopLevelDivision {
            style = "Heading1"
            pageBreak = divisions > 0
            divisions += 1
        } else if headingOnly {
            style = depth <= 1 ? "Heading2" : "Heading3"
        }
        paragraph(runs, style: style, indent: style == nil ? depth : 0, mark: mark, pageBreak: pageBreak)
    }

    // MARK: XML

    /// A paragraph waiting to be written: its mark may still move (see ``paragraph(_:style:indent:mark:pageBreak:)``).
    struct PendingParagraph {
        var runs: [DOCXRun]
        var style: String?
        var indent: Int
        var mark: DiffOperationKind
        var pageBreak: Bool
        /// The kind of a one-sided paragraph whose revision mark was moved to the paragraph before it.
        var shifted: DiffOperationKind?
    }

    /// Queues a paragraph. A paragraph only in one version normally has its own mark inserted or
    /// deleted. When the paragraph before it ends with a change of the same kind, the mark moves
    /// up instead, the way Word records pressing Enter at the end of a paragraph: the previous
    /// paragraph's mark is the inserted (deleted) one. LibreOffice joins the end of the previous
    /// paragraph with the inserted paragraph into one revision, and rejecting it would otherwise
    /// take the previous paragraph's mark too.
    mutating func paragraph(
        _ runs: [DOCXRun], style: String?, indent: Int = 0, mark: DiffOperationKind = .equal, pageBreak: Bool = false
    ) {
        var next = PendingParagraph(runs: runs, style: style, indent: indent, mark: mark, pageBreak: pageBreak)
        if var previous = pending, mark != .equal {
            if previous.shifted == mark {
                previous.mark = mark
                next.shifted = mark
                next.mark = .equal
            } else if previous.mark == .equal && previous.shifted == nil && previous.style != "Title"
                && previous.style != "Subtitle" && previous.runs.last(where: { !$0.text.isEmpty })?.kind == mark
            {
                previous.mark = mark
                next.shifted = mark
                next.mark = .equal
            }
            pending = previous
        }
        flushParagraph()
        pending = next
    }

    /// Writes the queued paragraph.
    mutating func flushParagraph() {
        guard let paragraph = pending else { return }
        pending = nil
        out += "<w:p>"
        let indentTwips = max(0, paragraph.indent - 1) * Self.indentStep
        if paragraph.style != nil || indentTwips > 0 || paragraph.mark != .equal || paragraph.pageBreak {
            out += "<w:pPr>"
            if let style = paragraph.style { out += "<w:pStyle w:val=\"\(style)\"/>" }
            if paragraph.pageBreak { out += "<w:pageBreakBefore/>" }
            if indentTwips > 0 { out += "<w:ind w:left=\"\(indentTwips)\"/>" }
            revisionMark(paragraph.mark)
            out += "</w:pPr>"
        }
        runs(paragraph.runs)
        out += "</w:p>"
    }

    /// Writes runs, joining neighbours of the same kind and weight.
    mutating func runs(_ runs: [DOCXRun]) {
        var current: DOCXRun? = nil
        for run in runs where !run.text.isEmpty {
            if let last = current, last.kind == run.kind, last.bold == run.bold {
                current!.text += run.text
            } else {
                if let last = current { self.run(last) }
                current = run
            }
        }
        if let last = current { self.run(last) }
    }

    /// `<w:rPr><w:ins …/></w:rPr>` on a paragraph mark.
    mutating func revisionMark(_ mark: DiffOperationKind) {
        switch mark {
        case .equal: return
        case .insert: out += "<w:rPr><w:ins w:id=\"\(revision)\"\(stamp)/></w:rPr>"
        case .delete: out += "<w:rPr><w:del w:id=\"\(revision)\"\(stamp)/></w:rPr>"
        }
        revision += 1
    }

    mutating func run(_ run: DOCXRun) {
        guard !run.text.isEmpty else { return }
        let properties = run.bold ? "<w:rPr><w:b/></w:rPr>" : ""
        switch run.kind {
        case .equal:
            out += "<w:r>" + properties
            runText(run.text, tag: "w:t")
            out += "</w:r>"
        case .insert:
            out += "<w:ins w:id=\"\(revision)\"\(stamp)><w:r>" + properties
            revision += 1
            runText(run.text, tag: "w:t")
            out += "</w:r></w:ins>"
        case .delete:
            out += "<w:del w:id=\"\(revision)\"\(stamp)><w:r>" + properties
            revision += 1
            runText(run.text, tag: "w:delText")
            out += "</w:r></w:del>"
        }
    }

    /// Text as `w:t` / `w:delText`, tabs as `w:tab` and line feeds as `w:br`.
    mutating func runText(_ text: String, tag: String) {
        let special = text.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard special else {
            out += "<\(tag) xml:space=\"preserve\">"
            out.appendEscaped(text)
            out += "</\(tag)>"
            return
        }
        var segment = ""
        func flush(_ out: inout String) {
            guard !segment.isEmpty else { return }
            out += "<\(tag) xml:space=\"preserve\">"
            out.appendEscaped(segment)
            out += "</\(tag)>"
            segment = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush(&out)
                out += "<w:tab/>"
            case "\n", "\r\n", "\r":
                flush(&out)
                out += "<w:br/>"
            default:
                segment.append(character)
            }
        }
        flush(&out)
    }

    mutating func table(_ table: TableRedline, depth: Int) {
        flushParagraph()
        let columns = max(1, table.columnCount)
        let indent = max(0, depth - 1) * Self.indentStep
        let width = max(720, (Self.textWidth - indent) / columns)
        out += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>"
        if indent > 0 { out += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" }
        out += "<w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            out += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        }
        out += "</w:tblBorders><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" "
        out += "w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for _ in 0..<columns { out += "<w:gridCol w:w=\"\(width)\"/>" }
        out += "</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            out += "<w:tr>"
            let missing = columns - max(1, row.cells.count)
            let header = index < table.headerRows
            if missing > 0 || header || row.kind != .equal {
                out += "<w:trPr>"
                if missing > 0 { out += "<w:gridAfter w:val=\"\(missing)\"/>" }
                if header { out += "<w:tblHeader/>" }
                switch row.kind {
                case .insert: out += "<w:ins w:id=\"\(revision)\"\(stamp)/>"; revision += 1
                case .delete: out += "<w:del w:id=\"\(revision)\"\(stamp)/>"; revision += 1
                case .equal: break
                }
                out += "</w:trPr>"
            }
            for cell in row.cells {
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>"
                runs(cell.map { DOCXRun(kind: $0.kind, text: $0.text, bold: header) })
                out += "</w:p></w:tc>"
            }
            if row.cells.isEmpty { out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>" }
            out += "</w:tr>"
        }
        out += "</w:tbl>"
    }
}
