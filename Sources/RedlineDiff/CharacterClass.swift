/// Character classification used by ``Tokenizer``.
///
/// ASCII bytes are classified through a 128-entry table; non-ASCII scalars go
/// through `Unicode.Scalar.Properties` (a slow path that plain English
/// contracts hit only for curly quotes, dashes and accented letters).
enum CharacterClass: UInt8, Sendable {
    /// A letter (ASCII or any alphabetic / numeric Unicode scalar).
    case letter
    /// An ASCII digit `0`–`9`.
    case digit
    /// White space.
    case space
    /// A joiner that may sit *inside* a word when a letter or digit follows:
    /// `'`, `’`, `-`, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
    case wordJoiner
    /// A separator that may sit inside a *number* when a digit follows: `,` `.`.
    case numberSeparator
    /// A scalar that never starts a token and always extends the previous one:
    /// combining marks, format characters (ZWJ, soft hyphen), variation
    /// selectors and emoji skin-tone modifiers.
    case extend
    /// A CJK ideograph (or kana): a one-scalar word, never joined.
    case ideograph
    /// Anything else: punctuation and symbols, one token per scalar.
    case punctuation

    /// Classification of the 128 ASCII bytes.
    static let asciiTable: [CharacterClass] = (0..<128).map { (byte: Int) -> CharacterClass in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .digit
        case 0x09...0x0D, 0x20:  // \t \n \v \f \r and space
            return .space
        case UInt8(ascii: "'"), UInt8(ascii: "-"):
            return .wordJoiner
        case UInt8(ascii: ","), UInt8(ascii: "."):
            return .numberSeparator
        default:
            return .punctuation
        }
    }

    /// Classifies a non-ASCII scalar.
    ///
    /// - Complexity: O(1) (a Unicode property lookup).
    static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x2019, 0x2010, 0x2011:  // ’ ‐ ‑
            return .wordJoiner
        case 0x200B...0x200D, 0x2060, 0x00AD, 0xFEFF:  // ZWSP ZWNJ ZWJ WJ SHY BOM
            return .extend
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF:  // variation selectors, skin tones
            return .extend
        default:
            break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .extend
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            if properties.isIdeographic { return .ideograph }
            if (0x3040...0x30FF).contains(scalar.value) { return .ideograph }  // kana
            return .letter
        default:
            return properties.isAlphabetic ? .letter : .punctuation
        }
    }

    /// Decodes the scalar whose (valid, non-ASCII) UTF-8 encoding starts at
    /// `index` in `bytes`.
    ///
    /// - Returns: the scalar and the number of bytes it occupies (1…4).
    /// - Complexity: O(1).
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let end = bytes.count
        @inline(__always) func cont(_ offset: Int) -> UInt32 {
            index + offset < end ? UInt32(bytes[index + offset]) & 0x3F : 0
        }
        var value: UInt32
        var length: Int
        if lead < 0x80 {
            value = lead; length = 1
        } else if lead < 0xE0 {
            value = ((lead & 0x1F) << 6) | cont(1); length = 2
        } else if lead < 0xF0 {
            value = ((lead & 0x0F) << 12) | (cont(1) << 6) | cont(2); length = 3
        } else {
            value = ((lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3); length = 4
        }
        length = min(length, end - index)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
