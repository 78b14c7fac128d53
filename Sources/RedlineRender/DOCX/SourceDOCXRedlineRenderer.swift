import Foundation
import RedlineDiff
import RedlineModel
import ZIPFoundation

/// A Word redline that is the new document itself: the new `.docx` package with only
/// `word/document.xml` rewritten to carry tracked changes against the old version (and the title
/// and description of `docProps/core.xml` naming the comparison). Every other part (styles,
/// numbering, headers and footers, footnotes, images, settings) is copied byte for byte.
///
/// In the body, paragraphs whose text did not change are copied as written; changed paragraphs
/// keep the new paragraph's properties and runs, split where the word diff changes: inserted
/// text is `w:ins` with the new run's formatting, deleted text a `w:del` run with the formatting
/// of the old run it came from (plain when the old version is not a Word file). Paragraphs and
/// table rows only in the new version are inserted with their marks, those only in the old one
/// deleted with theirs; a paragraph the clause alignment found moved without change is a
/// `w:moveFrom`/`w:moveTo` pair with named move ranges. So Accept All gives exactly the new
/// document's paragraphs (text and properties) and Reject All the old one's text.
///
/// Paragraphs are paired through the clause alignment (each clause knows the element path of the
/// paragraph it starts in), then, between those anchors, by equal text and by word similarity.
public struct SourceDOCXRedlineRenderer: RedlineRenderer {
    /// The new version's `.docx` bytes.
    public let newPackage: Data
    /// The old version's `.docx` bytes, when it is a Word file (its paragraphs and run formatting
    /// are then used for deleted text); otherwise the old clause tree's text is.
    public let oldPackage: Data?
    /// What to do with tracked changes already in the inputs.
    public let trackedChanges: TrackedChangeHandling
    /// Whether to add a first page naming the versions and summarising the changes (not tracked:
    /// Accept All and Reject All both keep it).
    public let cover: Bool

    /// Creates a renderer for the new package `newPackage`.
    public init(newPackage: Data, oldPackage: Data?, trackedChanges: TrackedChangeHandling = .accept, cover: Bool = false) {
        self.newPackage = newPackage
        self.oldPackage = oldPackage
        self.trackedChanges = trackedChanges
        self.cover = cover
    }

