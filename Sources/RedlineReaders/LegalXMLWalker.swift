import RedlineModel
import RedlineXML

/// The element names one XML vocabulary uses for hierarchy, numbers, headings and text.
///
/// Names are compared by local name, lowercased, so `<Article>`, `<akn:article>` and
/// `<article>` are the same.
struct XMLVocabulary: Sendable {
    /// Containers that form the clause hierarchy (`article`, `section`, `paragraph`, …).
    var hierarchy: Set<String>
    /// Hierarchy levels whose number always gets a heading block of its own, even without a
    /// heading, so the structure builder sees "Article 5" or "TITLE I" as a division.
    var divisions: Set<String>
    /// Elements holding a hierarchy element's number (`num`).
    var numbers: Set<String>
    /// Elements holding a hierarchy element's heading (`heading`).
    var headings: Set<String>
    /// Elements that are blocks of text (`p`, `content`, `chapeau`, …).
    var textBlocks: Set<String>
    /// Elements left out with everything in them (metadata, front matter).
    var skipped: Set<String>
    /// The attribute holding a stable element id that locations should keep (`eId`), if any.
    var idAttribute: String?
    /// Extra heading depth for a hierarchy element, e.g. USLM `appropriations level="small"`.
    var extraDepth: @Sendable (MarkupElement) -> Int = { _ in 0 }
    /// A number given by markup for a heading whose keyword the label parser does not read
    /// (USLM "TITLE I"); nil keeps the number in the heading text.
    var markupNumber: @Sendable (MarkupElement, String) -> ClauseNumber? = { _, _ in nil }
    /// The number style an element's name implies (USLM `clause` is roman), to read "(i)" right.
    var styleHint: @Sendable (MarkupElement) -> NumberStyle? = { _ in nil }
    /// Whether an element named like a heading is a container here (generic `<title>` holding sections).
    var isHierarchy: @Sendable (MarkupElement, Set<String>) -> Bool = { element, hierarchy in
        hierarchy.contains(element.name.lowercased())
    }
}

/// Walks an XML tree described by an ``XMLVocabulary`` and produces blocks: one heading block
/// per numbered or headed division ("ARTICLE 12 GRIEVANCE"), one paragraph block per text
/// element. The number of a lower level ("(a)") is given by markup: it becomes the
/// ``Block/listNumber`` of the element's heading or first text, with the element's nesting
/// depth as ``Block/listDepth``, so the tree follows the XML hierarchy.
/// Unknown elements are transparent; inline `b`/`i`/`u`/`ins`/`del` and `changed` markup become run styles.
struct LegalXMLWalker {
    let vocabulary: XMLVocabulary
    private var buffer = BlockBuffer()
    /// The number of a hierarchy element that has no heading, waiting for its first text.
    private var pendingNumber: ClauseNumber?
    /// Where the element that owns ``pendingNumber`` starts.
    private var pendingLocation = SourceLocation.unknown
    /// Nesting depth of the hierarchy element being read.
    private var depth = 0
    /// The last number read at each depth, to choose between readings of "(i)".
    private var lastNumber: [Int: ClauseNumber] = [:]

    init(vocabulary: XMLVocabulary) {
        self.vocabulary = vocabulary
    }

