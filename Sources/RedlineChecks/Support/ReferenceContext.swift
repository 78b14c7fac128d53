import Foundation
import RedlineModel

/// Where a cross-reference points: inside the contract, or at a statute, code or policy outside it
/// ("Section 3562 of the Government Code", "Article 12 of the Higher Education Employer-Employee
/// Relations Act", "Labor Code section 2802", "Title VII, Section 703").
enum ReferenceContext {
    /// Words after "of the" that name something outside the contract.
    private static let externalAfter = TextScan.regex(
        #"(?:^|[\s,(])(?:of|in|under|pursuant to|by)\s+(?:the\s+)?(?:(?:[A-Z][\w.'’&-]*|of|and|for|on|the|de|\d+)\s+){0,10}?(?:Act|Acts|Code|Codes|Law|Laws|Statutes?|Regulations?|Rules?|Policy|Policies|Manual|Handbook|Guidelines?|Procedures?|Plan|Constitution|Title|Chapter|U\.?\s?S\.?\s?C\.?|C\.?\s?F\.?\s?R\.?|Order|Bylaws|Directives?|Ordinance|Charter|Program)\b"#)
    /// "of title 23, United States Code", "(42 U.S.C. 5149)", "Public Law 115-72", "29 CFR 825".
    private static let statuteNearby = TextScan.regex(
        #"(?:\b(?:of|in|under)\s+(?:title|chapter|subtitle|part)\s+[0-9IVX]+\b|U\.\s?S\.\s?C\b|\bUSC\b|C\.\s?F\.\s?R\b|\bCFR\b|\bPublic Law\b|\bStat\.\s*\d)"#)
    /// Words that point back into the contract and end the search for a statute.
    private static let internalAnchor = TextScan.regex(
        #"\b(?:of|in|under)\s+this\s+(?:Article|Agreement|Contract|MOU|Section|Appendix)\b|\bArticle\s+[0-9IVXL]+\b|\bAppendix\s+[A-Z0-9]\b"#,
        caseInsensitive: true)

    /// "of HEERA", "of the APM", "of PPSM": an acronym that is not the contract's own word.
    private static let acronymAfter = TextScan.regex(#"^[\s,]*(?:of|in|under)\s+(?:the\s+)?([A-Z][A-Z&]{1,9})\b"#)
    /// "Government Code Section", "Labor Code §", "IRC Section", "Title 5, Section".
    private static let externalBefore = TextScan.regex(
        #"(?:\b(?:Act|Code|Law|Statutes?|Regulations?|Rules?|Policy|Manual|U\.?S\.?C\.?|C\.?F\.?R\.?|Title\s+[0-9IVX]+|Chapter\s+\d+)|\b[A-Z]{2,10})[\s,]*$"#)
    /// Acronyms that are the contract itself or its own parts.
    private static let internalAcronyms: Set<String> = ["THIS", "ARTICLE", "SECTION", "APPENDIX", "AGREEMENT", "MOU", "CBA"]

    /// A node's heading and text as Unicode scalars, made once for all the references of the node
    /// (making them for each reference was quadratic in the references of a clause).
    struct NodeText {
        let node: ClauseNode
        private var heading: [Unicode.Scalar]?
        private var text: [Unicode.Scalar]?

        init(_ node: ClauseNode) { self.node = node }

        mutating func scalars(of field: CrossReference.Field) -> [Unicode.Scalar] {
            if field == .heading {
                if heading == nil { heading = Array(node.headingText.unicodeScalars) }
                return heading!
            }
            if text == nil { text = Array(node.text.plainText.unicodeScalars) }
            return text!
        }
    }

    /// True when the reference points outside the contract, judged from the words around it;
    /// `text` is the node holding it.
    ///
    /// - Complexity: O(1) in the length of the node's text once `text` holds its scalars: only the
    ///   60 scalars before the reference and the 200 after it are read.
    static func isExternal(_ reference: CrossReference, in text: inout NodeText) -> Bool {
        let scalars = text.scalars(of: reference.field)
        let start = min(max(0, reference.offset), scalars.count)
        let end = min(scalars.count, start + reference.length)
        let before = String(String.UnicodeScalarView(scalars[max(0, start - 60)..<start]))
        // The rest of the sentence, up to a word that points back into the contract: "Sections 501
        // through 505 of the Act" and "section 306 and described in section 381E of the Act" name
        // the statute only after the last number.
        var rest = String(String.UnicodeScalarView(scalars[end..<min(scalars.count, end + 200)]))
        if let stop = rest.range(of: #"(?<=[a-z]{3})\.(?:\s+(?=[A-Z])|$)|;"#, options: .regularExpression) { rest = String(rest[..<stop.lowerBound]) }
        if let anchor = TextScan.matches(internalAnchor, in: rest).first { rest = String(rest[..<anchor.range.lowerBound]) }
        let after = rest
        if !TextScan.matches(statuteNearby, in: after).isEmpty { return true }
        for match in TextScan.matches(externalAfter, in: after) {
            // "of this Agreement" or "of the Contract" are the contract itself.
            let words = match.groups[0].lowercased()
            if !(words.contains("this") && (words.contains("agreement") || words.contains("contract"))) { return true }
        }
        if let match = TextScan.matches(acronymAfter, in: after).first, !internalAcronyms.contains(match.groups[1]) {
            return true
        }
        if reference.kind == .section, let match = TextScan.matches(externalBefore, in: before).first {
            let word = match.groups[0].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            if !internalAcronyms.contains(word.uppercased()) || word.count > 10 { return true }
        }
        return false
    }
}
