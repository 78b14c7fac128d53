import Foundation
import RedlineDiff
import RedlineModel

/// A word-level redline for a terminal: one division after another with a rule between them,
/// insertions in green (underlined), deletions in red (struck through), moved clauses in yellow.
///
/// Without colour (``RenderContext/colour`` false: not a terminal, or `NO_COLOR` set) it writes
/// no escape sequences at all and marks changes as `[+inserted+]` and `[-deleted-]`. Unchanged
/// clauses inside a changed division are folded into a line such as "⋯ 3 unchanged clauses", and an
/// unchanged division is one line. Control characters in the documents are never passed through.
public struct TerminalRedlineRenderer: RedlineRenderer {
    /// Lines are wrapped to this many columns (with a hanging indent); nil leaves wrapping to the terminal.
    public var width: Int?

    /// Creates a renderer.
    public init(width: Int? = nil) {
        self.width = width
    }

    /// Renders `diff` as UTF-8 text.
    ///
    /// - Complexity: O(*n*) in the size of the diff and the clauses it refers to.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        var writer = TerminalWriter(colour: context.colour, width: width.map { max(20, $0) })
        writer.document(diff, context: context)
        return Data(writer.out.utf8)
    }
}

private struct TerminalWriter {
    let colour: Bool
    let width: Int?
    var out = ""

    enum Style {
        case plain, bold, dim, inserted, deleted, moved, heading

        var code: String {
            switch self {
            case .plain: ""
            case .bold, .heading: "\u{1B}[1m"
            case .dim: "\u{1B}[2m"
            case .inserted: "\u{1B}[32;4m"
            case .deleted: "\u{1B}[31;9m"
            case .moved: "\u{1B}[33m"
            }
        }
    }

    typealias Segment = (style: Style, text: String)

    mutating func document(_ diff: DocumentDiff, context: RenderContext) {
        let summary = ChangeSummary(diff)
        emit([(.heading, "Redline: " + clean(context.newLabel))], indent: 0)
        emit([(.plain, "compared with " + clean(context.oldLabel))], indent: 1)
        var totals = "\(summary.changedCount) of \(summary.rows.count) divisions changed; "
        totals += "\(summary.wordsInserted) words added, \(summary.wordsDeleted) removed, \(summary.wordsMoved) moved"
        emit([(.dim, totals)], indent: 1)
        let rule = String(repeating: "─", count: min(width ?? 72, 72))
        let substance = SubstanceSection(context.findings)
        if !substance.isEmpty {
            out += "\n"
            emit([(.bold, SubstanceSection.title)], indent: 0)
            for line in substance.plainLines { emit([(.plain, clean(line))], indent: 1) }
        }
        for clause in RedlineBuilder(context: context).clauses(diff) {
            out += "\n"
            emit([(.dim, rule)], indent: 0)
            division(clause)
        }
    }

    mutating func division(_ clause: RedlineClause) {
        var title: [Segment] = []
        if clause.isFrontMatter {
            title.append((.heading, "Front matter"))
        } else if clause.group != nil || clause.headingRunIn {
            let side = clause.new ?? clause.old
            title.append((.heading, clean([side?.number?.written, side?.heading?.plainText].compactMap { $0 }.joined(separator: " "))))
        } else {
            title += marked(clause, clause.line(mode: .display, includeText: false), base: .heading)
        }
        var how = ChangeSummary.matchDescription(clause.alignment)
        if clause.alignment.wordsInserted > 0 { how += " +\(clause.alignment.wordsInserted)" }
        if clause.alignment.wordsDeleted > 0 { how += " −\(clause.alignment.wordsDeleted)" }
        if clause.alignment.wordsMoved > 0 { how += " ~\(clause.alignment.wordsMoved)" }
        title.append((.dim, "  [" + how + "]"))
        emit(title, indent: 0)
        guard clause.kind != .same else { return }
        if clause.group != nil || clause.headingRunIn {
            lines(clause, indent: 1)
        } else {
            let text = segments(DiffPiece.spans(clause.text, mode: .display), base: clause.kind == .moved ? .moved : .plain)
            if !text.isEmpty { emit(text, indent: 1) }
        }
        tableAndChildren(clause, indent: 1)
    }

    /// The clause's table (at `tableIndent`, its first row led by `tableTag`) and its subordinate clauses (at `indent`).
    mutating func tableAndChildren(_ clause: RedlineClause, indent: Int, tableIndent: Int? = nil, tableTag: [Segment] = []) {
        if let table = clause.tableLayout(mode: .display) {
            for (position, row) in table.rows.enumerated() {
                var segments: [Segment] = position == 0 ? tableTag : []
                for (index, cell) in row.cells.enumerated() {
                    if index > 0 { segments.append((.dim, " │ ")) }
                    segments += self.segments(cell, base: .plain)
                }
                emit(segments, indent: tableIndent ?? indent)
            }
        }
        var folded = 0
        for child in clause.children {
            if child.kind == .same && child.alignment.wordsMoved == 0 {
                folded += 1
                continue
            }
            fold(&folded, indent: indent)
            self.clause(child, indent: indent)
        }
        fold(&folded, indent: indent)
    }

