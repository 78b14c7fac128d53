import RedlineModel
import RedlineXML

/// Flattens an HTML document into blocks: headings, paragraphs, list items (with the
/// numbers `<ol type start>` and `<li value>` give them) and tables, keeping inline
/// bold, italic, underline and strike-through from tags, `style` attributes and class rules.
///
/// It reads Word "Save as Web Page" HTML (list numbers are text inside `mso-list:Ignore`
/// spans), Google Docs (formatting and list numbering in CSS classes), LibreOffice
/// (numbers only in list markup, hard-wrapped text), pandoc and hand-written HTML.
struct HTMLBlockExtractor {
    struct Result {
        var blocks: [Block]
        var title: String?
        var metadata: [String: String]
        var format: SourceFormat
    }

    private struct ListContext {
        var key: String
        var ordered: Bool
        var style: NumberStyle
        var delimiter: NumberDelimiter
        var next: Int
        var level: Int?
    }

    private var css = CSSStyles()
    private var blocks: [Block] = []
    private var runs: [InlineRun] = []
    private var blockKind: Block.Kind = .paragraph
    private var blockLocation: SourceLocation?
    private var pendingListItem: (number: ClauseNumber?, depth: Int, key: String?, explicit: Bool)?
    private var listCount = 0
    private var currentListNumber: ClauseNumber?
    private var currentListDepth = 0
    private var lists: [ListContext] = []
    private var path: [String] = []

    /// Static-site sources mix markdown into HTML: `## B. FILING GRIEVANCES` lines and
    /// blank-line paragraphs between `<div>`s. When set, those are honoured.
    private var markdownAware = false

    static func extract(_ document: MarkupDocument, markdownAware: Bool = false) -> Result {
        var extractor = HTMLBlockExtractor()
        extractor.markdownAware = markdownAware
        return extractor.run(document.root)
    }

    private mutating func run(_ root: MarkupElement) -> Result {
        let head = root.childElements.first { $0.name == "head" }
        let body = root.childElements.first { $0.name == "body" } ?? root
        var metadata: [String: String] = [:]
        var title: String?
        var sheets = ""
        var generator = ""
        if let head {
            for element in head.childElements {
                switch element.name {
                case "title":
                    let text = element.textContent.trimmingWhitespace()
                    if !text.isEmpty { title = text; metadata["html-title"] = text }
                case "meta":
                    if let name = element.attribute("name"), let content = element.attribute("content") {
                        metadata[name.lowercased()] = content
                        if name.lowercased() == "generator" || name.lowercased() == "progid" { generator += content + " " }
                    }
                case "style":
                    sheets += element.textContent + "\n"
                default: break
                }
            }
        }
        // Word and some generators put <style> in the body too.
        collectStyles(body, into: &sheets)
        css = CSSStyles(sheet: sheets)
        path = ["html", "body"]
        walk(children: body.children, style: [], link: nil)
        flush()
        let format = detectFormat(root: root, generator: generator, sheets: sheets)
        let documentTitle = title.flatMap { $0.contains("_") && !$0.contains(" ") ? nil : $0 }
        return Result(blocks: blocks, title: documentTitle, metadata: metadata, format: format)
    }

    private func collectStyles(_ element: MarkupElement, into sheets: inout String) {
        for child in element.childElements {
            if child.name == "style" { sheets += child.textContent + "\n" } else if child.name == "div" || child.name == "span" { continue } else { collectStyles(child, into: &sheets) }
        }
    }

    private func detectFormat(root: MarkupElement, generator: String, sheets: String) -> SourceFormat {
        let lowered = generator.lowercased()
        if lowered.contains("microsoft word") || lowered.contains("word.document")
            || root.attributes.contains(where: { $0.value.contains("urn:schemas-microsoft-com:office") })
        {
            return .wordHTML
        }
        if lowered.contains("libreoffice") || lowered.contains("openoffice") { return .libreOfficeHTML }
        if sheets.contains("lst-kix_") || sheets.contains(".c0{") || sheets.contains(".c1{") { return .googleDocsHTML }
        return .html
    }

    // MARK: Walking

    private static let skipped: Set<String> = [
        "script", "style", "head", "noscript", "template", "title", "meta", "link", "xml", "svg", "math", "button",
        "input", "select", "textarea", "iframe", "object",
    ]
    private static let containers: Set<String> = [
        "p", "div", "blockquote", "pre", "address", "dt", "dd", "center", "section", "article", "main", "header",
        "footer", "nav", "aside", "figure", "figcaption", "caption", "dl", "form", "fieldset", "details", "summary",
        "body", "hr",
    ]

    private mutating func walk(children: [MarkupNode], style: InlineStyle, link: String?) {
        var counts: [String: Int] = [:]
        for child in children {
            switch child {
            case .text(let text, let line):
                if blockLocation == nil, text.contains(where: { !$0.isWhitespace }) {
                    blockLocation = SourceLocation(line: line, path: "/" + path.joined(separator: "/"))
                }
                runs.append(InlineRun(text, style: style, link: link))
            case .comment:
                break
            case .element(let element):
                counts[element.name, default: 0] += 1
                path.append("\(element.name)[\(counts[element.name]!)]")
                visit(element, style: style, link: link)
                path.removeLast()
            }
        }
    }

