/// Splits UTF-8 text into word, number, punctuation and whitespace tokens.
///
/// Rules (all decisions are made on UTF-8 bytes; non-ASCII scalars are decoded
/// only where they occur):
///
/// * **word** — a run of letters and digits that contains at least one letter.
///   An apostrophe (`'` or `’`) or hyphen (`-`, U+2010, U+2011) is kept *inside*
///   the word when a letter or digit follows it: "employee's", "non-grievable",
///   "COVID-19", "3rd". A trailing apostrophe ("employees'") is punctuation.
/// * **number** — a run of digits, with `,` `.` (and the joiners above) kept
///   inside when a digit follows: "3.5", "2,500", "12.3.1", "2024-2025".
///   Currency and percent signs are separate punctuation tokens, so "$2,500"
///   is `$` + `2,500` and "50%" is `50` + `%`: a changed amount shows as a
///   changed number next to an unchanged sign.
/// * **punctuation** — every other character is its own token (`.` `,` `(` `–`
///   `“` …).
/// * **whitespace** — maximal runs of white space, including NBSP and line
///   breaks.
///
/// Combining marks, ZWJ, soft hyphens and variation selectors never start a
/// token: they extend the token before them, so grapheme clusters such as
/// "e\u{301}" stay whole. CJK ideographs and kana are one-character words.
///
/// Token boundaries are byte offsets, so concatenating the tokens reproduces
/// the input byte for byte.
public enum Tokenizer {
    /// Token boundaries and kinds for a UTF-8 buffer.
    public struct Output: Sendable, Hashable {
        /// `tokenCount + 1` increasing UTF-8 offsets; token `i` is
        /// `bounds[i] ..< bounds[i + 1]`. `bounds[0] == 0`, `bounds.last == byteCount`.
        public var bounds: [Int32]
        /// The kind of each token.
        public var kinds: [TokenKind]
    }

    /// Tokenizes a buffer of valid UTF-8.
    ///
    /// - Parameter bytes: UTF-8 code units (e.g. from `String.utf8`). Must be
    ///   shorter than 2 GiB.
    /// - Returns: the token boundaries and kinds.
    /// - Complexity: O(*n*) in the number of bytes; one pass, no per-token allocation.
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> Output {
        let n = bytes.count
        precondition(n < Int(Int32.max), "Tokenizer: input larger than 2 GiB")
        guard n > 0, let base = bytes.baseAddress else { return Output(bounds: [0], kinds: []) }
        var kinds: [TokenKind] = []
        // At most one token per byte: write into exactly-sized-for-the-worst-case
        // buffers (untouched pages cost nothing) and set the real count after.
        let bounds = [Int32](unsafeUninitializedCapacity: n + 1) { boundsBuffer, boundsCount in
            kinds = [TokenKind](unsafeUninitializedCapacity: n) { kindsBuffer, kindsCount in
                let count = scan(base, n, boundsBuffer.baseAddress!, kindsBuffer.baseAddress!)
                kindsCount = count
                boundsCount = count + 1
            }
        }
        return Output(bounds: bounds, kinds: kinds)
    }

    /// Byte classes for the ASCII fast path (bytes ≥ 0x80 are `nonASCII`).
    private enum ByteClass {
        static let punctuation: UInt8 = 0
        static let letter: UInt8 = 1
        static let digit: UInt8 = 2
        static let space: UInt8 = 3
        static let joiner: UInt8 = 4
        static let numberSeparator: UInt8 = 5
        static let nonASCII: UInt8 = 6

        static let table: [UInt8] = (0..<256).map { (byte: Int) -> UInt8 in
            if byte >= 0x80 { return nonASCII }
            switch CharacterClass.asciiTable[byte] {
            case .letter: return letter
            case .digit: return digit
            case .space: return space
            case .wordJoiner: return joiner
            case .numberSeparator: return numberSeparator
            default: return punctuation
            }
        }
    }

