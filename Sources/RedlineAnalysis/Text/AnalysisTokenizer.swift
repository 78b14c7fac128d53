/// A word, number or symbol of a clause's text, located by Unicode scalar offsets.
public struct AnalysisToken: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable {
        /// Letters (and apostrophes inside them: "ASE's" is one word).
        case word
        /// Digits, with thousands separators and one decimal point inside them ("1,250.50").
        case number
        /// Any other visible character, one per token ("$", "%", "(", ",").
        case symbol
    }

    /// The kind.
    public let kind: Kind
    /// Lower-cased text for words, digits without separators for numbers, the character for symbols.
    public let text: String
    /// First scalar of the token in the text.
    public let start: Int
    /// Scalar just after the token.
    public let end: Int
    /// The value of a number token.
    public let number: Double?
    /// True when whitespace came right before the token.
    public let spaceBefore: Bool
}

/// Splits text into ``AnalysisToken``s in one pass over its Unicode scalars, with no regular
/// expression: letters run into words, digits into numbers, everything else is one symbol.
public enum AnalysisTokenizer {
    /// The tokens of `text`.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    public static func tokens(_ text: String) -> [AnalysisToken] {
        tokens(Array(text.unicodeScalars))
    }

    /// The tokens of a text given as its scalars.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    public static func tokens(_ scalars: [Unicode.Scalar]) -> [AnalysisToken] {
        var tokens: [AnalysisToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var space = true
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                space = true
                index += 1
                continue
            }
            let start = index
            if isDigit(scalar) {
                var digits = ""
                var sawPoint = false
                while index < scalars.count {
                    let current = scalars[index]
                    if isDigit(current) {
                        digits.unicodeScalars.append(current)
                        index += 1
                    } else if current == ",", !sawPoint, threeDigitsFollow(scalars, index + 1) {
                        index += 1
                    } else if current == ".", !sawPoint, index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                        sawPoint = true
                        digits.append(".")
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    AnalysisToken(
                        kind: .number, text: digits, start: start, end: index, number: Double(digits), spaceBefore: space))
            } else if isLetter(scalar) {
                var word = ""
                while index < scalars.count {
                    let current = scalars[index]
                    if isLetter(current) {
                        word.unicodeScalars.append(lower(current))
                        index += 1
                    } else if isApostrophe(current), index + 1 < scalars.count, isLetter(scalars[index + 1]) {
                        word.append("'")
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(AnalysisToken(kind: .word, text: word, start: start, end: index, number: nil, spaceBefore: space))
            } else {
                let symbol: Unicode.Scalar = isDash(scalar) ? "-" : isApostrophe(scalar) ? "'" : scalar
                tokens.append(
                    AnalysisToken(
                        kind: .symbol, text: String(Character(symbol)), start: start, end: index + 1, number: nil,
                        spaceBefore: space))
                index += 1
            }
            space = false
        }
        return tokens
    }

    private static func threeDigitsFollow(_ scalars: [Unicode.Scalar], _ from: Int) -> Bool {
        guard from + 2 < scalars.count else { return false }
        for offset in 0..<3 where !isDigit(scalars[from + offset]) { return false }
        return from + 3 == scalars.count || !isDigit(scalars[from + 3])
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x20 || scalar.value == 0x09 || scalar.value == 0x0A || scalar.value == 0x0D
            || scalar.value == 0xA0 || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || (scalar.value >= 0x2010 && scalar.value <= 0x2015)
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20) ?? scalar }
        if value < 0x80 { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }
}
