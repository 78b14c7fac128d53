import RedlineModel
import RedlineXML

/// The three XML vocabularies Redline reads: a team's own XML, Akoma Ntoso (OASIS
/// LegalDocML) and USLM (US bills and Code).
extension XMLVocabulary {
    /// Any XML whose elements are named like clauses: `article`, `section`, `paragraph`,
    /// `item`, `clause`, `point` with `num` and `heading`/`title`, and `p`/`para`/`text`.
    static let generic = XMLVocabulary(
        hierarchy: [
            "article", "section", "subsection", "paragraph", "subparagraph", "item", "clause", "subclause", "point",
            "chapter", "part", "division", "level", "appendix", "annex", "schedule", "title",
        ],
        divisions: ["article", "chapter", "part", "appendix", "annex", "schedule"],
        numbers: ["num", "number"],
        headings: ["heading", "title", "head", "subheading"],
        textBlocks: ["p", "para", "text", "content", "intro", "wrapup", "li", "line", "sentence"],
        skipped: ["meta", "metadata", "style", "script", "stylesheet", "docinit", "template"],
        markupNumber: { element, text in
            keywordNumber(text, element: element, keywords: ["article": "Article", "appendix": "Appendix", "annex": "Appendix", "schedule": "Appendix"])
        },
        isHierarchy: { element, hierarchy in
            let name = element.name.lowercased()
            guard hierarchy.contains(name) else { return false }
            // `<title>` is a heading unless it holds clauses of its own.
            return name != "title" || element.childElements.contains { hierarchy.contains($0.name.lowercased()) }
        }
    )

    /// Akoma Ntoso: hierarchy elements, `num`, `heading`, `content`/`intro`/`wrapUp`/`p`; `eId`s kept in paths.
    /// - Parameter topLevel: the outermost container that numbers divisions when the document has no
    ///   `article` (e.g. `chapter`), or nil.
    static func akomaNtoso(topLevel: String?) -> XMLVocabulary {
        XMLVocabulary(
            hierarchy: [
                "article", "section", "subsection", "paragraph", "subparagraph", "point", "hcontainer", "chapter",
                "subchapter", "part", "subpart", "title", "subtitle", "book", "tome", "division", "subdivision",
                "clause", "subclause", "alinea", "indent", "item", "level", "rule", "subrule", "list",
            ],
            divisions: ["article", "chapter", "part", "title", "book", "tome", "division"],
            numbers: ["num"],
            headings: ["heading", "subheading"],
            textBlocks: ["content", "intro", "wrapup", "p", "formula", "recital", "citation", "longtitle", "blockcontainer"],
            skipped: ["meta", "preface", "coverpage", "toc", "componentref", "authorialnote", "eol", "eop"],
            idAttribute: "eId",
            markupNumber: { element, text in
                let name = element.name.lowercased()
                if name == "article" { return keywordNumber(text, element: element, keywords: ["article": "Article"]) }
                guard name == topLevel else { return nil }
                return keywordNumber(text, element: element, keywords: [name: name.capitalized], always: true)
            }
        )
    }

