import RedlineModel
import RedlineXML

/// Reads a Word .docx: paragraphs of `word/document.xml` become blocks, with heading levels
/// from paragraph styles (`Title`, `Heading 1`…, outline levels), list labels reconstructed
/// from `word/numbering.xml` ("Article 12", "A.", "(1)"), bold/italic/underline/strike-through
/// runs, tracked changes as proposal markup (insertions underlined, deletions struck through),
/// and tables (`w:tbl`) as tables.
struct DOCXBlockExtractor {
    private let styles: DOCXStyles
    private var numbering: DOCXNumbering
    private var buffer = BlockBuffer()
    private var title: String?

    private init(styles: DOCXStyles, numbering: DOCXNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    /// Reads the archive in `zip` (errors name the file `name`).
    static func extract(zip bytes: [UInt8], name: String, limits: MarkupLimits, zipLimits: ZipLimits) throws
        -> ExtractedBlocks
    {
        let archive: DOCXArchive
        do {
            archive = try DOCXArchive.open(bytes, limits: zipLimits)
        } catch {
            switch error {
            case .notAZip:
                throw ReadError(
                    file: name,
                    reason: .binary(what: "a ZIP archive that cannot be opened: it is damaged or incomplete"))
            case .notADocx(let entries):
                let listed = entries.isEmpty ? "it is empty" : "it holds " + entries.joined(separator: ", ")
                throw ReadError(
                    file: name,
                    reason: .binary(what: "a ZIP archive without word/document.xml, so not a Word .docx (\(listed))"))
            case .tooLarge(let declared, let allowed):
                throw ReadError(
                    file: name,
                    reason: .limit(
                        "the .docx would expand to \(declared) bytes or more, beyond the limit of \(allowed) bytes "
                            + "for an archive of \(bytes.count) bytes; it may be a zip bomb"))
            case .damagedEntry(let path):
                throw ReadError(file: name, reason: .binary(what: "a ZIP archive whose entry \(path) is damaged"))
            case .damaged(let detail):
                throw ReadError(file: name, reason: .binary(what: "a ZIP archive that cannot be opened: it is damaged or incomplete (\(detail))"))
            case .tooManyEntries(let count, let allowed):
                throw ReadError(
                    file: name, reason: .limit("the .docx holds \(count) entries, more than the limit of \(allowed); it may be a zip bomb"))
            }
        }
        func parse(_ part: [UInt8], _ path: String) throws -> MarkupElement {
            do {
                return try MarkupParser.parseXML(utf8: part, limits: limits).root
            } catch let error as MarkupError {
                switch error {
                case .tooLarge, .tooDeep: throw ReadError(file: name, reason: .limit("\(path): \(error)"))
                case .malformed(let message, let line, _):
                    throw ReadError(file: name, reason: .markup("\(path) is not well-formed XML: \(message)", line: line))
                case .noContent: throw ReadError(file: name, reason: .empty)
                }
            }
        }
        let document = try parse(archive.document, DOCXArchive.documentPath)
        let styles = try archive.styles.map { DOCXStyles(try parse($0, DOCXArchive.stylesPath)) } ?? DOCXStyles()
        let numbering = try archive.numbering.map { DOCXNumbering(try parse($0, DOCXArchive.numberingPath)) }
            ?? DOCXNumbering()
        var extractor = DOCXBlockExtractor(styles: styles, numbering: numbering)
        if let body = document.child("body") {
            extractor.walk(body, path: "word/document.xml:/w:body")
        }
        // The document's title in its properties, when no paragraph is styled Title.
        var metadata = ["reader": "docx"]
        if let core = archive.coreProperties, let properties = try? MarkupParser.parseXML(utf8: core, limits: limits).root,
            let title = properties.childElements.first(where: { $0.name == "title" })?.textContent.collapsedWhitespace(),
            !title.isEmpty
        {
            metadata["title"] = title
        }
        return ExtractedBlocks(
            blocks: extractor.buffer.blocks, title: extractor.title ?? metadata["title"], metadata: metadata, format: .docx)
    }

    // MARK: Body

    private mutating func walk(_ container: MarkupElement, path: String) {
        let segments = XMLInline.childSegments(container, prefix: "w:")
        for (element, segment) in zip(container.childElements, segments) {
            let elementPath = path + "/" + segment
            switch element.name {
            case "p": paragraph(element, path: elementPath)
            case "tbl": table(element, path: elementPath)
            case "sdt":
                if let content = element.child("sdtContent") { walk(content, path: elementPath + "/w:sdtContent") }
            case "customXml", "ins", "moveTo":
                walk(element, path: elementPath)
            default: continue
            }
        }
    }

    private mutating func paragraph(_ element: MarkupElement, path: String) {
        let properties = element.child("pPr")
        let styleID = properties?.child("pStyle")?.w("val")
        var headingLevel = styleID.flatMap { styles.headingLevel(styleID: $0) }
        if let outline = properties?.child("outlineLvl")?.w("val").flatMap({ Int($0) }), outline < 9 {
            headingLevel = outline + 1
        }
        var numberingReference: (numID: String, ilvl: Int)?
        if let numPr = properties?.child("numPr"), let numID = numPr.child("numId")?.w("val") {
            numberingReference = (numID, numPr.child("ilvl")?.w("val").flatMap { Int($0) } ?? 0)
        } else if let styleID {
            numberingReference = styles.numbering(styleID: styleID)
        }
        let runs = Self.runs(element, style: [])
        let location = SourceLocation(line: XMLInline.firstLine(of: element), path: path)
        // An empty numbered paragraph still shows (and uses up) its number.
        let label = numberingReference.flatMap { numbering.next(numID: $0.numID, ilvl: $0.ilvl) }
        guard runs.contains(where: { $0.text.contains { !$0.isWhitespace } }) else { return }
        var kind: Block.Kind = .paragraph
        var listNumber: ClauseNumber?
        var listKey: String?
        var depth = 0
        if let reference = numberingReference, let label {
            depth = reference.ilvl + 1
            switch label {
            case .bullet: kind = .listItem(ordered: false)
            case .number(let number, let key):
                kind = .listItem(ordered: true)
                listNumber = number
                listKey = key
            }
        }
        if let level = headingLevel {
            kind = .heading(level: max(1, level))
            if level == 0, title == nil { title = runs.map(\.text).joined().collapsedWhitespace() }
        }
        buffer.append(runs, at: location)
        buffer.flush(kind, listNumber: listNumber, listDepth: depth)
        if let listKey, var last = buffer.blocks.last {
            last.listKey = listKey
            buffer.replaceLast(last)
        }
    }

    /// The text runs of a paragraph (or of any run container), with run properties and
    /// tracked changes as styles.
    static func runs(_ element: MarkupElement, style: InlineStyle) -> [InlineRun] {
        var result: [InlineRun] = []
        for child in element.childElements {
            switch child.name {
            case "r": result += run(child, style: style)
            case "ins", "moveTo": result += runs(child, style: style.union(.underline))
            case "del", "moveFrom": result += runs(child, style: style.union(.strikethrough))
            case "hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "dir", "bdo":
                result += runs(child, style: style)
            case "sdt":
                if let content = child.child("sdtContent") { result += runs(content, style: style) }
            case "oMath", "oMathPara":
                result.append(InlineRun(mathText(child), style: style))
            default: continue
            }
        }
        return result
    }

    private static func run(_ element: MarkupElement, style: InlineStyle) -> [InlineRun] {
        var style = style
        if let properties = element.child("rPr") {
            for property in properties.childElements {
                let on = property.w("val").map { !["0", "false", "off", "none"].contains($0.lowercased()) } ?? true
                switch property.name {
                case "b": if on { style.insert(.bold) } else { style.remove(.bold) }
                case "i": if on { style.insert(.italic) } else { style.remove(.italic) }
                case "u": if on { style.insert(.underline) } else { style.remove(.underline) }
                case "strike", "dstrike": if on { style.insert(.strikethrough) } else { style.remove(.strikethrough) }
                case "vertAlign":
                    if property.w("val") == "superscript" { style.insert(.superscript) }
                    if property.w("val") == "subscript" { style.insert(.subscript) }
                default: continue
                }
            }
        }
        var text = ""
        for child in element.childElements {
            switch child.name {
            case "t", "delText": text += child.textContent
            case "tab", "br", "cr", "ptab": text += " "
            case "noBreakHyphen": text += "-"
            case "sym": text += child.w("char").flatMap { UInt32($0, radix: 16) }.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
            default: continue
            }
        }
        return text.isEmpty ? [] : [InlineRun(text, style: style)]
    }

    /// The text of an Office Math object (`m:t` runs): "6.4%" for a Mathpix percentage.
    private static func mathText(_ element: MarkupElement) -> String {
        var text = ""
        for child in element.childElements {
            if child.name == "t" { text += child.textContent } else { text += mathText(child) }
        }
        return text
    }

    // MARK: Tables

    private mutating func table(_ element: MarkupElement, path: String) {
        var rows: [TableRow] = []
        for row in element.childElements where row.name == "tr" {
            var cells: [TableCell] = []
            let isHeader = row.child("trPr")?.child("tblHeader") != nil
            for cell in row.childElements where cell.name == "tc" {
                let span = cell.child("tcPr")?.child("gridSpan")?.w("val").flatMap { Int($0) } ?? 1
                var cellRuns: [InlineRun] = []
                for paragraph in Self.paragraphs(in: cell) {
                    let runs = normalizeWhitespace(Self.runs(paragraph, style: []))
                    if runs.isEmpty { continue }
                    if !cellRuns.isEmpty { cellRuns.append(InlineRun(" ")) }
                    cellRuns += runs
                }
                cells.append(TableCell(text: InlineText(runs: cellRuns), columnSpan: span))
            }
            if !cells.isEmpty {
                rows.append(TableRow(cells: cells, isHeader: isHeader, location: SourceLocation(line: row.line)))
            }
        }
        guard !rows.isEmpty else { return }
        buffer.add(
            Block(kind: .table, runs: [], listNumber: nil, listDepth: 0, table: Table(rows: rows),
                location: SourceLocation(line: element.line, path: path)))
    }

    /// Paragraphs in a table cell, including those of nested tables and content controls.
    private static func paragraphs(in element: MarkupElement) -> [MarkupElement] {
        var result: [MarkupElement] = []
        for child in element.childElements {
            switch child.name {
            case "p": result.append(child)
            case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml": result += paragraphs(in: child)
            default: continue
            }
        }
        return result
    }
}
