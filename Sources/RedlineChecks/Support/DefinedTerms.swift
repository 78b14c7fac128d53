import Foundation
import RedlineModel

/// Terms a document defines ("“Grievant” means …", "(the “Committee”)") and where.
struct DefinedTerm {
    let term: String
    let node: ClauseNode
    /// True when the definition sits in an article about definitions.
    let inDefinitionsArticle: Bool
    /// True when the term is in quotation marks ("“Grievant” means"), a deliberate definition.
    let quoted: Bool
}

enum DefinedTerms {
    private static let quote = #"[“"]"#, unquote = #"[”"]"#
    /// "“Term” means", "“Term” shall mean", "“Term” refers to", "“Term” or “T” means".
    private static let means = TextScan.regex(
        "\(quote)([^”\"]{2,60})\(unquote)\\s*,?\\s*(?:(?:or|and)\\s+\(quote)[^”\"]{1,40}\(unquote)\\s*,?\\s*)?(?:shall\\s+|will\\s+)?(?:means?|refers?\\s+to|shall\\s+refer\\s+to|is\\s+defined\\s+as)\\b")
    /// "“Term” or “T” means": the second term.
    private static let alternate = TextScan.regex(
        "\(quote)[^”\"]{2,60}\(unquote)\\s*,?\\s*(?:or|and)\\s+\(quote)([^”\"]{1,40})\(unquote)\\s*,?\\s*(?:shall\\s+|will\\s+)?(?:means?|refers?\\s+to)\\b")
    /// "(the “Committee”)", "(“ASE”)", "(hereinafter “the Union”)", "(referred to as “ASEs”)".
    private static let parenthetical = TextScan.regex(
        "\\((?:hereinafter\\s+)?(?:(?:referred\\s+to|known)\\s+as\\s+)?(?:the\\s+|an?\\s+)?\(quote)([^”\"]{2,40})\(unquote)\\)", caseInsensitive: true)

    /// "Grievance Officer means …" at the start of a definition, without quotation marks.
    private static let unquoted = TextScan.regex(
        #"^\s*(?:The\s+(?:term\s+)?)?([A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})\s*(?:\([^)]{1,20}\)\s*)?(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)\b"#)

    /// The terms defined in `document`.
    static func definitions(in document: ContractDocument) -> [DefinedTerm] {
        var result: [DefinedTerm] = []
        for top in document.children {
            let inDefinitions = top.headingText.lowercased().contains("definition")
            top.walk { node, _ in
                let inSection = inDefinitions || node.headingText.lowercased().contains("definition")
                for field in TextScan.fields(of: node) {
                    // Every pattern needs a defining word ("means", "refers", "defined") or, for the
                    // parenthetical, "(": decide from the bytes before running them.
                    let defines = TextScan.mayContain(field, ["mean", "refer", "defined"])
                    let opens = TextScan.mayContain(field, ["("])
                    guard defines || opens else { continue }
                    let patterns = field.contains("“") || field.contains("\"") ? [means, alternate, parenthetical, unquoted] : [unquoted]
                    for pattern in patterns where pattern === parenthetical ? opens : defines {
                        for match in TextScan.matches(pattern, in: field) {
                            let term = match.groups[1].trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                            guard term.count >= 2, term.split(separator: " ").count <= 6 else { continue }
                            result.append(
                                DefinedTerm(term: term, node: node, inDefinitionsArticle: inSection, quoted: pattern !== unquoted))
                        }
                    }
                }
                return .visitChildren
            }
        }
        return result
    }

    /// The whole text of `document` (headings, text and tables), one block per line.
    static func text(of document: ContractDocument) -> String {
        document.children.map(\.fullText).joined(separator: "\n")
    }

    /// True when `term` is used in `search`'s text outside quotation marks (plural forms count).
    ///
    /// An ASCII term is looked for in the bytes first, and the pattern run only on a few characters
    /// around each place it is written (running it over the whole set's text for every defined
    /// term cost more than all other rules together).
    ///
    /// - Complexity: O(*n*) on the bytes, plus a short match per place the term is written.
    static func isUsed(_ term: String, in search: TermSearch) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: term)
        let pattern = TextScan.regex("(?<![\\w“\"])\(escaped)(?:s|es|’s|'s)?(?![\\w”\"])", caseInsensitive: true)
        guard let windows = search.windows(around: term) else {
            let text = search.text
            return pattern.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
        }
        for (window, start) in windows {
            // Anchored where the term is written; transparent bounds let the look-behind see the
            // character before it, which the window holds.
            let offset = String(decoding: window.utf8.prefix(start), as: UTF8.self).utf16.count
            let length = window.utf16.count
            if pattern.firstMatch(
                in: window, options: [.anchored, .withTransparentBounds],
                range: NSRange(location: offset, length: length - offset)) != nil
            {
                return true
            }
        }
        return false
    }
}
