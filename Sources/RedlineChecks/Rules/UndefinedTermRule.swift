import RedlineModel

/// A term used "as defined above/below/herein/in this Article" that no document checked
/// together defines.
public struct UndefinedTermRule: CheckRule {
    public static let id = "hygiene/undefined-term"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A term is used “as defined” in this document, but no definition exists."
    public static let help = "Add the definition, or point at the article that defines the term."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 6\nWORKLOAD\n\nA. Hours\nThe “Course Load”, as defined above, shall not exceed two courses.\n",
                "ARTICLE 6\nWORKLOAD\n\nA. Hours\nThe Course Load as defined in this Article shall not exceed two courses.\n",
            ],
            clean: [
                "ARTICLE 6\nWORKLOAD\n\nA. Definitions\n“Course Load” means the courses assigned.\n\nB. Hours\nThe Course Load, as defined above, shall not exceed two courses.\n",
                "ARTICLE 6\nWORKLOAD\n\nA. Hours\nA Grievant as defined in Article 12 may file.\n",
                "ARTICLE 6\nWORKLOAD\n\nA. Definitions\nCourse Load means the courses assigned.\n\nB. Hours\nThe Course Load as defined above shall not exceed two courses.\n",
            ]),
    ]

    public init() {}

    private static let usedAsDefined = TextScan.regex(
        #"(?:[“"]([^”"]{2,60})[”"]|\b((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*))\s*,?\s+as\s+(?:that\s+term\s+is\s+|such\s+term\s+is\s+)?defined\s+(?:above|below|herein|in\s+this\s+(?:Article|Agreement|Section|Appendix))\b"#)

    public func check(_ context: CheckContext) -> [Finding] {
        let defined = context.index.definedStems
        var findings: [Finding] = []
        context.document.walk { node, _ in
            for field in TextScan.fields(of: node) where field.contains("defined") {
                for match in TextScan.matches(Self.usedAsDefined, in: field) {
                    var term = match.groups[1].isEmpty ? match.groups[2] : match.groups[1]
                    // "The Course Load": a sentence-initial article is not part of the term.
                    for article in ["The ", "A ", "An ", "Each ", "Any ", "All "] where term.hasPrefix(article) {
                        term = String(term.dropFirst(article.count))
                    }
                    term = term.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                    guard term.count >= 2, !defined.contains(TextScan.stem(term.lowercased())) else { continue }
                    findings.append(
                        finding(
                            "“\(term)” is used as a defined term but nothing defines it; add the definition or say where it is defined",
                            at: node, in: context))
                }
            }
            return .visitChildren
        }
        return findings
    }
}
