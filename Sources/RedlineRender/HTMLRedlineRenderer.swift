import Foundation
import RedlineDiff
import RedlineModel

/// A redline as one self-contained HTML5 file: inline CSS, no scripts, nothing fetched.
///
/// The page opens with both documents' labels and titles, a legend and a change summary (one row
/// per division with its match, word counts and a link), then every division in full:
/// insertions in `<ins>` (double underline, green), deletions in `<del>` (strike-through, red),
/// each with a visually hidden "inserted:"/"deleted:" label for screen readers; moved clauses
/// with a double rule and a "Moved" tag instead of a deletion and an insertion; renumbered
/// clauses as "B. (was C.)"; tables as tables, changed cell by cell. Printing puts each division
/// on a new page and keeps the marks legible in black and white.
public struct HTMLRedlineRenderer: RedlineRenderer {
    /// Creates a renderer.
    public init() {}

    /// Renders `diff` as HTML (UTF-8).
    ///
    /// - Complexity: O(*n*) in the size of the diff and the clauses it refers to.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        var writer = HTMLWriter(context: context)
        writer.document(diff)
        return Data(writer.out.utf8)
    }
}

private struct HTMLWriter {
    let context: RenderContext
    var out = ""

    init(context: RenderContext) {
        self.context = context
        out.reserveCapacity(1 << 16)
    }

    mutating func document(_ diff: DocumentDiff) {
        let clauses = RedlineBuilder(context: context).clauses(diff)
        out.reserveCapacity(clauses.reduce(0) { $0 + ($1.new?.fullText.utf8.count ?? 0) } * 2 + 16_384)
        out += "<!DOCTYPE html>\n<html lang=\"\(context.language.attributeEscaped)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"Redline\">\n<title>Redline: "
        out.appendEscaped(context.newLabel)
        out += " compared with "
        out.appendEscaped(context.oldLabel)
        out += "</title>\n<style>\n" + Self.css + "</style>\n</head>\n<body>\n<div class=\"page\">\n"
        header(diff)
        out += "<main>\n"
        substance()
        summary(diff)
        for clause in clauses { division(clause) }
        out += "</main>\n<footer class=\"colophon\"><p>Compared by Redline on \(context.dayString). "
        out += "Counts are of words and numbers; punctuation and spacing are not counted.</p></footer>\n"
        out += "</div>\n</body>\n</html>\n"
    }

    // MARK: Header and summary

    mutating func header(_ diff: DocumentDiff) {
        out += "<header class=\"masthead\">\n<p class=\"kicker\">Redline</p>\n<h1>"
        out.appendEscaped(context.newLabel)
        out += "</h1>\n<p class=\"subtitle\">compared with "
        out.appendEscaped(context.oldLabel)
        out += "</p>\n<dl class=\"documents\">\n"
        for (term, label, reference) in [("Old", context.oldLabel, diff.old), ("New", context.newLabel, diff.new)] {
            out += "<dt>\(term)</dt><dd><strong>"
            out.appendEscaped(label)
            out += "</strong>"
            let details = [reference.title, reference.name].compactMap { $0 }.filter { !$0.isEmpty && $0 != label }
            if !details.isEmpty {
                out += "<br><span class=\"meta\">"
                out.appendEscaped(details.joined(separator: " · "))
                out += "</span>"
            }
            out += "</dd>\n"
        }
        out += "<dt>Compared</dt><dd>\(context.dayString) by "
        out.appendEscaped(context.author)
        out += "</dd>\n</dl>\n"
        out += """
            <ul class="legend" aria-label="Legend">
            <li><span class="sample-ins">inserted text</span> double underline</li>
            <li><span class="sample-del">deleted text</span> struck through</li>
            <li><span class="sample-moved"><span class="tag">Moved</span> moved clause</span> double rule at left</li>
            <li><span class="num">B.</span> <span class="was">(was C.)</span> renumbered</li>
            </ul>
            </header>

            """
    }