    mutating func fold(_ count: inout Int, indent: Int) {
        guard count > 0 else { return }
        emit([(.dim, "⋯ \(count) unchanged \(count == 1 ? "clause" : "clauses")")], indent: indent)
        count = 0
    }

    mutating func clause(_ clause: RedlineClause, indent: Int) {
        if lines(clause, indent: indent) {
            tableAndChildren(clause, indent: indent + 1)
        } else {
            // A clause that is only a table: its rows stand where its line would.
            tableAndChildren(clause, indent: indent + 1, tableIndent: indent, tableTag: tag(clause))
        }
    }

    /// The clause's number, heading and text (or a split or merge's lines); false when it has none.
    @discardableResult
    mutating func lines(_ clause: RedlineClause, indent: Int) -> Bool {
        let base: Style = clause.kind == .moved ? .moved : .plain
        if let group = clause.group {
            var first = true
            for line in DiffPiece.spans(group, mode: .display).lines() where !line.spans.isBlank {
                emit((first ? tag(clause) : []) + segments(line.spans, base: base), indent: indent)
                first = false
            }
            return true
        }
        let content = marked(clause, clause.line(mode: .display), base: base)
        guard !content.isEmpty else { return false }
        emit(tag(clause) + content, indent: indent)
        return true
    }

    /// Number ("B. (was C.)" when renumbered), heading in bold, text; an added or removed clause as one mark.
    func marked(_ clause: RedlineClause, _ line: ClauseLine, base: Style) -> [Segment] {
        if clause.wholeKind != .equal { return segments(line.mergedSpans, base: base) }
        let strong: Style = base == .plain ? .bold : base
        var result: [Segment] = []
        let old = clause.oldNumber, new = clause.newNumber
        if old == new {
            if let new { result.append((strong, clean(new))) }
        } else if clause.alignment.renumbered, let old, let new {
            result.append((strong, clean(new)))
            result.append((.dim, " (was " + clean(old) + ")"))
        } else {
            result += segments(line.number, base: base)
        }
        result += segments(line.numberSeparator, base: base)
        result += segments(line.heading, base: strong)
        result += segments(line.headingSeparator, base: base)
        result += segments(line.text, base: base)
        return result
    }

    func tag(_ clause: RedlineClause) -> [Segment] {
        guard !clause.insideWhole else { return [] }
        let text: String
        switch clause.kind {
        case .moved: text = "moved"
        case .added: text = "added"
        case .removed: text = clause.alignment.movedTo.map { "moved to " + $0 } ?? "removed"
        case .split, .merged: text = ChangeSummary.matchDescription(clause.alignment)
        default: return []
        }
        return [(clause.kind == .moved ? .moved : .dim, "[" + text + "] ")]
    }

    func segments(_ spans: [RedlineSpan], base: Style) -> [Segment] {
        spans.compactMap { span in
            let text = clean(span.text)
            guard !text.isEmpty else { return nil }
            switch span.kind {
            case .equal: return (base, text)
            case .insert: return (.inserted, colour ? text : "[+" + text + "+]")
            case .delete: return (.deleted, colour ? text : "[-" + text + "-]")
            }
        }
    }

    /// `text` without control characters (a document must not drive the terminal), line breaks as spaces.
    func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) || text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                result.unicodeScalars.append(" ")
            } else if scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Writes one logical line, wrapped at ``width`` with a hanging indent when set.
    mutating func emit(_ segments: [Segment], indent: Int) {
        let prefix = String(repeating: "  ", count: indent)
        out += prefix
        var column = prefix.count
        for segment in segments {
            guard let width else {
                write(segment.style, segment.text)
                continue
            }
            // Wrap between words: split into words with their following spaces.
            var word = ""
            func flush(_ writer: inout TerminalWriter) {
                guard !word.isEmpty else { return }
                let length = word.count
                if column + length > width && column > prefix.count + 2 && !word.allSatisfy(\.isWhitespace) {
                    writer.out += "\n" + prefix + "  "
                    column = prefix.count + 2
                }
                writer.write(segment.style, word)
                column += length
                word = ""
            }
            for character in segment.text {
                word.append(character)
                if character == " " { flush(&self) }
            }
            flush(&self)
        }
        out += "\n"
    }

    mutating func write(_ style: Style, _ text: String) {
        if colour && style != .plain {
            out += style.code + text + "\u{1B}[0m"
        } else {
            out += text
        }
    }
}
