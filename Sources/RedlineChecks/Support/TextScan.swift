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

    /// True when `text` holds any of the ASCII `needles` (byte for byte; with `ignoringCase`, ASCII
    /// letters of either case). A cheap test before a regular expression that cannot match without
    /// one of them.
    ///
    /// With `ignoringCase`, a text holding the Kelvin sign or the long s (which case-insensitive
    /// matching takes for "k" and "s") passes too, so the test never hides a match.
    ///
    /// - Complexity: O(*n* · *k*) for *k* needles, on the bytes in place.
    static func mayContain(_ text: String, _ needles: [StaticString], ignoringCase: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            @inline(__always) func fold(_ byte: UInt8) -> UInt8 {
                ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            for needle in needles {
                let bytes = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
                guard let first = bytes.first, utf8.count >= bytes.count else { continue }
                var index = 0
                let last = utf8.count - bytes.count
                while index <= last {
                    if fold(utf8[index]) == first {
                        var offset = 1
                        while offset < bytes.count, fold(utf8[index + offset]) == bytes[offset] { offset += 1 }
                        if offset == bytes.count { return true }
                    }
                    index += 1
                }
            }
            guard ignoringCase else { return false }
            // U+212A KELVIN SIGN (E2 84 AA) and U+017F LATIN SMALL LETTER LONG S (C5 BF).
            var index = 0
            while index + 1 < utf8.count {
                if utf8[index] == 0xC5, utf8[index + 1] == 0xBF { return true }
                if utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x84, utf8[index + 2] == 0xAA { return true }
                index += 1
            }
            return false
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
