import RedlineXML

/// The child order the WordprocessingML schema (ECMA-376 transitional) requires for the
/// elements the source-preserving writer builds or changes. Children not listed are not checked.
enum WordSchemaOrder {
    static let runProperties = [
        "ins", "del", "moveFrom", "moveTo",  // paragraph-mark revisions (CT_ParaRPr) come first
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
        "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
    ]
    static let sequences: [String: [String]] = [
        "p": ["pPr"],
        "r": ["rPr"],
        "pPr": [
            "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
            "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
            "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
            "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl",
            "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
        ],
        "rPr": runProperties,
        "tr": ["tblPrEx", "trPr", "tc"],
        "trPr": [
            "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader",
            "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange",
        ],
        "tc": ["tcPr", "p"],
        "tbl": ["tblPr", "tblGrid", "tr"],
    ]

    /// Every place in `element`'s subtree where children are out of order: "pPr: numPr after ind".
    static func violations(in element: MarkupElement) -> [String] {
        var result: [String] = []
        func visit(_ element: MarkupElement) {
            if let order = sequences[element.name] {
                var last = -1
                var lastName = ""
                for child in element.childElements {
                    guard let position = order.firstIndex(of: child.name) else { continue }
                    if position < last { result.append("\(element.name): \(child.name) after \(lastName)") }
                    if position >= last { last = position; lastName = child.name }
                }
            }
            // A paragraph's pPr, if any, is its first child; a run's rPr the run's.
            if element.name == "p" || element.name == "r", let index = element.childElements.firstIndex(where: { $0.name == (element.name == "p" ? "pPr" : "rPr") }), index != 0 {
                result.append("\(element.name): properties not first")
            }
            for child in element.childElements { visit(child) }
        }
        visit(element)
        return result
    }
}