    /// "What changed in substance", when there are findings.
    mutating func substance() {
        let section = SubstanceSection(context.findings)
        guard !section.isEmpty else { return }
        out += "<section class=\"substance\" aria-labelledby=\"substance-title\">\n<h2 id=\"substance-title\">\(SubstanceSection.title)</h2>\n<ul>\n"
        for line in section.lines {
            out += "<li>"
            if let clause = line.clause {
                out += "<code>"
                out.appendEscaped(clause)
                out += "</code> "
            }
            out.appendEscaped(line.summary)
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
    }

    mutating func summary(_ diff: DocumentDiff) {
        let summary = ChangeSummary(diff)
        out += "<section class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary of changes</h2>\n"
        out += "<p>\(summary.changedCount) of \(summary.rows.count) \(summary.rows.count == 1 ? "division" : "divisions") changed: "
        out += "\(summary.wordsInserted) words added, \(summary.wordsDeleted) removed, \(summary.wordsMoved) moved.</p>\n"
        out += "<table class=\"summary-table\">\n<thead><tr><th scope=\"col\">Division</th><th scope=\"col\">Change</th>"
        out += "<th scope=\"col\" class=\"n\">Words added</th><th scope=\"col\" class=\"n\">Words removed</th>"
        out += "<th scope=\"col\" class=\"n\">Words moved</th></tr></thead>\n<tbody>\n"
        for row in summary.rows {
            out += "<tr class=\"kind-\(row.kind.rawValue)\"><th scope=\"row\"><a href=\"#\(row.anchor.attributeEscaped)\">"
            out.appendEscaped(row.label)
            out += "</a></th><td>"
            out.appendEscaped(row.match)
            out += "</td><td class=\"n\">\(row.wordsInserted)</td><td class=\"n\">\(row.wordsDeleted)</td>"
            out += "<td class=\"n\">\(row.wordsMoved)</td></tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td>\(summary.changedCount) changed</td>"
        out += "<td class=\"n\">\(summary.wordsInserted)</td><td class=\"n\">\(summary.wordsDeleted)</td>"
        out += "<td class=\"n\">\(summary.wordsMoved)</td></tr></tfoot>\n</table>\n</section>\n"
    }

    // MARK: Clauses

    mutating func division(_ clause: RedlineClause) {
        out += "<article id=\"\(clause.anchor.attributeEscaped)\" class=\"division kind-\(clause.kind.rawValue)\">\n"
        out += "<h2>"
        if clause.isFrontMatter {
            out += "Front matter"
        } else if clause.kind == .split || clause.kind == .merged || clause.headingRunIn {
            let side = clause.new ?? clause.old
            out.appendEscaped([side?.number?.written, side?.heading?.plainText].compactMap { $0 }.joined(separator: " "))
        } else {
            clauseLine(clause, includeText: false)
        }
        out += "</h2>\n<p class=\"match\">"
        out.appendEscaped(ChangeSummary.matchDescription(clause.alignment).capitalizedFirst)
        out += counts(clause.alignment)
        out += "</p>\n"
        body(clause, headingShown: !clause.headingRunIn && clause.group == nil, headingLevel: 2)
        out += "</article>\n"
    }

    mutating func clause(_ clause: RedlineClause, headingLevel: Int) {
        out += "<div id=\"\(clause.anchor.attributeEscaped)\" class=\"clause kind-\(clause.kind.rawValue)\">\n"
        var level = headingLevel
        if clause.isHeadingOnly && !clause.headingRunIn {
            level = min(headingLevel + 1, 6)
            out += "<h\(level)>"
            tag(clause)
            clauseLine(clause, includeText: false)
            out += "</h\(level)>\n"
            body(clause, headingShown: true, headingLevel: level)
        } else {
            body(clause, headingShown: false, headingLevel: level)
        }
        out += "</div>\n"
    }

    /// The clause's text, table and subordinate clauses; the number and heading too unless shown already.
    mutating func body(_ clause: RedlineClause, headingShown: Bool, headingLevel: Int) {
        if let group = clause.group {
            if clause.depth > 0 {
                out += "<p class=\"note\">"
                tag(clause)
                out += "</p>\n"
            }
            for line in DiffPiece.spans(group, mode: .display).lines() where !line.spans.isBlank {
                out += "<p>"
                spans(line.spans)
                out += "</p>\n"
            }
        } else {
            let text = DiffPiece.spans(clause.text, mode: .display)
            if !headingShown {
                let hasNumberOrHeading = clause.oldNumber != nil || clause.newNumber != nil || !clause.heading.isEmpty
                if hasNumberOrHeading || !text.isBlank {
                    out += "<p>"
                    if clause.depth > 0 { tag(clause) }
                    clauseLine(clause, includeText: true, headingElement: "strong")
                    out += "</p>\n"
                }
            } else if !text.isBlank {
                out += "<p>"
                spans(text)
                out += "</p>\n"
            }
            if let table = clause.tableLayout(mode: .display) { self.table(table) }
        }
        for child in clause.children { self.clause(child, headingLevel: headingLevel) }
    }

    /// The clause's number, heading and (unless left out) text: an added or removed clause as one
    /// insertion or deletion; otherwise the number as "B. (was C.)" when renumbered, and the
    /// heading in `headingElement` when given.
    mutating func clauseLine(_ clause: RedlineClause, includeHeading: Bool = true, includeText: Bool, headingElement: String? = nil) {
        let line = clause.line(mode: .display, includeHeading: includeHeading, includeText: includeText)
        if clause.wholeKind != .equal {
            spans(line.mergedSpans)
            return
        }
        let old = clause.oldNumber, new = clause.newNumber
        if old == new {
            if let new {
                out += "<span class=\"num\">"
                out.appendEscaped(new)
                out += "</span>"
            }
        } else if clause.alignment.renumbered, let old, let new {
            out += "<span class=\"num\">"
            out.appendEscaped(new)
            out += "</span> <span class=\"was\">(was "
            out.appendEscaped(old)
            out += ")</span>"
        } else {
            out += "<span class=\"num\">"
            spans(line.number)
            out += "</span>"
        }
        spans(line.numberSeparator)
        if !line.heading.isEmpty {
            if let headingElement { out += "<\(headingElement) class=\"heading\">" }
            spans(line.heading)
            if let headingElement { out += "</\(headingElement)>" }
        }
        spans(line.headingSeparator)
        spans(line.text)
    }

    mutating func tag(_ clause: RedlineClause) {
        guard !clause.insideWhole else { return }
        let text: String
        switch clause.kind {
        case .moved: text = "Moved"
        case .added: text = "Added"
        case .removed: text = clause.alignment.movedTo.map { "Moved to " + $0 } ?? "Removed"
        case .split, .merged: text = ChangeSummary.matchDescription(clause.alignment).capitalizedFirst
        default: return
        }
        out += "<span class=\"tag\">"
        out.appendEscaped(text)
        out += "</span> "
    }

    func counts(_ alignment: NodeAlignment) -> String {
        var parts: [String] = []
        if alignment.wordsInserted > 0 { parts.append("\(alignment.wordsInserted) words added") }
        if alignment.wordsDeleted > 0 { parts.append("\(alignment.wordsDeleted) removed") }
        if alignment.wordsMoved > 0 { parts.append("\(alignment.wordsMoved) moved") }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: ", ")
    }

    mutating func table(_ table: TableRedline) {
        out += "<div class=\"table-wrap\"><table class=\"redline-table\">\n"
        let header = table.headerRows > 0 && table.rows.count > table.headerRows ? table.headerRows : 0
        for (index, row) in table.rows.enumerated() {
            if index == 0 && header > 0 { out += "<thead>\n" }
            if index == header { out += "<tbody>\n" }
            switch row.kind {
            case .insert: out += "<tr class=\"row-ins\">"
            case .delete: out += "<tr class=\"row-del\">"
            case .equal: out += "<tr>"
            }
            let cell = index < header ? "th" : "td"
            for content in row.cells {
                out += index < header ? "<th scope=\"col\">" : "<td>"
                spans(content)
                out += "</\(cell)>"
            }
            out += "</tr>\n"
            if index == header - 1 { out += "</thead>\n" }
        }
        if table.rows.count > header { out += "</tbody>\n" }
        out += "</table></div>\n"
    }

    mutating func spans(_ spans: [RedlineSpan]) {
        for span in spans {
            switch span.kind {
            case .equal:
                text(span.text)
            case .insert:
                out += "<ins><span class=\"sr\">inserted: </span>"
                text(span.text)
                out += "</ins>"
            case .delete:
                out += "<del><span class=\"sr\">deleted: </span>"
                text(span.text)
                out += "</del>"
            }
        }
    }

    /// Escaped text, hard line breaks as `<br>`.
    mutating func text(_ text: String) {
        guard text.utf8.contains(0x0A) else {
            out.appendEscaped(text)
            return
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "<br>" }
            out.appendEscaped(String(line))
        }
    }

