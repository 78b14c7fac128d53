import RedlineModel
import RedlineXML

/// Flattens an XML document into blocks. The vocabulary is chosen from the root element
/// and namespaces: USLM (US bills), Akoma Ntoso, or generic clause-shaped XML.
///
/// Documents come from ``MarkupParser/parseXML(utf8:limits:)``, which loads no external
/// entities and uses no network.
enum XMLBlockExtractor {
    /// The XML vocabularies told apart.
    enum Dialect: String, Sendable {
        case generic = "xml"
        case akomaNtoso = "akoma-ntoso"
        case uslm
    }

    /// Recognises the vocabulary from the root element's name and namespace.
    static func dialect(of root: MarkupElement) -> Dialect {
        let namespace = (root.namespaceURI ?? "").lowercased()
        let name = root.name.lowercased()
        if namespace.contains("akomantoso") || name == "akomantoso" { return .akomaNtoso }
        if namespace.contains("schemas.gpo.gov/xml/uslm") { return .uslm }
        if ["bill", "resolution", "amendment", "uscdoc"].contains(name),
            root.childElements.contains(where: { ["legis-body", "main"].contains($0.name.lowercased()) })
        {
            return .uslm
        }
        return .generic
    }

    /// The blocks, title and metadata of `document`.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    static func extract(_ document: MarkupDocument) -> ExtractedBlocks {
        let root = document.root
        let dialect = dialect(of: root)
        var metadata = ["reader": dialect.rawValue]
        let blocks: [Block]
        var title: String?
        switch dialect {
        case .uslm:
            blocks = LegalXMLWalker.blocks(of: root, vocabulary: .uslm(topLevel: topLevel(root, among: uslmLevels)))
            title = firstText(root, path: ["main", "longTitle", "officialTitle"])
                ?? firstText(root, path: ["preface", "title"]) ?? firstText(root, path: ["meta", "title"])
            if let stage = firstText(root, path: ["meta", "docStage"]) { metadata["doc-stage"] = stage }
            if let citation = firstText(root, path: ["meta", "citableAs"]) { metadata["citation"] = citation }
        case .akomaNtoso:
            let hasArticles = contains(root, named: "article")
            blocks = LegalXMLWalker.blocks(
                of: root, vocabulary: .akomaNtoso(topLevel: hasArticles ? nil : topLevel(root, among: aknLevels)))
            title = descendant(root, named: "docTitle").map { $0.textContent.collapsedWhitespace() }
                ?? descendant(root, named: "FRBRname")?.attribute("value")
        case .generic:
            blocks = LegalXMLWalker.blocks(of: root, vocabulary: .generic)
            title = root.attribute("title")
        }
        if let text = title, text.isEmpty { title = nil }
        let format: SourceFormat
        switch dialect {
        case .uslm: format = .uslm
        case .akomaNtoso: format = .akomaNtoso
        case .generic: format = .xml
        }
        return ExtractedBlocks(blocks: blocks, title: title, metadata: metadata, format: format)
    }

    private static let uslmLevels = ["division", "subdivision", "title", "subtitle", "part", "subpart", "chapter", "subchapter"]
    private static let aknLevels = ["book", "tome", "part", "title", "chapter", "division", "section"]

    /// The outermost of `levels` that occurs in the document, outside quoted text.
    private static func topLevel(_ root: MarkupElement, among levels: [String]) -> String? {
        var present: Set<String> = []
        func scan(_ element: MarkupElement, depth: Int) {
            guard depth < 64 else { return }
            for child in element.childElements {
                let name = child.name.lowercased()
                if ["quotedcontent", "meta", "preface", "mod", "quotedstructure"].contains(name) { continue }
                if levels.contains(name) { present.insert(name) }
                scan(child, depth: depth + 1)
            }
        }
        scan(root, depth: 0)
        return levels.first { present.contains($0) }
    }

    private static func contains(_ element: MarkupElement, named name: String) -> Bool {
        descendant(element, named: name) != nil
    }

    private static func descendant(_ element: MarkupElement, named name: String) -> MarkupElement? {
        var queue = element.childElements[...]
        while let next = queue.popFirst() {
            if next.name == name { return next }
            queue.append(contentsOf: next.childElements)
        }
        return nil
    }

    /// The whitespace-collapsed text of the element reached by following child names.
    private static func firstText(_ root: MarkupElement, path: [String]) -> String? {
        var element = root
        for name in path {
            guard let next = element.childElements.first(where: { $0.name == name }) else { return nil }
            element = next
        }
        let text = element.textContent.collapsedWhitespace()
        return text.isEmpty ? nil : text
    }
}

extension String {
    /// The string with whitespace runs collapsed to single spaces and the ends trimmed.
    func collapsedWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
