import Foundation
import RedlineXML
import ZIPFoundation

/// Accept All / Reject All on a `word/document.xml`, done on the XML the way Word does it, for the
/// round-trip tests: inserted runs kept or dropped, deleted runs dropped or kept, a paragraph
/// whose mark is removed joins the next paragraph (which keeps its own properties), a table row
/// marked inserted or deleted goes with its cells.
enum TrackedChangesResolver {
    /// One paragraph after resolving: its text and its properties, canonically serialised with
    /// the revision marks and change records removed.
    struct Paragraph: Equatable, CustomStringConvertible {
        var text: String
        var properties: String
        var description: String { "[\(properties)] \(text)" }
    }

    /// The paragraphs of `document` (its root element) in order, body and table cells alike.
    static func paragraphs(_ document: MarkupElement, accept: Bool) -> [Paragraph] {
        guard let body = document.childElements.first(where: { $0.name == "body" }) else { return [] }
        var result: [Paragraph] = []
        container(body, accept: accept, into: &result)
        return result
    }

    private static func container(_ element: MarkupElement, accept: Bool, into result: inout [Paragraph]) {
        var carried = ""
        for child in element.childElements {
            switch child.name {
            case "p":
                let properties = child.childElements.first { $0.name == "pPr" }
                let marks = properties?.childElements.first { $0.name == "rPr" }?.childElements.map(\.name) ?? []
                let text = carried + self.text(child, accept: accept)
                let removed = accept ? (marks.contains("del") || marks.contains("moveFrom"))
                    : (marks.contains("ins") || marks.contains("moveTo"))
                if removed {
                    carried = text
                } else {
                    result.append(Paragraph(text: text, properties: canonicalProperties(properties)))
                    carried = ""
                }
            case "tbl":
                for row in child.childElements where row.name == "tr" {
                    let marks = row.childElements.first { $0.name == "trPr" }?.childElements.map(\.name) ?? []
                    if (accept && marks.contains("del")) || (!accept && marks.contains("ins")) { continue }
                    for cell in row.childElements where cell.name == "tc" { container(cell, accept: accept, into: &result) }
                }
            case "sdt":
                if let content = child.childElements.first(where: { $0.name == "sdtContent" }) {
                    container(content, accept: accept, into: &result)
                }
            default: continue
            }
        }
        if !carried.isEmpty { result.append(Paragraph(text: carried, properties: "(joined into nothing)")) }
    }

    /// A paragraph's text with changes resolved.
    static func text(_ element: MarkupElement, accept: Bool) -> String {
        var result = ""
        func visit(_ element: MarkupElement) {
            for child in element.childElements {
                switch child.name {
                case "pPr", "rPr": continue
                case "ins", "moveTo": if accept { visit(child) }
                case "del", "moveFrom": if !accept { visit(child) }
                case "t", "delText": result += child.textContent
                case "tab", "ptab": result += "\t"
                case "br", "cr": result += "\n"
                case "noBreakHyphen": result += "\u{2011}"
                case "r", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "dir", "bdo": visit(child)
                default: continue
                }
            }
        }
        visit(element)
        return result
    }

    /// `pPr` serialised (names, attributes, children), without paragraph-mark revisions and
    /// `pPrChange`; "" when nothing else is left.
    static func canonicalProperties(_ properties: MarkupElement?) -> String {
        guard let properties else { return "" }
        let revisions: Set<String> = ["ins", "del", "moveFrom", "moveTo"]
        var parts: [String] = []
        for child in properties.childElements where child.name != "pPrChange" {
            if child.name == "rPr" {
                let kept = child.childElements.filter { !revisions.contains($0.name) }
                if kept.isEmpty { continue }
                parts.append("rPr{" + kept.map(canonical).joined() + "}")
            } else {
                parts.append(canonical(child))
            }
        }
        return parts.joined()
    }

    static func canonical(_ element: MarkupElement) -> String {
        let attributes = element.attributes.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: ",")
        return element.name + "(" + attributes + ")" + (element.childElements.isEmpty ? "" : "{" + element.childElements.map(canonical).joined() + "}")
    }
}

/// The parts of a `.docx`, read for tests.
struct PackageParts {
    let paths: [String]
    let files: [String: Data]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var paths: [String] = []
        var files: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            paths.append(entry.path)
            files[entry.path] = bytes
        }
        self.paths = paths
        self.files = files
    }

    func document() throws -> MarkupElement {
        try MarkupParser.parseXML(utf8: Array(files["word/document.xml"] ?? Data()), limits: MarkupLimits(maxBytes: 1 << 30)).root
    }
}
