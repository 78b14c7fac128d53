import RedlineModel

/// A number found at the start of a block of text, with every reading of it.
struct LabelMatch: Sendable {
    enum Division: Sendable, Equatable {
        case article, appendix, sideLetter, section
        /// A grouping unit above articles or sections: "Division 1", "PART II", "Chapter 3".
        case group
        /// A bare label such as "A.", "(ii)", "3.1".
        case plain
    }

    /// What the keyword before the number says the block is.
    var division: Division
    /// Possible readings, most likely first: "(i)" is both the ninth letter and roman one.
    var candidates: [ClauseNumber]
    /// Unicode-scalar offset where the text after the label (and its delimiter) starts.
    var remainderOffset: Int
    /// True when a delimiter (".", ":", "–", "-") separated a keyword label from its heading.
    var hadDelimiter: Bool
}

/// Recognises clause numbers at the start of a block: "ARTICLE 12 –", "Article XII.",
/// "Section 3", "3.", "3.1", "A.", "(a)", "a)", "(1)", "(i)", "i.", "APPENDIX A", "SIDE LETTER".
///
/// It proposes readings; it does not decide between "(i)" as a letter or a roman
/// numeral. ``DepthSolver`` decides that from the surrounding numbers.
enum LabelParser {
    private static let keywords: [(String, LabelMatch.Division, String)] = [
        ("article", .article, "Article"), ("art.", .article, "Article"),
        ("appendix", .appendix, "Appendix"), ("exhibit", .appendix, "Appendix"),
        ("attachment", .appendix, "Appendix"),
        ("side letter", .sideLetter, "Side Letter"), ("sideletter", .sideLetter, "Side Letter"),
        ("memorandum of understanding", .sideLetter, "Side Letter"),
        ("letter of understanding", .sideLetter, "Side Letter"),
        ("section", .section, "Section"), ("sec.", .section, "Section"), ("§", .section, "Section"),
        ("step", .section, "Step"),
        ("division", .group, "Division"), ("part", .group, "Part"), ("chapter", .group, "Chapter"),
    ]

    /// Parses the label at the start of `text`, if there is one.
    ///
    /// - Complexity: O(1): only the first few dozen characters are read.
    static func parse(_ text: String) -> LabelMatch? {
        parse(scalars: Array(text.unicodeScalars.prefix(96)))
    }

    /// Parses the label at the start of `scalars` (the first 96 scalars of a text are enough).
    ///
    /// - Complexity: O(*n*) in the scalars given.
    static func parse(scalars: [Unicode.Scalar]) -> LabelMatch? {
        var index = 0
        while index < scalars.count, isSpace(scalars[index]) { index += 1 }
        if index == scalars.count { return nil }
        if let keyword = parseKeyword(scalars, from: index) { return keyword }
        return parsePlain(scalars, from: index)
    }

    // MARK: Keyword labels

