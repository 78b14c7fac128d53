import Foundation
import RedlineDiff
import RedlineModel

/// A redline in Markdown with CriticMarkup, readable in a pull request or any Markdown viewer:
/// `{++added++}`, `{--deleted--}`, and `{~~old~>new~~}` for a deletion directly followed by an
/// insertion.
///
/// It starts with a header and a summary table, then one `##` heading per division naming how it
/// matched. Section headings are `###`; numbered clauses are paragraphs or nested list items led by
/// their number in bold; renumbered clauses read "**B.** *(was C.)*"; tables are Markdown tables.
/// Text that looks like Markdown or CriticMarkup is escaped.
public struct MarkdownRedlineRenderer: RedlineRenderer {
    /// Creates a renderer.
    public init() {}

    /// Renders `diff` as Markdown (UTF-8).
    ///
    /// - Complexity: O(*n*) in the size of the diff and the clauses it refers to.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        var writer = MarkdownWriter(context: context)
        writer.document(diff)
        return Data(writer.out.utf8)
    }
}

private struct MarkdownWriter {
    let context: RenderContext
    var out = ""

    mutating func document(_ diff: DocumentDiff) {
        out += "# Redline: " + escape(context.newLabel) + "\n\n"
        for (term, label, reference) in [("Old", context.oldLabel, diff.old), ("New", context.newLabel, diff.new)] {
            out += "- **\(term):** " + escape(label)
            let details = [reference.title, reference.name].compactMap { $0 }.filter { !$0.isEmpty && $0 != label }
            if !details.isEmpty { out += " (" + escape(details.joined(separator: " · ")) + ")" }
            out += "\n"
        }
        out += "- **Compared:** \(context.dayString) by " + escape(context.author) + "\n\n"
        // Described in words: literal marks here would read as changes to CriticMarkup tools.
        out += "Changes are marked in [CriticMarkup](https://criticmarkup.com): insertions, deletions and "
        out += "substitutions (old, then new) between curly-brace marks.\n\n"
        summary(diff)
        for clause in RedlineBuilder(context: context).clauses(diff) { division(clause) }
    }

    mutating func summary(_ diff: DocumentDiff) {
        let summary = ChangeSummary(diff)
        out += "## Summary of changes\n\n| Division | Change | Words added | Words removed | Words moved |\n"
        out += "|---|---|--:|--:|--:|\n"
        for row in summary.rows {
            out += "| [\(escape(row.label))](#\(row.anchor)) | \(escape(row.match)) | \(row.wordsInserted) | "
            out += "\(row.wordsDeleted) | \(row.wordsMoved) |\n"
        }
        out += "| **Total** | \(summary.changedCount) of \(summary.rows.count) changed | \(summary.wordsInserted) | "
        out += "\(summary.wordsDeleted) | \(summary.wordsMoved) |\n\n"
    }

    mutating func division(_ clause: RedlineClause) {
        out += "<a id=\"\(clause.anchor.attributeEscaped)\"></a>\n\n## "
        if clause.isFrontMatter {
            out += "Front matter"
        } else {
            let side = clause.new ?? clause.old
            out += escape([side?.number?.written, side?.heading?.plainText].compactMap { $0 }.joined(separator: " "))
        }
        out += " — " + escape(ChangeSummary.matchDescription(clause.alignment)) + "\n\n"
        // The heading above is plain; when the number or heading changed, a marked-up line follows.
        let headingChanged = clause.alignment.headingDiff.map { !$0.isEmpty } ?? false
        if clause.wholeKind != .equal || headingChanged || clause.oldNumber != clause.newNumber || clause.headingRunIn
            || clause.group != nil || clause.isFrontMatter
        {
            line(clause, indent: nil)
        } else if !clause.text.isEmpty {
            paragraph(critic(DiffPiece.spans(clause.text, mode: .display)), indent: nil)
        }
        tableAndChildren(clause)
    }

    mutating func clause(_ clause: RedlineClause) {
        if clause.isHeadingOnly && !clause.headingRunIn {
            out += String(repeating: "#", count: min(6, clause.depth + 2)) + " " + tag(clause) + numberAndHeading(clause) + "\n\n"
        } else {
            line(clause, indent: clause.depth >= 2 ? clause.depth - 2 : nil)
        }
        tableAndChildren(clause)
    }

    mutating func tableAndChildren(_ clause: RedlineClause) {
        if let pieces = clause.table {
            let side = clause.new ?? clause.old
            let table =
                clause.wholeKind != .equal && side?.table != nil
                ? TableRedline(whole: side!.table!, kind: clause.wholeKind)
                : TableRedline(spans: DiffPiece.spans(pieces, mode: .display), headerRows: clause.headerRows)
            self.table(table)
        }
        for child in clause.children { self.clause(child) }
    }