    static let css = """
        :root{color-scheme:light;--ink:#1b1f24;--muted:#59636e;--rule:#cfd5dc;--ins:#0b6b2c;--ins-bg:#e2f3e6;
        --del:#a3151b;--del-bg:#fbe3e3;--moved:#7a5a00;--moved-bg:#fff3c8;--accent:#1f4e8c}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;color:var(--ink);background:#fff;font:17px/1.55 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif}
        .page{max-width:52rem;margin:0 auto;padding:2rem 1.25rem 4rem}
        .masthead{border-bottom:3px double var(--rule);padding-bottom:1rem;margin-bottom:1.5rem}
        .kicker,.match,.tag,.summary-table,.legend,dl.documents dt,.colophon{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        .kicker{margin:0;font-size:.78rem;font-weight:700;letter-spacing:.14em;text-transform:uppercase;color:var(--muted)}
        h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 .1rem}
        .subtitle{margin:0 0 1rem;color:var(--muted);font-size:1.1rem}
        dl.documents{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
        dl.documents dt{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);padding-top:.2rem}
        dl.documents dd{margin:0}
        .meta{color:var(--muted);font-size:.9rem}
        .legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;padding:0;margin:0;font-size:.85rem;color:var(--muted)}
        .legend li>span:first-child{color:var(--ink);margin-right:.3rem}
        h2{font-size:1.45rem;line-height:1.25;margin:2.2rem 0 .2rem}
        h3{font-size:1.15rem;margin:1.4rem 0 .4rem}
        h4,h5,h6{font-size:1rem;margin:1rem 0 .3rem}
        p{margin:.45rem 0}
        a{color:var(--accent)}
        ins,.sample-ins{color:var(--ins);background:var(--ins-bg);text-decoration:underline double;text-decoration-skip-ink:none;text-underline-offset:.12em}
        del,.sample-del{color:var(--del);background:var(--del-bg);text-decoration:line-through;text-decoration-thickness:.09em}
        .sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;user-select:none}
        .num{font-weight:700;margin-right:.15rem}
        .was{color:var(--muted);font-style:italic;font-size:.92em}
        .heading{font-weight:700}
        .match{margin:0 0 1rem;color:var(--muted);font-size:.88rem}
        .tag{display:inline-block;font-size:.68rem;font-weight:700;line-height:1.3;letter-spacing:.06em;text-transform:uppercase;border:1px solid currentColor;border-radius:3px;padding:0 .3rem;margin-right:.35rem;vertical-align:.12em;color:var(--muted)}
        .clause .clause{margin-left:1.6rem}
        .kind-moved>p,.kind-moved>h3,.kind-moved>h4,.kind-moved>h5,.kind-moved>h6,.sample-moved{background:var(--moved-bg)}
        .clause.kind-moved,.sample-moved{border-left:4px double var(--moved);padding-left:.6rem}
        .kind-moved .tag{color:var(--moved)}
        .clause.kind-added{border-left:3px solid var(--ins);padding-left:.6rem}
        .clause.kind-removed{border-left:3px dashed var(--del);padding-left:.6rem}
        .kind-added .clause.kind-added,.kind-removed .clause.kind-removed{border-left:0;padding-left:0}
        .kind-added>p>.tag,.kind-added>h3>.tag,.kind-added>h4>.tag{color:var(--ins)}
        .kind-removed>p>.tag,.kind-removed>h3>.tag,.kind-removed>h4>.tag{color:var(--del)}
        .clause.kind-split,.clause.kind-merged{border-left:3px double var(--accent);padding-left:.6rem}
        .table-wrap{overflow-x:auto;margin:.6rem 0 1rem}
        table{border-collapse:collapse;font-size:.95rem}
        .redline-table th,.redline-table td{border:1px solid var(--rule);padding:.25rem .55rem;text-align:left;vertical-align:top}
        .redline-table thead th{background:#f3f5f7}
        tr.row-ins>:first-child{box-shadow:inset 3px 0 0 var(--ins)}
        tr.row-del>:first-child{box-shadow:inset 3px 0 0 var(--del)}
        .summary,.substance{margin-bottom:2.5rem}
        .substance li{margin:.2rem 0}
        .summary-table{width:100%;font-size:.9rem}
        .summary-table th,.summary-table td{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
        .summary-table thead th{border-bottom:2px solid var(--ink);font-size:.78rem;text-transform:uppercase;letter-spacing:.05em}
        .summary-table tbody th{font-weight:600}
        .summary-table .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .summary-table tfoot th,.summary-table tfoot td{border-top:2px solid var(--ink);border-bottom:0;font-weight:700;white-space:nowrap}
        .summary-table tr.kind-same{color:var(--muted)}
        .colophon{margin-top:3rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.8rem}
        @media print{
        body{font-size:11pt;line-height:1.4}
        .page{max-width:none;padding:0}
        article.division{break-before:page}
        h2,h3,h4,h5,h6{break-after:avoid}
        p,tr{break-inside:avoid}
        a{color:inherit;text-decoration:none}
        ins,.sample-ins{color:#000;background:none;text-decoration:underline double}
        del,.sample-del{color:#000;background:none;text-decoration:line-through}
        .kind-moved>p,.kind-moved>h3,.kind-moved>h4,.kind-moved>h5,.kind-moved>h6,.sample-moved{background:none}
        .redline-table thead th{background:none}
        }

        """
}

extension String {
    /// The string with its first character uppercased.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