    /// Renders `diff` into a copy of the new package.
    ///
    /// - Complexity: O(*n*) in the size of both documents, plus a word diff per changed paragraph
    ///   and the alignment of paragraphs between the clause anchors.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        let newParts = try DOCXParts(newPackage, name: "the new version")
        guard let newBytes = newParts[WordContentReader.documentPath], let newXML = RawXML(Array(newBytes)),
            let newBody = WordContentReader(xml: newXML, trackedChanges: trackedChanges).body()
        else { throw RenderError("the new version's word/document.xml cannot be rewritten (not WordprocessingML with the w: prefix)") }
        var oldBody: WordContainer
        var oldKeys: [String: Int] = [:]
        var keepsOldNumbering = false
        if let oldPackage {
            let oldParts = try DOCXParts(oldPackage, name: "the old version")
            guard let oldBytes = oldParts[WordContentReader.documentPath], let oldXML = RawXML(Array(oldBytes)),
                let body = WordContentReader(xml: oldXML, trackedChanges: trackedChanges == .reject ? .reject : .accept).body()
            else { throw RenderError("the old version's word/document.xml cannot be read") }
            oldBody = body
            for (index, unit) in body.units.enumerated() { oldKeys[unit.path] = index }
            keepsOldNumbering = oldParts["word/numbering.xml"] == newParts["word/numbering.xml"]
        } else {
            (oldBody, oldKeys) = TreeParagraphs.container(context.old)
        }
        var newKeys: [String: Int] = [:]
        for (index, unit) in newBody.units.enumerated() { newKeys[unit.path] = index }
        var anchors: [(old: Int, new: Int)] = []
        func collect(_ alignments: [NodeAlignment]) {
            for alignment in alignments {
                if alignment.kind != .split && alignment.kind != .merged, alignment.old.count == 1, alignment.new.count == 1,
                    let newIndex = alignment.new[0].location.path.flatMap({ newKeys[$0] }),
                    let oldIndex = oldPackage != nil
                        ? alignment.old[0].location.path.flatMap({ oldKeys[$0] }) : oldKeys[alignment.old[0].id]
                {
                    anchors.append((oldIndex, newIndex))
                }
                collect(alignment.children)
            }
        }
        collect(diff.alignments)
        let stamp = " w:author=\"\(context.author.attributeEscaped)\" w:date=\"\(context.timestampString)\""
        var writer = TrackedChangeWriter(
            stamp: stamp, firstRevision: Self.largestID(in: newXML) + 1, keepsOldNumbering: keepsOldNumbering)
        if cover { writer.out += CoverPage.xml(diff, context: context) }
        writer.container(old: oldBody, new: newBody, anchors: anchors)
        let body = newXML.root.child("w:body")!
        let document = newXML.string(0..<body.contentStart) + writer.out + newXML.string(body.contentEnd..<newXML.bytes.count)
        var replacements = [WordContentReader.documentPath: Data(document.utf8)]
        if let core = newParts["docProps/core.xml"],
            let rewritten = CoreProperties.rewrite(core, title: Self.title(context), description: Self.summary(diff, context: context))
        {
            replacements["docProps/core.xml"] = rewritten
        }
        return try newParts.archive(replacing: replacements)
    }

    /// "Redline: NEW compared with OLD".
    static func title(_ context: RenderContext) -> String { "Redline: \(context.newLabel) compared with \(context.oldLabel)" }

    /// What the document properties and the cover page say about the comparison.
    static func summary(_ diff: DocumentDiff, context: RenderContext) -> String {
        let changed = diff.alignments.filter { $0.kind != .same }.count
        return "Tracked changes by \(context.author), \(context.dayString): \(context.newLabel) compared with "
            + "\(context.oldLabel). \(changed) of \(diff.alignments.count) divisions changed; words +\(diff.wordsInserted) "
            + "−\(diff.wordsDeleted)" + (diff.wordsMoved > 0 ? ", \(diff.wordsMoved) moved." : ".")
    }

    /// The largest numeric `w:id` in the part (bookmarks, comments' anchors, existing revisions).
    ///
    /// - Complexity: O(*n*) in the size of the part.
    static func largestID(in xml: RawXML) -> Int {
        let key = Array(" w:id=\"".utf8)
        let bytes = xml.bytes
        var largest = 0
        var index = 0
        while index + key.count < bytes.count {
            if bytes[index] == key[0] && bytes[index + 1] == key[1] && bytes[(index)..<(index + key.count)].elementsEqual(key) {
                var position = index + key.count
                var value = 0
                var digits = 0
                while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, digits < 12 {
                    value = value * 10 + Int(bytes[position] - 0x30)
                    position += 1
                    digits += 1
                }
                largest = max(largest, value)
                index = position
            } else {
                index += 1
            }
        }
        return largest
    }
}

/// The parts of a `.docx` in archive order.
struct DOCXParts {
    private(set) var paths: [String] = []
    private var data: [String: Data] = [:]
    private var dates: [String: Date] = [:]

    /// Reads every file entry of `package` (named `name` in errors).
    init(_ package: Data, name: String) throws {
        let archive: Archive
        do {
            archive = try Archive(data: package, accessMode: .read)
        } catch {
            throw RenderError("\(name) is not a readable .docx archive")
        }
        for entry in archive where entry.type == .file {
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw RenderError("\(name): the entry \(entry.path) is damaged")
            }
            paths.append(entry.path)
            data[entry.path] = bytes
            dates[entry.path] = entry.fileAttributes[.modificationDate] as? Date
        }
    }

    subscript(path: String) -> Data? { data[path] }

    /// The package again, in the same order, with some parts replaced.
    ///
    /// - Complexity: O(*n*) in the size of the parts.
    func archive(replacing replacements: [String: Data]) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw RenderError("cannot create the DOCX archive in memory: \(error)")
        }
        for path in paths {
            let bytes = replacements[path] ?? data[path]!
            do {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: max(dates[path] ?? Date(timeIntervalSince1970: 315_619_200), Date(timeIntervalSince1970: 315_619_200)),
                    compressionMethod: .deflate, bufferSize: max(16_384, min(bytes.count, 1 << 20))
                ) { position, size in
                    bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
                }
            } catch {
                throw RenderError("cannot write \(path) into the DOCX archive: \(error)")
            }
        }
        guard let result = archive.data else { throw RenderError("the DOCX archive has no data") }
        return result
    }
}