    /// The clause's number, heading and text (or a split or merge's lines) as paragraphs or list items.
    mutating func line(_ clause: RedlineClause, indent: Int?) {
        if let group = clause.group {
            var first = true
            for line in DiffPiece.spans(group, mode: .display).lines() where !line.spans.isBlank {
                paragraph((first ? tag(clause) : "") + critic(line.spans), indent: indent)
                first = false
            }
            return
        }
        if clause.wholeKind != .equal {
            let number = clause.wholeKind == .insert ? clause.newNumber : clause.oldNumber
            let parts = [number ?? "", DiffPiece.spans(clause.heading, mode: .display).map(\.text).joined(),
                         DiffPiece.spans(clause.text, mode: .display).map(\.text).joined()].filter { !$0.isEmpty }
            if !parts.isEmpty {
                paragraph(tag(clause) + critic([RedlineSpan(clause.wholeKind, parts.joined(separator: " "))]), indent: indent)
            }
            return
        }
        let text = critic(DiffPiece.spans(clause.text, mode: .display))
        let lead = numberAndHeading(clause)
        let content = [lead, text].filter { !$0.isEmpty }.joined(separator: " ")
        guard !content.isEmpty else { return }
        paragraph(tag(clause) + content, indent: indent)
    }

    mutating func paragraph(_ content: String, indent: Int?) {
        if let indent {
            out += String(repeating: "  ", count: indent) + "- " + content + "\n\n"
        } else {
            out += guardLineStart(content) + "\n\n"
        }
    }

    /// "**B.** *(was C.)* **Heading**", with changes marked.
    func numberAndHeading(_ clause: RedlineClause) -> String {
        if clause.wholeKind != .equal {
            let number = clause.wholeKind == .insert ? clause.newNumber : clause.oldNumber
            let heading = DiffPiece.spans(clause.heading, mode: .display).map(\.text).joined()
            let text = [number ?? "", heading].filter { !$0.isEmpty }.joined(separator: " ")
            return text.isEmpty ? "" : critic([RedlineSpan(clause.wholeKind, text)])
        }
        var parts: [String] = []
        let old = clause.oldNumber, new = clause.newNumber
        if old == new {
            if let new { parts.append("**" + escape(new) + "**") }
        } else if clause.alignment.renumbered, let old, let new {
            parts.append("**" + escape(new) + "** *(was " + escape(old) + ")*")
        } else {
            var number: [RedlineSpan] = []
            if let old { number.append(RedlineSpan(.delete, old)) }
            if let new { number.append(RedlineSpan(.insert, new)) }
            parts.append(critic(number))
        }
        let heading = DiffPiece.spans(clause.heading, mode: .display)
        if !heading.isBlank {
            let marked = critic(heading)
            parts.append(clause.isHeadingOnly ? marked : "**" + marked + "**")
        }
        return parts.joined(separator: " ")
    }

    func tag(_ clause: RedlineClause) -> String {
        if clause.insideWhole { return "" }
        return switch clause.kind {
        case .moved: "*[Moved]* "
        case .added where clause.depth > 0: "*[Added]* "
        case .removed where clause.depth > 0: "*[Removed]* "
        case .split, .merged: "*[" + escape(ChangeSummary.matchDescription(clause.alignment)) + "]* "
        default: ""
        }
    }

    mutating func table(_ table: TableRedline) {
        guard !table.rows.isEmpty else { return }
        let columns = max(1, table.columnCount)
        func row(_ cells: [[RedlineSpan]]) -> String {
            var texts = cells.map { critic($0) }
            texts += Array(repeating: "", count: columns - cells.count)
            return "| " + texts.joined(separator: " | ") + " |\n"
        }
        out += row(table.rows[0].cells)
        out += "|" + String(repeating: "---|", count: columns) + "\n"
        for line in table.rows.dropFirst() { out += row(line.cells) }
        out += "\n"
    }

    /// CriticMarkup for `spans`: a deletion directly followed by an insertion is a substitution.
    func critic(_ spans: [RedlineSpan]) -> String {
        var result = ""
        var index = 0
        while index < spans.count {
            let span = spans[index]
            switch span.kind {
            case .equal:
                result += escape(span.text)
            case .insert:
                result += "{++" + escape(span.text) + "++}"
            case .delete:
                if index + 1 < spans.count, spans[index + 1].kind == .insert {
                    result += "{~~" + escape(span.text) + "~>" + escape(spans[index + 1].text) + "~~}"
                    index += 1
                } else {
                    result += "{--" + escape(span.text) + "--}"
                }
            }
            index += 1
        }
        return result
    }

    /// Markdown-escapes `text`, breaks CriticMarkup delimiters and joins lines.
    func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        let delimiters = ["{++", "++}", "{--", "--}", "{~~", "~~}", "~>", "{==", "==}", "{>>", "<<}"]
        var rest = Substring(text)
        outer: while let character = rest.first {
            for delimiter in delimiters where rest.hasPrefix(delimiter) {
                for symbol in delimiter {
                    if symbol != "{" && symbol != "}" { result.append("\\") }
                    result.append(symbol)
                }
                rest = rest.dropFirst(delimiter.count)
                continue outer
            }
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", "|": result += "\\" + String(character)
            case "\n", "\r\n", "\r", "\t": result += " "
            default:
                if let ascii = character.asciiValue, ascii < 0x20 { break }
                result.append(character)
            }
            rest = rest.dropFirst()
        }
        return result
    }

    /// Keeps a paragraph that starts with plain text from reading as a heading, list or quote.
    func guardLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#-+>=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }
}
