import RedlineModel

/// The numbered siblings of one level, grouped by numbering scheme, with the values the
/// numbering rules compare.
struct NumberedSibling {
    let node: ClauseNode
    let number: ClauseNumber
    /// The ordinal in the list's scheme (letters and roman numerals decided per list).
    let value: Int
    /// For decimal numbers, the components before the last ("3.2" → [3]); empty otherwise.
    let parentComponents: [Int]
    /// Index among all siblings (numbered or not).
    let index: Int
    /// True when the list's letters are roman numerals.
    let roman: Bool
    /// The letter after the digits of a number such as "32A" (1 for a, 2 for b), else 0.
    let suffix: Int

    /// The position in the sequence, for comparing and finding duplicates: 32A is [32, 1].
    var key: [Int] { parentComponents + [value, suffix] }
}

/// A numbering scheme: style family, delimiter and prefix word. "A." and "(a)" and "Section 3"
/// are different schemes; "(i)" read as a roman numeral and "(h)" as a letter are one family.
struct NumberingScheme: Hashable, CustomStringConvertible {
    enum Family: String { case arabic, decimal, upperLetter, lowerLetter }
    let family: Family
    let delimiter: NumberDelimiter
    let prefix: String
    let depth: Int

    init?(_ number: ClauseNumber) {
        switch number.style {
        case .arabic: family = .arabic
        case .decimal: family = .decimal
        case .upperAlpha, .upperRoman: family = .upperLetter
        case .lowerAlpha, .lowerRoman: family = .lowerLetter
        case .other:
            // "32A", "32(b)": an article split in two keeps its number.
            guard NumberingSequence.split(number.normalized) != nil else { return nil }
            family = .arabic
        }
        delimiter = number.delimiter
        prefix = number.prefix?.lowercased() ?? ""
        depth = number.style == .decimal ? number.components.count : 1
    }

    var description: String {
        let sample: String
        switch family {
        case .arabic: sample = "1"
        case .decimal: sample = depth >= 3 ? "1.1.1" : "1.1"
        case .upperLetter: sample = "A"
        case .lowerLetter: sample = "a"
        }
        return NumberingSequence.label(sample, delimiter: delimiter, prefix: prefix)
    }
}

/// Sibling lists of a document and the numbered runs in them.
enum NumberingSequence {
    /// Calls `body` with every list of siblings: the top-level divisions (one list per kind)
    /// and the children of every node.
    static func forEachSiblingList(_ document: ContractDocument, _ body: ([ClauseNode]) -> Void) {
        for kind in [ClauseKind.article, .appendix, .sideLetter] {
            let list = document.children.filter { $0.kind == kind }
            if list.count > 1 { body(list) }
        }
        document.walk { node, _ in
            if node.children.count > 1 { body(node.children) }
            return .visitChildren
        }
    }

    /// The numbered siblings of `list` grouped by scheme, each group split where the list restarts
    /// at its first number, in document order.
    static func runs(_ list: [ClauseNode]) -> [[NumberedSibling]] {
        var groups: [NumberingScheme: [(Int, ClauseNode, ClauseNumber)]] = [:]
        var order: [NumberingScheme] = []
        for (index, node) in list.enumerated() {
            guard let number = node.number, let scheme = NumberingScheme(number), !node.kind.isTopLevelDivision || number.value != nil
            else { continue }
            if groups[scheme] == nil { order.append(scheme) }
            groups[scheme, default: []].append((index, node, number))
        }
        var result: [[NumberedSibling]] = []
        for scheme in order {
            guard let members = groups[scheme] else { continue }
            let roman = isRomanList(members.map(\.2))
            var run: [NumberedSibling] = []
            for (index, node, number) in members {
                guard let value = value(of: number, roman: roman) else { continue }
                let suffix = number.style == .other ? (split(number.normalized)?.suffix ?? 0) : 0
                let sibling = NumberedSibling(
                    node: node, number: number, value: value,
                    parentComponents: number.style == .decimal ? Array(number.components.dropLast()) : [], index: index,
                    roman: roman, suffix: suffix)
                // A list that starts again at its first number is a new list: two lists of one
                // level with text between them, however the reader attached the text.
                if !run.isEmpty, value == 1 {
                    result.append(run)
                    run = []
                }
                run.append(sibling)
            }
            if !run.isEmpty { result.append(run) }
        }
        return result
    }

