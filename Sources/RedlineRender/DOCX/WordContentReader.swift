/// Reads a ``RawXML`` `word/document.xml` into ``WordContainer``s, keeping the XML of everything.
struct WordContentReader {
    let xml: RawXML
    let trackedChanges: TrackedChangeHandling

    static let documentPath = "word/document.xml"

    /// The body; `nil` when the part is not a WordprocessingML document with the usual `w:` prefix.
    ///
    /// - Complexity: O(*n*) in the size of the part.
    func body() -> WordContainer? {
        guard xml.root.name == "w:document",
            xml.attribute("xmlns:w", of: xml.root) == "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            let body = xml.root.child("w:body")
        else { return nil }
        return container(body, path: Self.documentPath + ":/w:body")
    }

    /// The block content of `element` (the body or a cell). Paths follow the DOCX reader's
    /// (`w:p[3]` when several siblings share the name, `w:p` when one does).
    private func container(_ element: RawElement, path: String?) -> WordContainer {
        var totals: [String: Int] = [:]
        for child in element.children { totals[child.name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        var result = WordContainer(children: [], units: [])
        for child in element.children {
            seen[child.name, default: 0] += 1
            let childPath = path.map { Self.path($0, child.name, totals[child.name]! > 1 ? seen[child.name]! : nil) } ?? ""
            switch child.name {
            case "w:p":
                result.children.append(.unit(result.units.count))
                result.units.append(.paragraph(paragraph(child, path: childPath)))
            case "w:tbl":
                result.children.append(.unit(result.units.count))
                result.units.append(.table(table(child, path: childPath)))
            default:
                result.children.append(.other(xml.xml(child)))
            }
        }
        return result
    }

    private static func path(_ path: String, _ name: String, _ index: Int?) -> String {
        path + "/" + name + (index.map { "[\($0)]" } ?? "")
    }

    // MARK: Paragraphs

    func paragraph(_ element: RawElement, path: String) -> WordParagraph {
        var paragraph = WordParagraph(
            open: Self.openTag(xml.startTag(element)), properties: nil, items: [], wrappers: [], verbatim: nil, path: path)
        var changed = false
        for child in element.children {
            if child.name == "w:pPr" {
                var properties = xml.xml(child)
                if trackedChanges != .keep, let mark = child.child("w:rPr"),
                    mark.children.contains(where: { Self.revisionNames.contains($0.name) })
                {
                    // The paragraph mark's own revision is resolved like the text's.
                    properties = without(mark.children.filter { Self.revisionNames.contains($0.name) }, in: child)
                    changed = true
                }
                paragraph.properties = properties
                continue
            }
            changed = content(child, wrappers: [], into: &paragraph) || changed
        }
        if !changed { paragraph.verbatim = xml.xml(element) }
        return paragraph
    }

    static let revisionNames: Set<String> = ["w:ins", "w:del", "w:moveFrom", "w:moveTo"]

    /// `<w:p>` for `<w:p/>`; the start tag otherwise.
    static func openTag(_ startTag: String) -> String {
        startTag.hasSuffix("/>") ? String(startTag.dropLast(2)) + ">" : startTag
    }

    /// The XML of `element` without the given descendants.
    private func without(_ removed: [RawElement], in element: RawElement) -> String {
        var result = ""
        var position = element.range.lowerBound
        for child in removed.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result += xml.string(position..<child.range.lowerBound)
            position = child.range.upperBound
        }
        return result + xml.string(position..<element.range.upperBound)
    }

    /// Reads one child of a paragraph (or of a wrapper); true when it was read differently from
    /// how it is written (a tracked change resolved), so the paragraph cannot be copied verbatim.
    private func content(_ element: RawElement, wrappers: [Int], into paragraph: inout WordParagraph) -> Bool {
        switch element.name {
        case "w:r":
            paragraph.items.append(.run(run(element, deleted: false), wrappers: wrappers))
            return false
        case "w:ins", "w:moveTo":
            switch trackedChanges {
            case .keep:
                paragraph.items.append(.marker(xml.xml(element), wrappers: wrappers))
                return false
            case .accept:
                for child in element.children { _ = content(child, wrappers: wrappers, into: &paragraph) }
            case .reject:
                break
            }
            return true
        case "w:del", "w:moveFrom":
            switch trackedChanges {
            case .keep:
                paragraph.items.append(.marker(xml.xml(element), wrappers: wrappers))
                return false
            case .accept:
                break
            case .reject:
                for child in element.children where child.name == "w:r" {
                    paragraph.items.append(.run(run(child, deleted: true), wrappers: wrappers))
                }
            }
            return true
        case "w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple", "w:dir", "w:bdo":
            return wrapped(element, open: xml.startTag(element), close: "</\(element.name)>",
                           children: element.children.filter { $0.name != "w:smartTagPr" && $0.name != "w:customXmlPr" },
                           prefix: element.children.filter { $0.name == "w:smartTagPr" || $0.name == "w:customXmlPr" },
                           wrappers: wrappers, into: &paragraph)
        case "w:sdt":
            guard let content = element.child("w:sdtContent") else {
                paragraph.items.append(.marker(xml.xml(element), wrappers: wrappers))
                return false
            }
            // Everything up to the content's start tag opens it; the rest closes it.
            let open = xml.string(element.range.lowerBound..<content.contentStart)
            let close = xml.string(content.contentEnd..<element.range.upperBound)
            let index = paragraph.wrappers.count
            paragraph.wrappers.append(InlineWrapper(open: open, close: close))
            var changed = false
            for child in content.children { changed = self.content(child, wrappers: wrappers + [index], into: &paragraph) || changed }
            return changed
        default:
            paragraph.items.append(.marker(xml.xml(element), wrappers: wrappers))
            return false
        }
    }

    private func wrapped(
        _ element: RawElement, open: String, close: String, children: [RawElement], prefix: [RawElement], wrappers: [Int],
        into paragraph: inout WordParagraph
    ) -> Bool {
        if element.contentStart == element.range.upperBound {
            paragraph.items.append(.marker(xml.xml(element), wrappers: wrappers))
            return false
        }
        let index = paragraph.wrappers.count
        paragraph.wrappers.append(InlineWrapper(open: open + prefix.map(xml.xml).joined(), close: close))
        var changed = false
        for child in children { changed = content(child, wrappers: wrappers + [index], into: &paragraph) || changed }
        return changed
    }

    /// A run and its pieces; `deleted` reads a run of a rejected deletion (`w:delText` becomes `w:t`).
    func run(_ element: RawElement, deleted: Bool) -> WordRun {
        var run = WordRun(open: Self.openTag(xml.startTag(element)), properties: "", pieces: [], verbatim: nil)
        for child in element.children {
            switch child.name {
            case "w:rPr": run.properties = xml.xml(child)
            case "w:t", "w:delText": run.pieces.append(.text(xml.text(of: child)))
            case "w:tab", "w:ptab": run.pieces.append(.atom(xml: "<w:tab/>", text: "\t", keepsWhenDeleted: true))
            case "w:br", "w:cr":
                run.pieces.append(.atom(xml: xml.xml(child), text: "\n", keepsWhenDeleted: true))
            case "w:noBreakHyphen": run.pieces.append(.atom(xml: xml.xml(child), text: "\u{2011}", keepsWhenDeleted: true))
            case "w:softHyphen": run.pieces.append(.atom(xml: xml.xml(child), text: "", keepsWhenDeleted: true))
            case "w:sym":
                let character = xml.attribute("w:char", of: child).flatMap { UInt32($0, radix: 16) }
                    .flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
                run.pieces.append(.atom(xml: xml.xml(child), text: character, keepsWhenDeleted: true))
            case "w:delInstrText" where deleted:
                let text = xml.xml(child).replacingOccurrences(of: "w:delInstrText", with: "w:instrText")
                run.pieces.append(.atom(xml: text, text: "", keepsWhenDeleted: false))
            default:
                // Field characters and codes, notes' references, drawings, page-break hints: no text of their own.
                run.pieces.append(.atom(xml: xml.xml(child), text: "", keepsWhenDeleted: false))
            }
        }
        if !deleted { run.verbatim = xml.xml(element) }
        return run
    }

    // MARK: Tables

    func table(_ element: RawElement, path: String) -> WordTable {
        var table = WordTable(open: Self.openTag(xml.startTag(element)), children: [], path: path)
        for child in element.children {
            if child.name == "w:tr" {
                table.children.append(.row(row(child)))
            } else {
                table.children.append(.other(xml.xml(child)))
            }
        }
        return table
    }

    private func row(_ element: RawElement) -> WordRow {
        var row = WordRow(open: Self.openTag(xml.startTag(element)), exceptions: nil, properties: nil, children: [])
        for child in element.children {
            switch child.name {
            case "w:tblPrEx": row.exceptions = xml.xml(child)
            case "w:trPr": row.properties = xml.xml(child)
            case "w:tc":
                row.children.append(.cell(WordCell(open: Self.openTag(xml.startTag(child)), content: container(child, path: nil))))
            default: row.children.append(.other(xml.xml(child)))
            }
        }
        return row
    }
}