    /// The tokenizer loop; returns the token count.
    private static func scan(
        _ p: UnsafePointer<UInt8>, _ n: Int,
        _ bounds: UnsafeMutablePointer<Int32>, _ kinds: UnsafeMutablePointer<TokenKind>
    ) -> Int {
        let buffer = UnsafeBufferPointer(start: p, count: n)
        return ByteClass.table.withUnsafeBufferPointer { tableBuffer -> Int in
            let table = tableBuffer.baseAddress!
            /// The class of the character at `i` and its byte length.
            @inline(__always) func classAt(_ i: Int) -> (CharacterClass, Int) {
                let byte = p[i]
                if byte < 0x80 { return (CharacterClass.asciiTable[Int(byte)], 1) }
                let (scalar, length) = CharacterClass.decodeScalar(buffer, at: i)
                return (CharacterClass.classify(scalar), length)
            }
            /// Skips any run of `.extend` scalars starting at `i`.
            @inline(__always) func skipExtenders(_ i: Int) -> Int {
                var i = i
                while i < n, p[i] >= 0x80 {
                    let (cls, length) = classAt(i)
                    guard cls == .extend else { break }
                    i += length
                }
                return i
            }

            var count = 0
            var i = 0
            bounds[0] = 0
            while i < n {
                var cls = table[Int(p[i])]
                var length = 1
                var slow = CharacterClass.punctuation
                if cls == ByteClass.nonASCII {
                    (slow, length) = classAt(i)
                    switch slow {
                    case .letter: cls = ByteClass.letter
                    case .space: cls = ByteClass.space
                    default: cls = ByteClass.nonASCII
                    }
                }
                let kind: TokenKind
                switch cls {
                case ByteClass.space:
                    i += length
                    while i < n {
                        let c = table[Int(p[i])]
                        if c == ByteClass.space {
                            i += 1
                        } else if c == ByteClass.nonASCII, case (.space, let l) = classAt(i) {
                            i += l
                        } else {
                            break
                        }
                    }
                    kind = .whitespace
                case ByteClass.letter, ByteClass.digit:
                    var hasLetter = cls == ByteClass.letter
                    i += length
                    scan: while i < n {
                        let c = table[Int(p[i])]
                        if c == ByteClass.letter {
                            hasLetter = true
                            i += 1
                            continue
                        }
                        if c == ByteClass.digit {
                            i += 1
                            continue
                        }
                        if c == ByteClass.joiner || c == ByteClass.numberSeparator {
                            // Kept only when followed by a letter/digit (a digit for
                            // `,` `.`, and only while the token is still a number).
                            guard i + 1 < n else { break scan }
                            let next = table[Int(p[i + 1])]
                            let nextAlnum: Bool
                            if next == ByteClass.nonASCII {
                                nextAlnum = c == ByteClass.joiner && classAt(i + 1).0 == .letter
                            } else {
                                nextAlnum = next == ByteClass.digit
                                    || (c == ByteClass.joiner && next == ByteClass.letter)
                            }
                            guard nextAlnum, c == ByteClass.joiner || !hasLetter else { break scan }
                            i += 1
                            continue
                        }
                        guard c == ByteClass.nonASCII else { break scan }
                        let (u, l) = classAt(i)
                        switch u {
                        case .letter:
                            hasLetter = true
                            i += l
                        case .extend:
                            i += l
                        case .wordJoiner:
                            guard i + l < n else { break scan }
                            let nc = classAt(i + l).0
                            guard nc == .letter || nc == .digit else { break scan }
                            i += l
                        default:
                            break scan
                        }
                    }
                    kind = hasLetter ? .word : .number
                default:
                    // Punctuation, non-joining joiners and separators, ideographs
                    // (one-scalar words) and stray extenders: one scalar plus any
                    // extenders after it.
                    i = skipExtenders(i + length)
                    kind = slow == .ideograph ? .word : .punctuation
                }
                kinds[count] = kind
                count += 1
                bounds[count] = Int32(truncatingIfNeeded: i)
            }
            return count
        }
    }

    /// Tokenizes a string.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public static func tokenize(_ text: String) -> Output {
        var text = text
        return text.withUTF8 { tokenize($0) }
    }
}