    /// True when the letters of a list are roman numerals: all valid numerals, starting at i or
    /// holding a numeral of more than one letter.
    private static func isRomanList(_ numbers: [ClauseNumber]) -> Bool {
        let labels = numbers.map { $0.normalized.lowercased() }
        guard labels.allSatisfy({ NumberStyle.romanValue($0) != nil }) else { return false }
        return labels.first == "i" || labels.contains { $0.count > 1 && Set($0).count > 1 }
    }

    private static func value(of number: ClauseNumber, roman: Bool) -> Int? {
        switch number.style {
        case .arabic, .decimal:
            return number.components.last ?? number.value
        case .upperAlpha, .lowerAlpha, .upperRoman, .lowerRoman:
            let label = number.normalized.lowercased()
            if roman, let value = NumberStyle.romanValue(label) { return value }
            return NumberStyle.alphabeticValue(label) ?? number.value
        case .other:
            return split(number.normalized)?.value
        }
    }

    /// "32a" → (32, 1); nil unless digits and at most one letter.
    static func split(_ normalized: String) -> (value: Int, suffix: Int)? {
        let digits = normalized.prefix { $0.isASCII && $0.isNumber }
        let rest = normalized.dropFirst(digits.count).filter { $0 != "(" && $0 != ")" && $0 != "." }
        guard let value = Int(digits), rest.count <= 1 else { return nil }
        return (value, rest.isEmpty ? 0 : NumberStyle.alphabeticValue(String(rest)) ?? 0)
    }

    /// The label for `value` in the scheme of `sibling`: "C.", "(iv)", "Article 5", "3.4".
    static func label(for value: Int, like sibling: NumberedSibling) -> String {
        let number = sibling.number
        let body: String
        switch number.style {
        case .decimal:
            body = (sibling.parentComponents + [value]).map(String.init).joined(separator: ".")
        case .arabic, .other:
            body = String(value)
        case .upperAlpha, .upperRoman, .lowerAlpha, .lowerRoman:
            let isRoman = sibling.roman
            let upper = number.style == .upperAlpha || number.style == .upperRoman
            let style: NumberStyle = isRoman ? (upper ? .upperRoman : .lowerRoman) : (upper ? .upperAlpha : .lowerAlpha)
            body = style.format(value)
        }
        return label(body, delimiter: number.delimiter, prefix: number.prefix ?? "")
    }

    /// How a clause is named in messages: "Section C", "(iv)", "Article 5", "3.4".
    static func name(of sibling: NumberedSibling) -> String {
        let label = label(for: sibling.value, like: sibling)
        return sibling.suffix > 0 ? label + NumberStyle.upperAlpha.format(sibling.suffix) : label
    }

    /// A label with delimiter and prefix: "(a)", "A.", "a)", "Article 5".
    static func label(_ body: String, delimiter: NumberDelimiter, prefix: String) -> String {
        if !prefix.isEmpty {
            return prefix.prefix(1).uppercased() + prefix.dropFirst() + " " + body
        }
        switch delimiter {
        case .period: return body + "."
        case .closingParenthesis: return body + ")"
        case .parentheses: return "(" + body + ")"
        case .colon: return body + ":"
        case .none: return body
        }
    }

    /// True when `value` is found in the scheme of `like` below `nodes` (a clause the reader placed
    /// one level too deep, not a missing one).
    static func nested(_ value: Int, like sibling: NumberedSibling, under nodes: ArraySlice<ClauseNode>) -> Bool {
        guard let scheme = NumberingScheme(sibling.number) else { return false }
        var found = false
        for node in nodes {
            for child in node.children {
                child.walk { descendant, _ in
                    if let number = descendant.number, NumberingScheme(number) == scheme,
                        (sibling.roman ? NumberStyle.romanValue(number.normalized) : NumberStyle.alphabeticValue(number.normalized))
                            ?? number.components.last == value || (number.style == .arabic && number.value == value)
                    {
                        found = true
                        return .stop
                    }
                    return .visitChildren
                }
                if found { return true }
            }
        }
        return found
    }

    /// True when an unnumbered sibling between `first` and `second` says text was left out
    /// ("…", "[omitted]", "No change", "Reserved").
    static func omissionBetween(_ list: [ClauseNode], _ first: Int, _ second: Int) -> Bool {
        guard second - first > 1 else { return false }
        return list[(first + 1)..<second].contains { node in
            let text = node.fullText.lowercased()
            return text.contains("…") || text.contains("...") || text.contains("omitted") || text.contains("unchanged")
                || text.contains("no change") || text.contains("reserved")
        }
    }
}
