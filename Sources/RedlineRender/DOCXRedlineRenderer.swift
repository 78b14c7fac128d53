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
    /// Creates a renderer.
    public init() {}

    /// Renders `diff` as the bytes of a `.docx` file.
    ///
    /// - Complexity: O(*n*) in the size of the diff and the clauses it refers to.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        var writer = DOCXDocumentWriter(context: context)
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

    /// Usable page width in twentieths of a point (US Letter, 1-inch margins).
    static let textWidth = 9_360
    /// Indentation per level, in twentieths of a point.
    static let indentStep = 360

    init(context: RenderContext) {
        self.context = context
        stamp = " w:author=\"\(context.author.attributeEscaped)\" w:date=\"\(context.timestampString)\""
        out.reserveCapacity((context.oldNodes.count + context.newNodes.count) * 320 + 8_192)
    }

    // MARK: Document

    mutating func document(_ diff: DocumentDiff) {
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        paragraph([DOCXRun(kind: .equal, text: context.newLabel)], style: "Title")
        paragraph(
            [DOCXRun(kind: .equal, text: "Compared with \(context.oldLabel). Tracked changes by \(context.author), \(context.dayString).")],
            style: "Subtitle")
        siblings(diff.alignments, old: context.old.children, new: context.new.children, depth: 0)
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
    /// - Complexity: O(*k*²) in the number of splits and merges of the list, O(*k* log *k*) otherwise.
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
        for anchor in anchors where (kept.last?.old.upperBound ?? -1) < anchor.old.lowerBound { kept.append(anchor) }
        for anchor in anchors where !kept.contains(where: { $0.new == anchor.new }) { decompose(anchor.alignment) }
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
        var parts: [[DOCXRun]] = []
        if clause.oldNumber == clause.newNumber {
            if let number = clause.newNumber { parts.append([DOCXRun(kind: .equal, text: number)]) }
        } else {
            var number: [DOCXRun] = []
            if let old = clause.oldNumber { number.append(DOCXRun(kind: .delete, text: old)) }
            if let new = clause.newNumber { number.append(DOCXRun(kind: .insert, text: new)) }
            parts.append(number)
        }
        let text = DiffPiece.spans(clause.text, mode: .exact)
        let runInBold = !text.isBlank
        let heading = DiffPiece.spans(clause.heading, mode: .exact)
        if !heading.isEmpty { parts.append(heading.map { DOCXRun(kind: $0.kind, text: $0.text, bold: runInBold) }) }
        if !text.isEmpty { parts.append(text.map { DOCXRun(kind: $0.kind, text: $0.text) }) }
        clauseParagraph(parts, node: clause.new ?? clause.old, depth: depth, headingOnly: clause.isHeadingOnly)
        if let pieces = clause.table {
            let layout = TableRedline(spans: DiffPiece.spans(pieces, mode: .exact), headerRows: clause.headerRows)
            if layout.reproduces(old: clause.old?.table, new: clause.new?.table) {
                table(layout, depth: depth)
            } else {
                // The rows changed in a way tracked rows cannot express: the old table out, the new one in.
                if let old = clause.old?.table { table(TableRedline(whole: old, kind: .delete), depth: depth) }
                if clause.old?.table != nil && clause.new?.table != nil { out += "<w:p/>" }
                if let new = clause.new?.table { table(TableRedline(whole: new, kind: .insert), depth: depth) }
            }
        }
        siblings(alignment.children, old: clause.old?.children ?? [], new: clause.new?.children ?? [], depth: depth + 1)
    }

    /// A clause of only one version, and everything below it, all inserted or all deleted.
    mutating func whole(_ node: ClauseNode, kind: DiffOperationKind, depth: Int) {
        var parts: [[DOCXRun]] = []
        if let number = node.number?.written { parts.append([DOCXRun(kind: kind, text: number)]) }
        let hasText = !node.text.isEmpty
        if let heading = node.heading, !heading.isEmpty { parts.append([DOCXRun(kind: kind, text: heading.plainText, bold: hasText)]) }
        if hasText { parts.append([DOCXRun(kind: kind, text: node.text.plainText)]) }
        let headingOnly = !(node.heading?.isEmpty ?? true) && !hasText && node.table == nil
        clauseParagraph(parts, node: node, depth: depth, headingOnly: headingOnly)
        if let table = node.table, !table.rows.isEmpty { self.table(TableRedline(whole: table, kind: kind), depth: depth) }
        for child in node.children { whole(child, kind: kind, depth: depth + 1) }
    }

    /// Number, heading and text as one paragraph, parts separated by spaces. Its mark is inserted
    /// when only the new version has text here, deleted when only the old one has.
    mutating func clauseParagraph(_ parts: [[DOCXRun]], node: ClauseNode?, depth: Int, headingOnly: Bool) {
        let runs = parts.flatMap { $0 }
        let hasNew = runs.contains { $0.kind != .delete && !$0.text.allSatisfy(\.isWhitespace) }
        let hasOld = runs.contains { $0.kind != .insert && !$0.text.allSatisfy(\.isWhitespace) }
        guard hasNew || hasOld else { return }
        let mark: DiffOperationKind = hasNew && hasOld ? .equal : hasNew ? .insert : .delete
        var joined: [DOCXRun] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(DOCXRun(kind: mark, text: " ")) }
            joined.append(contentsOf: part)
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
        paragraph(joined, style: style, indent: style == nil ? depth : 0, mark: mark, pageBreak: pageBreak)
    }

    // MARK: XML

    mutating func paragraph(
        _ runs: [DOCXRun], style: String?, indent: Int = 0, mark: DiffOperationKind = .equal, pageBreak: Bool = false
    ) {
        out += "<w:p>"
        let indentTwips = max(0, indent - 1) * Self.indentStep
        if style != nil || indentTwips > 0 || mark != .equal || pageBreak {
            out += "<w:pPr>"
            if let style { out += "<w:pStyle w:val=\"\(style)\"/>" }
            if pageBreak { out += "<w:pageBreakBefore/>" }
            if indentTwips > 0 { out += "<w:ind w:left=\"\(indentTwips)\"/>" }
            revisionMark(mark)
            out += "</w:pPr>"
        }
        for run in runs { self.run(run) }
        out += "</w:p>"
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
                for span in cell { run(DOCXRun(kind: span.kind, text: span.text, bold: header)) }
                out += "</w:p></w:tc>"
            }
            if row.cells.isEmpty { out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>" }
            out += "</w:tr>"
        }
        out += "</w:tbl>"
    }
}