    private static func parseKeyword(_ scalars: [Unicode.Scalar], from start: Int) -> LabelMatch? {
        // Every keyword starts with one of these letters; most text does not.
        guard ["a", "A", "e", "E", "s", "S", "m", "M", "l", "L", "§", "d", "D", "p", "P", "c", "C"].contains(scalars[start])
        else { return nil }
        let lowered = String(scalars: scalars[start...].prefix(30)).lowercased()
        for (keyword, division, prefix) in keywords where lowered.hasPrefix(keyword) {
            var index = start + keyword.unicodeScalars.count
            // The keyword must end at a word boundary ("Articles" is a reference, not a label).
            if index < scalars.count, isLetter(scalars[index]) { return nil }
            let keywordEnd = index
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            // "Side Letter No. 3", "Appendix Number 2", "Article #4".
            for marker in ["no.", "no ", "number ", "#"] {
                let candidate = String(scalars: scalars[index...].prefix(marker.unicodeScalars.count))
                if candidate.lowercased() == marker {
                    var after = index + marker.unicodeScalars.count
                    while after < scalars.count, isSpace(scalars[after]) { after += 1 }
                    if after < scalars.count, isDigit(scalars[after]) { index = after }
                    break
                }
            }
            let tokenStart = index
            while index < scalars.count, isAlphanumeric(scalars[index]) { index += 1 }
            var token = String(scalars: scalars[tokenStart..<index])
            // "32(A)" and "3.1" style article and section numbers.
            if index < scalars.count, scalars[index] == "(", index + 2 < scalars.count,
                isAlphanumeric(scalars[index + 1]), scalars[index + 2] == ")", !token.isEmpty
            {
                token += String(scalars[index + 1])
                index += 3
            }
            while index + 1 < scalars.count, scalars[index] == ".", isAlphanumeric(scalars[index + 1]), !token.isEmpty {
                var end = index + 1
                while end < scalars.count, isAlphanumeric(scalars[end]) { end += 1 }
                token += "." + String(scalars: scalars[(index + 1)..<end])
                index = end
            }
            let writtenEnd = token.isEmpty ? keywordEnd : index
            let number: ClauseNumber?
            if token.isEmpty {
                guard division == .sideLetter || division == .appendix else { return nil }
                number = nil
            } else if let parsed = keywordNumber(
                token, division: division, prefix: prefix,
                written: String(scalars: scalars[start..<writtenEnd]))
            {
                number = parsed
            } else if division == .sideLetter || division == .appendix, token.allSatisfy(\.isLetter) {
                // "SIDE LETTER JOINT LABOR…": no number; the words are the heading.
                return LabelMatch(division: division, candidates: [], remainderOffset: tokenStart, hadDelimiter: false)
            } else {
                return nil
            }
            // Delimiter between the number and a heading.
            var hadDelimiter = false
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            if index < scalars.count, [".", ":", "-", "–", "—", ")"].contains(scalars[index]) {
                hadDelimiter = true
                index += 1
                while index < scalars.count, scalars[index] == "-" || isSpace(scalars[index]) { index += 1 }
            }
            // "Section 3 of Article 5 provides…", "Step 2 grievances go…": a reference opening a
            // sentence, not a label. Labels are followed by a delimiter, a heading or nothing.
            if !hadDelimiter, index < scalars.count, scalars[index].properties.isLowercase { return nil }
            return LabelMatch(
                division: division, candidates: number.map { [$0] } ?? [], remainderOffset: index,
                hadDelimiter: hadDelimiter)
        }
        return nil
    }

    private static func keywordNumber(_ token: String, division: LabelMatch.Division, prefix: String, written: String)
        -> ClauseNumber?
    {
        if let value = Int(token) {
            return ClauseNumber(
                written: written, normalized: String(value), style: .arabic, delimiter: .none, value: value,
                components: [value], prefix: prefix)
        }
        let parts = token.split(separator: ".").map(String.init)
        if parts.count > 1 {
            let components = parts.compactMap { Int($0) }
            let allNumeric = components.count == parts.count
            return ClauseNumber(
                // "5.01" and "5.1" are the same clause number; references normalise the same way.
                written: written,
                normalized: parts.map { Int($0).map(String.init) ?? $0.lowercased() }.joined(separator: "."),
                style: allNumeric ? .decimal : .other, delimiter: .none, value: allNumeric ? components.last : nil,
                components: components, prefix: prefix)
        }
        let isUpper = token == token.uppercased()
        if division == .article || division == .sideLetter || division == .section || division == .group,
            token.count > 1 || "IVXivx".contains(token), let roman = NumberStyle.romanValue(token)
        {
            // Articles are numbered in roman as often as in arabic; normalise to arabic.
            return ClauseNumber(
                written: written, normalized: division == .section ? token.lowercased() : String(roman),
                style: isUpper ? .upperRoman : .lowerRoman, delimiter: .none, value: roman, components: [roman],
                prefix: prefix)
        }
        if let alpha = NumberStyle.alphabeticValue(token) {
            return ClauseNumber(
                written: written, normalized: token.lowercased(), style: isUpper ? .upperAlpha : .lowerAlpha,
                delimiter: .none, value: alpha, components: [alpha], prefix: prefix)
        }
        // "32a", "12A": a number with a letter suffix.
        let digits = token.prefix { $0.isNumber }
        if !digits.isEmpty, token.dropFirst(digits.count).allSatisfy(\.isLetter), token.count - digits.count <= 2 {
            return ClauseNumber(
                written: written, normalized: token.lowercased(), style: .other, delimiter: .none,
                value: Int(digits), components: [Int(digits) ?? 0], prefix: prefix)
        }
        return nil
    }