    private mutating func visit(_ element: MarkupElement, style: InlineStyle, link: String?) {
        let name = element.name
        if Self.skipped.contains(name) || isHidden(element) { return }
        var delta = CSSStyles.Delta()
        if let classes = element.attribute("class") { delta.merge(css.delta(forClasses: classes, element: name)) }
        if let inline = element.attribute("style") { delta.merge(CSSStyles.parse(declarations: inline)) }
        if delta.hidden { return }
        var style = delta.applied(to: style)
        var link = link
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            beginBlock(.heading(level: Int(String(name.last!)) ?? 1), element)
            walk(children: element.children, style: style, link: link)
            flush()
        case "ol", "ul":
            flush()
            lists.append(listContext(element))
            walk(children: element.children, style: style, link: link)
            flush()
            lists.removeLast()
        case "li":
            flush()
            startListItem(element)
            walk(children: element.children, style: style, link: link)
            flush()
            pendingListItem = nil
        case "table":
            flush()
            appendTable(element, style: style)
        case "br":
            runs.append(InlineRun(" ", style: style, link: link))
        case "img":
            if let alt = element.attribute("alt"), !alt.trimmingWhitespace().isEmpty {
                runs.append(InlineRun(alt, style: style, link: link))
            }
        case _ where Self.containers.contains(name):
            flush()
            beginBlock(.paragraph, element)
            walk(children: element.children, style: style, link: link)
            flush()
        default:
            switch name {
            case "b", "strong": style.insert(.bold)
            case "i", "em", "cite", "dfn": style.insert(.italic)
            case "u", "ins": style.insert(.underline)
            case "s", "strike", "del": style.insert(.strikethrough)
            case "sup": style.insert(.superscript)
            case "sub": style.insert(.subscript)
            case "a": if let href = element.attribute("href") { link = href }
            default: break
            }
            walk(children: element.children, style: style, link: link)
        }
    }

    private func isHidden(_ element: MarkupElement) -> Bool {
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
        // Glossary tooltips repeat a definition inside the text they explain.
        if let classes = element.attribute("class")?.lowercased(),
            classes.split(separator: " ").contains(where: { $0 == "tooltip-text" || $0 == "tooltiptext" })
        {
            return true
        }
        return false
    }

    // MARK: Blocks

    private mutating func beginBlock(_ kind: Block.Kind, _ element: MarkupElement) {
        blockKind = kind
        blockLocation = SourceLocation(line: element.line, path: "/" + path.joined(separator: "/"))
    }

    private mutating func flush() {
        if markdownAware, runs.contains(where: { $0.text.contains("\n") }) {
            let groups = MarkdownLines.split(runs)
            if groups.count > 1 || groups.first?.headingLevel != nil {
                let kind = blockKind
                let location = blockLocation
                for group in groups {
                    runs = group.runs
                    blockKind = group.headingLevel.map { .heading(level: $0) } ?? kind
                    blockLocation = location.map { SourceLocation(line: $0.line + group.lineOffset, path: $0.path) }
                    flushBlock()
                }
                return
            }
        }
        flushBlock()
    }

    private mutating func flushBlock() {
        defer {
            runs.removeAll(keepingCapacity: true)
            blockKind = .paragraph
            blockLocation = nil
        }
        var cleaned = normalizeWhitespace(runs.map { InlineRun(stripTemplateTags($0.text), style: $0.style, link: $0.link) })
        if cleaned.isEmpty { return }
        cleaned = InlineText(runs: cleaned).runs
        var kind = blockKind
        var number: ClauseNumber?
        var depth = lists.count
        var listKey: String?
        var explicit = false
        if let pending = pendingListItem {
            // The first block inside an <li> carries the item's number (LibreOffice wraps items in <p>).
            number = pending.number
            depth = pending.depth
            listKey = pending.key
            explicit = pending.explicit
            if case .heading = kind {} else { kind = .listItem(ordered: pending.number != nil) }
            pendingListItem = nil
        }
        blocks.append(
            Block(kind: kind, runs: cleaned, listNumber: number, listDepth: depth, listKey: listKey,
                listValueIsExplicit: explicit,
                location: blockLocation ?? SourceLocation(line: 0, path: "/" + path.joined(separator: "/"))))
    }

    /// Removes Liquid/Jinja template tags (`{% … %}`, `{{ … }}`) left in static-site sources, and
    /// Word's downlevel conditionals (`<![if !supportLists]>`, `<![endif]>`), which the HTML parser keeps as text.
    private func stripTemplateTags(_ text: String) -> String {
        guard text.contains("{%") || text.contains("{{") || text.contains("<![") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = [rest.range(of: "{%"), rest.range(of: "{{"), rest.range(of: "<![")].compactMap({ $0 })
            .min(by: { $0.lowerBound < $1.lowerBound })
        {
            let opener = rest[open]
            let closer = opener == "{%" ? "%}" : opener == "{{" ? "}}" : "]>"
            result += rest[..<open.lowerBound]
            guard let close = rest.range(of: closer, range: open.upperBound..<rest.endIndex) else {
                rest = rest[open.lowerBound...]
                break
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    // MARK: Lists

    private mutating func listContext(_ element: MarkupElement) -> ListContext {
        let ordered = element.name == "ol"
        var style = NumberStyle.arabic
        var delimiter = NumberDelimiter.period
        var level: Int?
        listCount += 1
        var key = "list-\(listCount)"
        if let type = element.attribute("type") {
            switch type {
            case "a": style = .lowerAlpha
            case "A": style = .upperAlpha
            case "i": style = .lowerRoman
            case "I": style = .upperRoman
            default: style = .arabic
            }
        } else if let classes = element.attribute("class"), let (format, classLevel) = css.listFormat(forClasses: classes) {
            style = format.style
            delimiter = format.delimiter
            level = classLevel + 1
            key = classes.split(separator: " ").first { $0.hasPrefix("lst-") }.map(String.init) ?? key
        } else if let inline = element.attribute("style")?.lowercased() {
            if inline.contains("lower-alpha") || inline.contains("lower-latin") { style = .lowerAlpha }
            if inline.contains("upper-alpha") || inline.contains("upper-latin") { style = .upperAlpha }
            if inline.contains("lower-roman") { style = .lowerRoman }
            if inline.contains("upper-roman") { style = .upperRoman }
        }
        let start = element.attribute("start").flatMap { NumberStyle.listValue($0) } ?? 1
        return ListContext(key: key, ordered: ordered, style: style, delimiter: delimiter, next: start, level: level)
    }

    private mutating func startListItem(_ element: MarkupElement) {
        guard var context = lists.last else {
            pendingListItem = (nil, 0, nil, false)
            return
        }
        var number: ClauseNumber?
        let explicitValue = element.attribute("value").flatMap { NumberStyle.listValue($0) }
        if context.ordered {
            let value = explicitValue ?? context.next
            context.next = min(value + 1, NumberStyle.listValueRange.upperBound)
            let label = context.style.format(value)
            let written = context.delimiter == .closingParenthesis ? label + ")" : label + "."
            number = ClauseNumber(
                written: written, normalized: label.lowercased(), style: context.style, delimiter: context.delimiter,
                value: value, components: [value])
            lists[lists.count - 1] = context
        }
        pendingListItem = (number, context.level ?? lists.count, context.key, explicitValue != nil)
        blockLocation = SourceLocation(line: element.line, path: "/" + path.joined(separator: "/"))
    }

    // MARK: Tables

    private mutating func appendTable(_ element: MarkupElement, style: InlineStyle) {
        var rows: [TableRow] = []
        func collectRows(_ element: MarkupElement, header: Bool) {
            for child in element.childElements {
                switch child.name {
                case "thead": collectRows(child, header: true)
                case "tbody", "tfoot": collectRows(child, header: false)
                case "tr":
                    var cells: [TableCell] = []
                    var allHeader = true
                    for cell in child.childElements where cell.name == "td" || cell.name == "th" {
                        if cell.name == "td" { allHeader = false }
                        var inner = HTMLBlockExtractor()
                        inner.css = css
                        inner.walk(children: cell.children, style: style, link: nil)
                        inner.flush()
                        let cellRuns = inner.blocks.enumerated().flatMap { index, block in
                            index == 0 ? block.runs : [InlineRun(" ")] + block.runs
                        }
                        let span = cell.attribute("colspan").flatMap { Int($0) } ?? 1
                        cells.append(TableCell(text: InlineText(runs: cellRuns), columnSpan: span))
                    }
                    if !cells.isEmpty {
                        rows.append(
                            TableRow(cells: cells, isHeader: header || allHeader, location: SourceLocation(line: child.line)))
                    }
                default: break
                }
            }
        }
        collectRows(element, header: false)
        guard !rows.isEmpty else { return }
        // A <caption> reads as the line above the table, as Word and plain-text exports write it.
        if let caption = element.childElements.first(where: { $0.name == "caption" }) {
            let text = normalizeWhitespace([InlineRun(caption.textContent, style: style)])
            if !text.isEmpty {
                blocks.append(
                    Block(kind: .paragraph, runs: text, listNumber: nil, listDepth: lists.count,
                        location: SourceLocation(line: caption.line, path: "/" + path.joined(separator: "/") + "/caption[1]")))
            }
        }
        blocks.append(
            Block(kind: .table, runs: [], listNumber: nil, listDepth: lists.count, table: Table(rows: rows),
                location: SourceLocation(line: element.line, path: "/" + path.joined(separator: "/"))))
    }
}
