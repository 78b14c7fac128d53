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
        var bounds: [Int32] = []
        var kinds: [TokenKind] = []
        bounds.reserveCapacity(n / 3 + 2)
        kinds.reserveCapacity(n / 3 + 1)
        bounds.append(0)
        if n == 0 { return Output(bounds: bounds, kinds: kinds) }

        CharacterClass.asciiTable.withUnsafeBufferPointer { table in
            @inline(__always) func classAt(_ i: Int) -> (CharacterClass, Int) {
                let byte = bytes[i]
                if byte < 0x80 { return (table[Int(byte)], 1) }
                let (scalar, length) = CharacterClass.decodeScalar(bytes, at: i)
                return (CharacterClass.classify(scalar), length)
            }
            /// Skips any run of `.extend` scalars starting at `i`.
            @inline(__always) func skipExtenders(_ i: Int) -> Int {
                var i = i
                while i < n, bytes[i] >= 0x80 {
                    let (cls, length) = classAt(i)
                    guard cls == .extend else { break }
                    i += length
                }
                return i
            }

            var i = 0
            while i < n {
                let (cls, length) = classAt(i)
                var kind: TokenKind
                switch cls {
                case .space:
                    i += length
                    while i < n {
                        let byte = bytes[i]
                        if byte < 0x80 {
                            guard table[Int(byte)] == .space else { break }
                            i += 1
                        } else {
                            let (c, l) = classAt(i)
                            guard c == .space else { break }
                            i += l
                        }
                    }
                    kind = .whitespace
                case .letter, .digit:
                    var hasLetter = cls == .letter
                    i += length
                    scan: while i < n {
                        let byte = bytes[i]
                        let (c, l): (CharacterClass, Int) =
                            byte < 0x80 ? (table[Int(byte)], 1) : classAt(i)
                        switch c {
                        case .letter:
                            hasLetter = true
                            i += l
                        case .digit, .extend:
                            i += l
                        case .wordJoiner, .numberSeparator:
                            // Kept only when followed by a letter/digit (a digit for
                            // `,` `.`, and only while the token is still a number).
                            let next = i + l
                            guard next < n else { break scan }
                            let (nc, _) = classAt(next)
                            if c == .numberSeparator {
                                guard !hasLetter, nc == .digit else { break scan }
                            } else {
                                guard nc == .letter || nc == .digit else { break scan }
                            }
                            i = next
                        default:
                            break scan
                        }
                    }
                    kind = hasLetter ? .word : .number
                case .ideograph:
                    i = skipExtenders(i + length)
                    kind = .word
                default:
                    // Punctuation, joiners and separators that do not join, and a
                    // stray leading extender: one scalar plus trailing extenders.
                    i = skipExtenders(i + length)
                    kind = .punctuation
                }
                bounds.append(Int32(truncatingIfNeeded: i))
                kinds.append(kind)
            }
        }
        return Output(bounds: bounds, kinds: kinds)
    }

    /// Tokenizes a string.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public static func tokenize(_ text: String) -> Output {
        var text = text
        return text.withUTF8 { tokenize($0) }
    }
}
