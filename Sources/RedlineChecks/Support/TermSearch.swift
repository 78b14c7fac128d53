/// A text prepared for finding where terms are written: its bytes with ASCII letters lowercased.
///
/// Case-insensitive matching takes a few non-ASCII characters for ASCII letters (the Kelvin sign
/// for "k", the long s for "s", "ß" for "ss", the "ﬁ" ligatures); a text holding any of them is
/// left to the regular expression whole, so a byte search never misses a use.
struct TermSearch: Sendable {
    let text: String
    private let folded: [UInt8]
    private let foldsToASCII: Bool

    init(_ text: String) {
        self.text = text
        folded = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        foldsToASCII = Self.holdsCharacterFoldingToASCII(folded)
    }

    /// Pieces of the text around each place `term` is written (ignoring ASCII case), each with the
    /// byte offset of the term in it; nil when the bytes cannot decide (a term that is not ASCII, or
    /// a text with characters that fold to ASCII letters).
    ///
    /// - Complexity: O(*n*) in the text's bytes.
    func windows(around term: String) -> [(window: String, start: Int)]? {
        guard !foldsToASCII, !term.isEmpty, term.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let needle = term.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard folded.count >= needle.count else { return [] }
        var result: [(String, Int)] = []
        var index = 0
        let last = folded.count - needle.count
        while index <= last {
            defer { index += 1 }
            guard folded[index] == needle[0] else { continue }
            var offset = 1
            while offset < needle.count, folded[index + offset] == needle[offset] { offset += 1 }
            guard offset == needle.count else { continue }
            // Eight bytes before (two characters at least) and sixteen after, cut at character starts.
            var lower = max(0, index - 8)
            while lower > 0, folded[lower] & 0xC0 == 0x80 { lower -= 1 }
            var upper = min(folded.count, index + needle.count + 16)
            while upper < folded.count, folded[upper] & 0xC0 == 0x80 { upper += 1 }
            let bytes = text.utf8
            let window = String(
                decoding: bytes[bytes.index(bytes.startIndex, offsetBy: lower)..<bytes.index(bytes.startIndex, offsetBy: upper)],
                as: UTF8.self)
            result.append((window, index - lower))
        }
        return result
    }

    /// ſ (C5 BF), K (E2 84 AA), ß (C3 9F), ẞ (E1 BA 9E), İ (C4 B0) and the Latin ligatures ﬀ–ﬆ (EF AC 80–86).
    private static func holdsCharacterFoldingToASCII(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            let first = bytes[index], second = bytes[index + 1]
            if first < 0xC3 { continue }
            if (first == 0xC5 && second == 0xBF) || (first == 0xC3 && second == 0x9F) || (first == 0xC4 && second == 0xB0) {
                return true
            }
            guard index + 2 < bytes.count else { continue }
            let third = bytes[index + 2]
            if (first == 0xE2 && second == 0x84 && third == 0xAA) || (first == 0xE1 && second == 0xBA && third == 0x9E)
                || (first == 0xEF && second == 0xAC && third >= 0x80 && third <= 0x86)
            {
                return true
            }
        }
        return false
    }
}