/// `docProps/core.xml` with a new title and description.
enum CoreProperties {
    /// `core` with `dc:title` and `dc:description` set; nil when it is not the usual form.
    static func rewrite(_ core: Data, title: String, description: String) -> Data? {
        guard let xml = RawXML(Array(core)), xml.root.name == "cp:coreProperties",
            xml.attribute("xmlns:dc", of: xml.root) == "http://purl.org/dc/elements/1.1/"
        else { return nil }
        let root = xml.root
        guard root.contentStart < root.range.upperBound else { return nil }
        var result = xml.string(0..<root.contentStart)
        var position = root.contentStart
        for child in root.children where child.name == "dc:title" || child.name == "dc:description" {
            result += xml.string(position..<child.range.lowerBound)
            position = child.range.upperBound
        }
        result += xml.string(position..<root.contentEnd)
        result += "<dc:title>\(title.markupEscaped)</dc:title><dc:description>\(description.markupEscaped)</dc:description>"
        result += xml.string(root.contentEnd..<xml.bytes.count)
        return Data(result.utf8)
    }
}

/// The optional first page: the versions' names and the change summary, then a page break.
enum CoverPage {
    static func xml(_ diff: DocumentDiff, context: RenderContext) -> String {
        func paragraph(_ text: String, size: Int, bold: Bool = false) -> String {
            "<w:p><w:r><w:rPr>\(bold ? "<w:b/>" : "")<w:sz w:val=\"\(size)\"/></w:rPr><w:t xml:space=\"preserve\">"
                + text.markupEscaped + "</w:t></w:r></w:p>"
        }
        return paragraph(context.newLabel, size: 36, bold: true)
            + paragraph("Compared with \(context.oldLabel).", size: 24)
            + paragraph(SourceDOCXRedlineRenderer.summary(diff, context: context), size: 22)
            + paragraph("This page is not part of either version; it is not a tracked change, so Accept All and "
                + "Reject All keep it. Delete it before sending the document on.", size: 18)
            + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }
}

/// The old version's clauses as paragraphs and tables, when it is not a Word file: one paragraph
/// per clause (number, heading and text as written), one table per clause table.
enum TreeParagraphs {
    static func container(_ document: ContractDocument) -> (WordContainer, [String: Int]) {
        var container = WordContainer(children: [], units: [])
        var keys: [String: Int] = [:]
        func add(_ unit: WordUnit) {
            container.children.append(.unit(container.units.count))
            container.units.append(unit)
        }
        document.walk { node, _ in
            var runs: [WordRun] = []
            if let number = node.number?.written, !number.isEmpty { runs.append(run(number + " ", style: [])) }
            if let heading = node.heading, !heading.isEmpty {
                runs += heading.runs.map { run($0.text, style: $0.style.union(.bold)) }
                if !node.text.isEmpty { runs.append(run(" ", style: [])) }
            }
            runs += node.text.runs.map { run($0.text, style: $0.style) }
            if !runs.isEmpty {
                keys[node.id] = keys[node.id] ?? container.units.count
                add(.paragraph(WordParagraph(open: "<w:p>", properties: nil, items: runs.map { .run($0, wrappers: []) },
                                             wrappers: [], verbatim: nil, path: node.id)))
            }
            if let table = node.table, !table.rows.isEmpty {
                keys[node.id] = keys[node.id] ?? container.units.count
                add(.table(self.table(table, id: node.id)))
            }
            return .visitChildren
        }
        return (container, keys)
    }

    private static func run(_ text: String, style: InlineStyle) -> WordRun {
        var properties = ""
        if style.contains(.bold) { properties += "<w:b/>" }
        if style.contains(.italic) { properties += "<w:i/>" }
        if style.contains(.strikethrough) { properties += "<w:strike/>" }
        if style.contains(.underline) { properties += "<w:u w:val=\"single\"/>" }
        return WordRun(open: "<w:r>", properties: properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>",
                       pieces: [.text(text)], verbatim: nil)
    }

    private static func table(_ table: Table, id: String) -> WordTable {
        let columns = max(1, table.rows.map(\.cells.count).max() ?? 1)
        var result = WordTable(
            open: "<w:tbl>", children: [.other("<w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"),
                                        .other("<w:tblGrid>" + String(repeating: "<w:gridCol/>", count: columns) + "</w:tblGrid>")],
            path: id)
        for row in table.rows {
            let cells = row.cells.map { cell in
                let paragraph = WordParagraph(open: "<w:p>", properties: nil,
                                              items: cell.text.runs.map { .run(run($0.text, style: $0.style), wrappers: []) },
                                              wrappers: [], verbatim: nil, path: id)
                return WordRow.RowChild.cell(WordCell(open: "<w:tc>", content: WordContainer(children: [.unit(0)], units: [.paragraph(paragraph)])))
            }
            result.children.append(.row(WordRow(open: "<w:tr>", exceptions: nil, properties: nil, children: cells)))
        }
        return result
    }
}