    // MARK: Bare labels

    private static func parsePlain(_ scalars: [Unicode.Scalar], from start: Int) -> LabelMatch? {
        var index = start
        let parenthesised = scalars[index] == "("
        if parenthesised { index += 1 }
        let tokenStart = index
        while index < scalars.count, isAlphanumeric(scalars[index]) || scalars[index] == "." {
            // A period ends the token unless a digit follows it ("3.1").
            if scalars[index] == "." {
                guard index + 1 < scalars.count, isDigit(scalars[index + 1]), index > tokenStart,
                    isDigit(scalars[index - 1])
                else { break }
            }
            index += 1
        }
        let token = String(scalars: scalars[tokenStart..<index])
        guard !token.isEmpty, token.unicodeScalars.count <= 12 else { return nil }
        let delimiter: NumberDelimiter
        if parenthesised {
            guard index < scalars.count, scalars[index] == ")" else { return nil }
            delimiter = .parentheses
            index += 1
        } else if index < scalars.count, scalars[index] == "." {
            delimiter = .period
            index += 1
        } else if index < scalars.count, scalars[index] == ")" {
            delimiter = .closingParenthesis
            index += 1
        } else if token.utf8.contains(0x2E) {
            delimiter = .none  // "3.1 Heading"
        } else {
            return nil
        }
        // A label is followed by a space (or nothing): "U.S." and "3.5%" are not labels.
        if index < scalars.count, !isSpace(scalars[index]) { return nil }
        let written = String(scalars: scalars[start..<index])
        let candidates = readings(of: token, written: written, delimiter: delimiter)
        guard !candidates.isEmpty else { return nil }
        while index < scalars.count, isSpace(scalars[index]) { index += 1 }
        return LabelMatch(division: .plain, candidates: candidates, remainderOffset: index, hadDelimiter: true)
    }

    /// Every plausible reading of a bare label token, most likely first.
    static func readings(of token: String, written: String, delimiter: NumberDelimiter) -> [ClauseNumber] {
        if token.utf8.contains(0x2E) {
            let components = token.split(separator: ".").compactMap { Int($0) }
            guard components.count >= 2, components.allSatisfy({ $0 < 1000 }) else { return [] }
            return [
                ClauseNumber(
                    written: written, normalized: components.map(String.init).joined(separator: "."),
                    style: .decimal, delimiter: delimiter, value: components.last, components: components)
            ]
        }
        if let value = Int(token) {
            guard token.count <= 3 else { return [] }  // years and amounts are not labels
            return [
                ClauseNumber(
                    written: written, normalized: String(value), style: .arabic, delimiter: delimiter,
                    value: value, components: [value])
            ]
        }
        guard token.allSatisfy(\.isLetter), token == token.lowercased() || token == token.uppercased() else {
            return []
        }
        let isUpper = token == token.uppercased()
        var result: [ClauseNumber] = []
        if let roman = NumberStyle.romanValue(token), roman <= 50 {
            result.append(
                ClauseNumber(
                    written: written, normalized: token.lowercased(), style: isUpper ? .upperRoman : .lowerRoman,
                    delimiter: delimiter, value: roman, components: [roman]))
        }
        if token.count <= 2, let alpha = NumberStyle.alphabeticValue(token) {
            let letter = ClauseNumber(
                written: written, normalized: token.lowercased(), style: isUpper ? .upperAlpha : .lowerAlpha,
                delimiter: delimiter, value: alpha, components: [alpha])
            // A single letter is more often a letter ("C." after "B.") than a numeral; "ii" the other way.
            if token.count == 1 { result.insert(letter, at: 0) } else { result.append(letter) }
        }
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\n" || scalar == "\r"
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || isLetter(scalar) }
}
