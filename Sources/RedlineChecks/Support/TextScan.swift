import Foundation
import RedlineModel

/// Small text helpers shared by the rules.
enum TextScan {
    /// All matches of `pattern` in `text`, as arrays of capture groups (index 0 is the whole match;
    /// a group that did not take part is an empty string), with the match's range.
    static func matches(_ regex: NSRegularExpression, in text: String) -> [(groups: [String], range: Range<String.Index>)] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            let groups = (0..<match.numberOfRanges).map { index -> String in
                let r = match.range(at: index)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            }
            return (groups, range)
        }
    }

    /// Compiles a pattern known to be valid.
    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are string literals of this module, never input data; every rule's examples
        // run them in the tests, so an invalid one fails there.
        // swiftlint:disable:next force_try
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// Words of a heading or name for comparison: lowercased letters and digits, "&" read as "and",
    /// joining words and articles left out.
    static func nameWords(_ text: String) -> [String] {
        let lowered = text.lowercased().replacingOccurrences(of: "&", with: " and ")
        let words = lowered.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let skip: Set<String> = ["and", "of", "the", "a", "an", "for", "to", "in", "on", "or", "article", "appendix", "section"]
        return words.filter { !skip.contains($0) }
    }

    /// True when two names mean the same division: equal words, one's words contained in the
    /// other's, or at least half of the words shared (allowing plurals).
    static func namesAgree(_ first: String, _ second: String) -> Bool {
        let a = Set(nameWords(first).map(stem)), b = Set(nameWords(second).map(stem))
        guard !a.isEmpty, !b.isEmpty else { return true }
        if a.isSubset(of: b) || b.isSubset(of: a) { return true }
        // "Childcare" and "CHILD CARE", "Workload" and "Work Load": the same letters.
        let lettersA = nameWords(first).joined(), lettersB = nameWords(second).joined()
        if lettersA.contains(lettersB) || lettersB.contains(lettersA) { return true }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count)) >= 0.5
    }

    /// A crude stem: drops a plural "s" or "es".
    static func stem(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// The node's heading and text (and table cells), as one string per field.
    static func fields(of node: ClauseNode) -> [String] {
        var result: [String] = []
        if let heading = node.heading, !heading.isEmpty { result.append(heading.plainText) }
        if !node.text.isEmpty { result.append(node.text.plainText) }
        if let table = node.table {
            for row in table.rows { for cell in row.cells where !cell.text.isEmpty { result.append(cell.text.plainText) } }
        }
        return result
    }

    /// The 1-based kind name for messages: "Article", "Appendix", "Side Letter", "Section".
    static func divisionName(_ kind: CrossReference.TargetKind) -> String {
        switch kind {
        case .article: "Article"
        case .appendix: "Appendix"
        case .sideLetter: "Side Letter"
        case .section: "Section"
        }
    }

    /// A short quotation of `text` for messages: its words joined by single spaces, cut to `limit`
    /// characters with "…".
    ///
    /// - Complexity: O(*limit*) plus the whitespace before the cut: only the start of `text` is read,
    ///   so a finding on each of many placeholders in one long clause stays linear in all.
    static func excerpt(_ text: String, limit: Int = 50) -> String {
        var flat = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            flat.append(character)
            count += 1
            if count > limit { break }
        }
        return count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