    /// USLM (United States Legislative Markup): titles and sections, `num` with `value`,
    /// `heading`, `chapeau`/`content`/`continuation`; `changed="added|deleted"` kept as underline/strike.
    /// - Parameter topLevel: the outermost numbered container above sections (`title`, `division`), or nil.
    static func uslm(topLevel: String?) -> XMLVocabulary {
        XMLVocabulary(
            hierarchy: [
                "division", "subdivision", "title", "subtitle", "chapter", "subchapter", "part", "subpart", "section",
                "subsection", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem", "subsubitem",
                "appropriations", "level",
            ],
            // Sections are divisions of their own only in a bill without titles; below a title, "Sec. 101."
            // goes before the section's first words, as printed.
            divisions: ["division", "subdivision", "title", "subtitle", "chapter", "subchapter", "part", "subpart"]
                .reduce(into: topLevel == nil ? ["section"] : []) { $0.insert($1) },
            numbers: ["num"],
            headings: ["heading"],
            textBlocks: [
                "chapeau", "content", "continuation", "text", "p", "recital", "enactingformula", "resolvingclause",
                "quotedcontent",
            ],
            skipped: [
                "meta", "metadata", "dublincore", "form", "preface", "longtitle", "endorsement", "attestation",
                "signatures", "endmarker", "toc", "sidenote",
            ],
            extraDepth: { element in
                guard element.name == "appropriations" else { return 0 }
                switch element.attribute("level") {
                case "intermediate": return 1
                case "small": return 2
                default: return 0
                }
            },
            markupNumber: { element, text in
                guard element.name.lowercased() == topLevel else { return nil }
                return keywordNumber(text, element: element, keywords: [element.name.lowercased(): element.name.capitalized], always: true)
            },
            styleHint: { element in
                switch element.name {
                case "subsection", "item": .lowerAlpha
                case "paragraph": .arabic
                case "subparagraph", "subitem": .upperAlpha
                case "clause": .lowerRoman
                case "subclause": .upperRoman
                default: nil
                }
            }
        )
    }

    /// A number given by markup for a division whose keyword the label parser does not read in
    /// text ("TITLE I", "CHAPTER 3"), or whose number has no keyword ("12" on an `<article>`).
    /// Returns nil when the text already reads as a division label.
    static func keywordNumber(
        _ text: String, element: MarkupElement, keywords: [String: String], always: Bool = false
    ) -> ClauseNumber? {
        let name = element.name.lowercased()
        guard let prefix = keywords[name] else { return nil }
        if !always, let match = LabelParser.parse(text), match.division != .plain, match.division != .section {
            return nil
        }
        // The number is the `value` attribute, or the last word of the text ("TITLE I" → "I").
        let written = text.trimmingWhitespace()
        let token = (element.childElements.first { $0.name.lowercased() == "num" }?.attribute("value")
            ?? element.attribute("value")
            ?? written.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last.map(String.init) ?? "")
            .trimmingEnds(of: ".:—–-")
        guard !token.isEmpty else { return nil }
        if let value = Int(token) {
            return ClauseNumber(
                written: written, normalized: String(value), style: .arabic, delimiter: .none, value: value,
                components: [value], prefix: prefix)
        }
        if let roman = NumberStyle.romanValue(token), token.count > 1 || "IVXivx".contains(token) {
            let isUpper = token == token.uppercased()
            return ClauseNumber(
                written: written, normalized: String(roman), style: isUpper ? .upperRoman : .lowerRoman,
                delimiter: .none, value: roman, components: [roman], prefix: prefix)
        }
        if let alpha = NumberStyle.alphabeticValue(token) {
            let isUpper = token == token.uppercased()
            return ClauseNumber(
                written: written, normalized: token.lowercased(), style: isUpper ? .upperAlpha : .lowerAlpha,
                delimiter: .none, value: alpha, components: [alpha], prefix: prefix)
        }
        return ClauseNumber(
            written: written, normalized: token.lowercased(), style: .other, delimiter: .none,
            value: Int(token.prefix { $0.isNumber }), components: [], prefix: prefix)
    }
}

private extension String {
    func trimmingEnds(of characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) || first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) || last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

extension LabelMatch.Division {
    /// The division a markup-given number's keyword prefix names: `Article` (and the
    /// legislative `Title`, `Chapter`, `Part`, `Division`, `Book`, `Tome`, which are the top
    /// divisions where they number anything) opens an article-level division; `Appendix` and
    /// `Side Letter` theirs; `Section` a section; no prefix a plain label.
    init(markupPrefix prefix: String?) {
        switch prefix {
        case nil: self = .plain
        case "Article", "Title", "Chapter", "Part", "Division", "Book", "Tome": self = .article
        case "Appendix": self = .appendix
        case "Side Letter": self = .sideLetter
        case "Section": self = .section
        default: self = .plain
        }
    }
}
