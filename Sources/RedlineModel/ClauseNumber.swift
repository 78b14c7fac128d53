/// A clause number as written in the source and as understood.
///
/// "ARTICLE XII" is written `ARTICLE XII`, has style ``NumberStyle/upperRoman``,
/// value 12 and normalised form `12`; "(ii)" has style ``NumberStyle/lowerRoman``,
/// value 2 and normalised form `ii`; "3.1" has style ``NumberStyle/decimal``,
/// components `[3, 1]` and normalised form `3.1`.
public struct ClauseNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The label exactly as written, e.g. `ARTICLE XII`, `(ii)`, `A.`, `Section 3`.
    public let written: String
    /// The normalised form used in ids and for matching: arabic digits for articles and
    /// arabic numbers, lowercase letters or roman numerals below, dotted for decimals.
    public let normalized: String
    /// How the number is written.
    public let style: NumberStyle
    /// Punctuation around the number.
    public let delimiter: NumberDelimiter
    /// The ordinal of the last component (b → 2, xii → 12, 3.1 → 1), if it has one.
    public let value: Int?
    /// All components for decimal numbers (`3.1` → `[3, 1]`); one element otherwise.
    public let components: [Int]
    /// A word before the number: `Article`, `Section`, `Appendix`, `Side Letter`; nil if none.
    public let prefix: String?

    /// Creates a number.
    public init(
        written: String, normalized: String, style: NumberStyle, delimiter: NumberDelimiter,
        value: Int?, components: [Int], prefix: String? = nil
    ) {
        self.written = written
        self.normalized = normalized
        self.style = style
        self.delimiter = delimiter
        self.value = value
        self.components = components
        self.prefix = prefix
    }

    public var description: String { written }
}

/// The ways a clause number is written.
public enum NumberStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// 1, 2, 3
    case arabic
    /// 3.1, 3.1.2
    case decimal
    /// A, B, C
    case upperAlpha = "upper-alpha"
    /// a, b, c
    case lowerAlpha = "lower-alpha"
    /// I, II, III
    case upperRoman = "upper-roman"
    /// i, ii, iii
    case lowerRoman = "lower-roman"
    /// Anything else (a letter-digit mix such as 32a, or a bullet).
    case other

    /// Formats an ordinal in this style ("b" for 2 in lower-alpha, "iv" for 4 in lower-roman).
    public func format(_ value: Int) -> String {
        switch self {
        case .arabic, .decimal, .other: String(value)
        case .lowerAlpha: NumberStyle.alphabetic(value)
        case .upperAlpha: NumberStyle.alphabetic(value).uppercased()
        case .lowerRoman: NumberStyle.roman(value)
        case .upperRoman: NumberStyle.roman(value).uppercased()
        }
    }

    /// The ordinal of a lowercase or uppercase letter label: a → 1, z → 26, aa → 27.
    public static func alphabeticValue(_ label: String) -> Int? {
        let scalars = Array(label.lowercased().unicodeScalars)
        guard let first = scalars.first, !scalars.isEmpty,
            scalars.allSatisfy({ $0 == first }), ("a"..."z").contains(first)
        else { return nil }
        return Int(first.value - 97) + 1 + 26 * (scalars.count - 1)
    }

    /// The value of a roman numeral (case-insensitive), or nil if the string is not a valid numeral.
    public static func romanValue(_ label: String) -> Int? {
        // Runs for every word that might be a number: read the bytes, allocate only for the final check.
        func digit(_ byte: UInt8) -> Int? {
            switch byte | 0x20 {
            case UInt8(ascii: "i"): 1
            case UInt8(ascii: "v"): 5
            case UInt8(ascii: "x"): 10
            case UInt8(ascii: "l"): 50
            case UInt8(ascii: "c"): 100
            case UInt8(ascii: "d"): 500
            case UInt8(ascii: "m"): 1000
            default: nil
            }
        }
        let bytes = label.utf8
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var total = 0
        var previous = 0
        for byte in bytes {
            guard let value = digit(byte) else { return nil }
            total += value
            if previous > 0, value > previous { total -= 2 * previous }
            previous = value
        }
        // Reject non-canonical spellings such as "iiii" or "vx".
        return total > 0 && roman(total) == label.lowercased() ? total : nil
    }

    /// The largest ordinal written as letters ("aaaa…", 3,847 of them, at 100,000); larger ones, as
    /// roman numerals past 3,999, are written in decimal, so a hostile list value cannot expand.
    public static let largestLetterValue = 100_000

    /// The range of list values taken from markup (`<ol start>`, `<li value>`, Word's `w:start`): a
    /// value beyond it is held at its end, so counting on from it never overflows.
    public static let listValueRange = -999_999_999_999_999...999_999_999_999_999

    /// A list value written in markup ("12", " -3 "), held to ``listValueRange``; nil if it is not a whole number.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func listValue(_ text: some StringProtocol) -> Int? {
        var digits = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        while let last = digits.last, last == " " || last == "\t" || last == "\n" || last == "\r" { digits.removeLast() }
        let negative = digits.first == "-"
        if negative || digits.first == "+" { digits.removeFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let significant = digits.drop { $0 == "0" }
        let bound = listValueRange.upperBound
        let magnitude = significant.count > String(bound).count ? bound : min(bound, Int(significant) ?? 0)
        return negative ? -magnitude : magnitude
    }

    static func alphabetic(_ value: Int) -> String {
        guard value > 0, value <= largestLetterValue else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var remaining = value
        var result = ""
        for (amount, symbol) in table {
            while remaining >= amount {
                result += symbol
                remaining -= amount
            }
        }
        return result
    }
}

/// Punctuation around a clause number. "A." and "(a)" and "a)" are different levels
/// in most contracts, so the delimiter is part of a numbering scheme.
public enum NumberDelimiter: String, Sendable, Hashable, Codable, CaseIterable {
    /// `A.`
    case period
    /// `a)`
    case closingParenthesis = "closing-parenthesis"
    /// `(a)`
    case parentheses
    /// `3` in "Section 3" or "ARTICLE 12", or a number given by an HTML list.
    case none
    /// `A:` or `A -`
    case colon
}