    /// The blocks of `root` and its descendants.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    static func blocks(of root: MarkupElement, vocabulary: XMLVocabulary) -> [Block] {
        var walker = LegalXMLWalker(vocabulary: vocabulary)
        let rootPath = "/" + walker.segmentName(root, positional: root.name)
        walker.walk(root, path: rootPath, depth: 0, style: XMLInline.changeStyle(of: root))
        walker.flush()
        return walker.buffer.blocks
    }

    private func key(_ element: MarkupElement) -> String { element.name.lowercased() }

    private func segmentName(_ element: MarkupElement, positional: String) -> String {
        if let attribute = vocabulary.idAttribute, let id = element.attribute(attribute), !id.isEmpty {
            return "\(element.name)[@\(attribute)='\(id)']"
        }
        return positional
    }

    /// Ends the pending text block. A waiting number goes with it, or stands alone when the
    /// element has no text of its own ("(a)" whose words are all in its paragraphs).
    private mutating func flush() {
        if let number = pendingNumber {
            pendingNumber = nil
            if buffer.isEmpty {
                buffer.add(
                    Block(kind: .listItem(ordered: true), runs: [], listNumber: number, listDepth: depth,
                        location: pendingLocation))
            } else {
                buffer.flush(.listItem(ordered: true), listNumber: number, listDepth: depth, location: pendingLocation)
            }
            return
        }
        buffer.flush(.paragraph, listDepth: depth)
    }


    private mutating func appendText(_ runs: [InlineRun], at location: SourceLocation) {
        buffer.append(runs, at: location)
    }

    private mutating func walk(_ element: MarkupElement, path: String, depth: Int, style: InlineStyle, skipping: Set<Int> = []) {
        let segments = XMLInline.childSegments(element)
        var elementIndex = 0
        for node in element.children {
            switch node {
            case .comment: continue
            case .text(let text, let line):
                appendText([InlineRun(text, style: style)], at: SourceLocation(line: line, path: path))
            case .element(let child):
                defer { elementIndex += 1 }
                if skipping.contains(elementIndex) { continue }
                let childPath = path + "/" + segmentName(child, positional: segments[elementIndex])
                visit(child, path: childPath, depth: depth, style: style)
            }
        }
    }

    private mutating func visit(_ element: MarkupElement, path: String, depth: Int, style: InlineStyle) {
        let name = key(element)
        if vocabulary.skipped.contains(name) { return }
        let style = style.union(XMLInline.style(of: element)).union(XMLInline.changeStyle(of: element))
        let location = SourceLocation(line: XMLInline.firstLine(of: element), path: path)
        if vocabulary.isHierarchy(element, vocabulary.hierarchy) {
            let outer = self.depth
            visitHierarchy(element, path: path, depth: depth + 1 + vocabulary.extraDepth(element), style: style)
            self.depth = outer
        } else if vocabulary.numbers.contains(name) || vocabulary.headings.contains(name) {
            // A number or heading outside a hierarchy element: a heading of its own.
            flush()
            buffer.append(XMLInline.runs(of: element, style: style), at: location)
            buffer.flush(.heading(level: depth + 1), listDepth: self.depth)
        } else if name == "table" {
            flush()
            if let table = Self.table(element, style: style) {
                buffer.add(Block(kind: .table, runs: [], listNumber: nil, listDepth: 0, table: table, location: location))
            }
        } else if vocabulary.textBlocks.contains(name) {
            let holdsBlocks = element.childElements.contains { child in
                let childName = key(child)
                return vocabulary.textBlocks.contains(childName) || vocabulary.isHierarchy(child, vocabulary.hierarchy)
                    || childName == "table"
            }
            if holdsBlocks {
                // `<content>` holding `<p>`s: each inner block is a block.
                flushKeepingNumber()
                walk(element, path: path, depth: depth, style: style)
                flushKeepingNumber()
            } else {
                flushKeepingNumber()
                appendText(XMLInline.runs(of: element, style: style, skip: { self.vocabulary.skipped.contains($0.name.lowercased()) }), at: location)
                flush()
            }
        } else {
            walk(element, path: path, depth: depth, style: style)
        }
    }

    /// Ends pending text, if any; a number still waiting for text keeps waiting.
    private mutating func flushKeepingNumber() {
        if !buffer.isEmpty { flush() }
    }

    private mutating func visitHierarchy(_ element: MarkupElement, path: String, depth: Int, style: InlineStyle) {
        flush()
        self.depth = depth
        for deeper in lastNumber.keys where deeper > depth { lastNumber[deeper] = nil }
        var numberText: String?
        var numberRuns: [InlineRun] = []
        var headingRuns: [InlineRun] = []
        var labelIndices: Set<Int> = []
        for (index, child) in element.childElements.enumerated() {
            let name = key(child)
            if vocabulary.numbers.contains(name), numberText == nil {
                numberRuns = normalizeWhitespace(XMLInline.runs(of: child, style: style))
                numberText = numberRuns.map(\.text).joined()
                labelIndices.insert(index)
            } else if vocabulary.headings.contains(name), headingRuns.isEmpty,
                !vocabulary.isHierarchy(child, vocabulary.hierarchy)
            {
                headingRuns = normalizeWhitespace(XMLInline.runs(of: child, style: style))
                labelIndices.insert(index)
            }
        }
        if numberText == nil, let attribute = element.attribute("num") ?? element.attribute("number"),
            !attribute.trimmingWhitespace().isEmpty
        {
            numberText = attribute.trimmingWhitespace()
            numberRuns = [InlineRun(numberText!, style: style)]
        }
        if headingRuns.isEmpty, let title = element.attribute("title") ?? element.attribute("heading"),
            !title.trimmingWhitespace().isEmpty
        {
            headingRuns = [InlineRun(title.trimmingWhitespace(), style: style)]
        }
        let location = SourceLocation(line: XMLInline.firstLine(of: element), path: path)
        let name = key(element)
        if vocabulary.divisions.contains(name), !headingRuns.isEmpty || numberText != nil {
            // "ARTICLE 12 GRIEVANCE", "SEC. 2. SHORT TITLE.": read like the same words in a heading;
            // "TITLE I" (a keyword the label parser does not know) gets its number from markup.
            let markup = numberText.flatMap { vocabulary.markupNumber(element, $0) }
            var runs = headingRuns
            if markup == nil, !numberRuns.isEmpty {
                runs = numberRuns + (headingRuns.isEmpty ? [] : [InlineRun(" ")] + headingRuns)
            } else if runs.isEmpty {
                runs = numberRuns
            }
            buffer.append(runs, at: location)
            buffer.flush(.heading(level: depth), listNumber: markup)
        } else if let numberText, let number = markupListNumber(numberText, element: element, depth: depth) {
            if headingRuns.isEmpty {
                pendingNumber = number
                pendingLocation = location
            } else {
                buffer.append(headingRuns, at: location)
                buffer.flush(.heading(level: depth), listNumber: number, listDepth: depth)
            }
        } else {
            // An unnumbered heading, or a number that is not a label: keep it as text.
            var runs = headingRuns
            if !numberRuns.isEmpty { runs = numberRuns + (runs.isEmpty ? [] : [InlineRun(" ")] + runs) }
            if !runs.isEmpty {
                buffer.append(runs, at: location)
                buffer.flush(headingRuns.isEmpty ? .paragraph : .heading(level: depth), listDepth: depth)
            }
        }
        walk(element, path: path, depth: depth, style: style, skipping: labelIndices)
        flush()
    }

    // MARK: Numbers

    /// The number of a lower level as markup gives it: "(a)", "1.", "(iv)", "Sec. 101." with the
    /// element's `value`, the reading that continues the previous sibling, or the one the
    /// element's name implies.
    private mutating func markupListNumber(_ text: String, element: MarkupElement, depth: Int) -> ClauseNumber? {
        let written = text.trimmingWhitespace()
        guard !written.isEmpty else { return nil }
        var candidates: [ClauseNumber] = []
        if let match = LabelParser.parse(written), match.remainderOffset >= written.unicodeScalars.count - 1 {
            candidates = match.candidates
        } else if let value = Int(written) {
            candidates = [
                ClauseNumber(
                    written: written, normalized: String(value), style: .arabic, delimiter: .none, value: value,
                    components: [value])
            ]
        } else if written.allSatisfy(\.isLetter) {
            candidates = LabelParser.readings(of: written, written: written, delimiter: .none)
        }
        guard !candidates.isEmpty else { return nil }
        let previous = lastNumber[depth]
        let hint = vocabulary.styleHint(element)
        let chosen =
            candidates.first { candidate in previous.map { DepthSolver.follows(candidate, $0) } ?? false }
            ?? candidates.first { $0.style == hint }
            ?? candidates.first { previous == nil && DepthSolver.isFirstValue($0) }
            ?? candidates[0]
        lastNumber[depth] = chosen
        return chosen
    }

    // MARK: Tables

    /// An HTML-like table (`tr`, `th`/`td`, `colspan`) in any namespace.
    static func table(_ element: MarkupElement, style: InlineStyle) -> Table? {
        var rows: [TableRow] = []
        func collect(_ element: MarkupElement, header: Bool) {
            for child in element.childElements {
                switch child.name.lowercased() {
                case "thead": collect(child, header: true)
                case "tbody", "tfoot": collect(child, header: false)
                case "tr":
                    var cells: [TableCell] = []
                    var allHeader = true
                    for cell in child.childElements where ["td", "th"].contains(cell.name.lowercased()) {
                        if cell.name.lowercased() == "td" { allHeader = false }
                        let runs = normalizeWhitespace(XMLInline.runs(of: cell, style: style))
                        let span = cell.attribute("colspan").flatMap { Int($0) } ?? 1
                        cells.append(TableCell(text: InlineText(runs: runs), columnSpan: span))
                    }
                    if !cells.isEmpty {
                        rows.append(TableRow(cells: cells, isHeader: header || allHeader, location: SourceLocation(line: child.line)))
                    }
                default: break
                }
            }
        }
        collect(element, header: false)
        return rows.isEmpty ? nil : Table(rows: rows)
    }
}
