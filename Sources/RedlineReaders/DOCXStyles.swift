import RedlineXML

extension MarkupElement {
    /// A WordprocessingML attribute by its local name (`w:val` → `w("val")`), whatever the prefix.
    func w(_ localName: String) -> String? {
        let wanted = localName.lowercased()
        return attributes.first { attribute in
            let name = attribute.name.lowercased()
            if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] == wanted }
            return name == wanted
        }?.value
    }

    /// The first child element with the local name `name`.
    func child(_ name: String) -> MarkupElement? {
        childElements.first { $0.name == name }
    }
}

/// Paragraph styles of a Word document (`word/styles.xml`): which are headings and at what
/// level, and which carry list numbering, following `w:basedOn` inheritance.
struct DOCXStyles {
    struct Style: Sendable {
        var name: String?
        var basedOn: String?
        /// `w:outlineLvl` (0-based), if the style sets one.
        var outlineLevel: Int?
        /// `w:numPr` in the style's paragraph properties.
        var numID: String?
        var ilvl: Int?
    }

    private(set) var styles: [String: Style] = [:]

    init() {}

    /// Reads `styles.xml`.
    init(_ root: MarkupElement) {
        for element in root.childElements where element.name == "style" && (element.w("type") ?? "paragraph") == "paragraph" {
            guard let id = element.w("styleId") else { continue }
            var style = Style()
            style.name = element.child("name")?.w("val")
            style.basedOn = element.child("basedOn")?.w("val")
            if let properties = element.child("pPr") {
                style.outlineLevel = properties.child("outlineLvl")?.w("val").flatMap { Int($0) }
                if let numbering = properties.child("numPr") {
                    style.numID = numbering.child("numId")?.w("val")
                    style.ilvl = numbering.child("ilvl")?.w("val").flatMap { Int($0) }
                }
            }
            styles[id] = style
        }
    }

    /// The heading level (1 = highest) a paragraph style gives, 0 for the Title style, nil for body text.
    func headingLevel(styleID: String) -> Int? {
        var current: String? = styleID
        var seen: Set<String> = []
        while let id = current, !seen.contains(id) {
            seen.insert(id)
            let style = styles[id]
            if let level = Self.headingLevel(name: id) ?? style?.name.flatMap(Self.headingLevel(name:)) { return level }
            if let outline = style?.outlineLevel, outline < 9 { return outline + 1 }
            current = style?.basedOn
        }
        return nil
    }

    /// Numbering a paragraph style carries (`w:numPr` in the style or a style it is based on).
    func numbering(styleID: String) -> (numID: String, ilvl: Int)? {
        var current: String? = styleID
        var seen: Set<String> = []
        while let id = current, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            if let numID = style.numID { return (numID, style.ilvl ?? 0) }
            current = style.basedOn
        }
        return nil
    }

    /// "Heading1", "heading 2", "Title" → 1, 2, 0.
    static func headingLevel(name: String) -> Int? {
        let compact = name.lowercased().filter { !$0.isWhitespace }
        if compact == "title" { return 0 }
        guard compact.hasPrefix("heading"), let level = Int(compact.dropFirst("heading".count)), (1...9).contains(level)
        else { return nil }
        return level
    }
}
