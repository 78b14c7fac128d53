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
        substance()
        summary(diff)
        for clause in RedlineBuilder(context: context).clauses(diff) { division(clause) }
    }

    /// "What changed in substance", when there are findings.
    mutating func substance() {
        let section = SubstanceSection(context.findings)
        guard !section.isEmpty else { return }
        out += "## \(SubstanceSection.title)\n\n"
        for line in section.lines {
            out += "- " + (line.clause.map { "`\($0)` — " } ?? "") + escape(line.summary) + "\n"
        }
        out += "\n"
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
            out += String(repeating: "#", count: min(6, clause.depth + 2)) + " " + tag(clause)
                + marked(clause, clause.line(mode: .display, includeText: false)) + "\n\n"
        } else {
            line(clause, indent: clause.depth >= 2 ? clause.depth - 2 : nil)
        }
        tableAndChildren(clause)
    }

    mutating func tableAndChildren(_ clause: RedlineClause) {
        if let table = clause.tableLayout(mode: .display) { self.table(table) }
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
        let content = marked(clause, clause.line(mode: .display))
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

    /// "**B.** *(was C.)* **Heading.** text" with changes marked; an added or removed clause as one mark.
    func marked(_ clause: RedlineClause, _ line: ClauseLine) -> String {
        if clause.wholeKind != .equal { return critic(line.mergedSpans) }
        var result = ""
        let old = clause.oldNumber, new = clause.newNumber
        if old == new {
            if let new { result += "**" + escape(new) + "**" }
        } else if clause.alignment.renumbered, let old, let new {
            result += "**" + escape(new) + "** *(was " + escape(old) + ")*"
        } else {
            result += critic(line.number)
        }
        result += critic(line.numberSeparator)
        if !line.heading.isBlank {
            result += clause.isHeadingOnly ? critic(line.heading) : "**" + critic(line.heading) + "**"
        }
        return result + critic(line.headingSeparator) + critic(line.text)
    }

    func tag(_ clause: RedlineClause) -> String {
        if clause.insideWhole { return "" }
        return switch clause.kind {
        case .moved: "*[Moved]* "
        case .added where clause.depth > 0: "*[Added]* "
        case .removed where clause.depth > 0:
            clause.alignment.movedTo.map { "*[Moved to " + escape($0) + "]* " } ?? "*[Removed]* "
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
    ///
    /// - Complexity: O(*n*); text without special characters is returned as it is.
    func escape(_ text: String) -> String {
        let bytes = Array(text.utf8)
        func special(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "~"), UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="):
                return true
            default:
                return byte < 0x20 || byte == 0x7F
            }
        }
        guard bytes.contains(where: special) else { return text }
        // CriticMarkup delimiters, each with a backslash before its non-brace symbols so it no longer matches.
        let delimiters: [[UInt8]] = ["{++", "++}", "{--", "--}", "{~~", "~~}", "~>", "{==", "==}", "{>>", "<<}"].map { Array($0.utf8) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        outer: while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "~")
                || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
            {
                for delimiter in delimiters where bytes[index...].starts(with: delimiter) {
                    for symbol in delimiter {
                        if symbol != UInt8(ascii: "{") && symbol != UInt8(ascii: "}") { result.append(UInt8(ascii: "\\")) }
                        result.append(symbol)
                    }
                    index += delimiter.count
                    continue outer
                }
            }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "|"):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            case 0x09, 0x0A:
                result.append(UInt8(ascii: " "))
            case 0x0D:
                if index + 1 >= bytes.count || bytes[index + 1] != 0x0A { result.append(UInt8(ascii: " ")) }
            case ..<0x20, 0x7F:
                break
            default:
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
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
