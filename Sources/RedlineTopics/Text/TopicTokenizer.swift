/// One word of a clause as the classifier sees it: lower-cased, lightly stemmed and hashed,
/// with its place in the text (UTF-8 offsets) so evidence can point at it.
struct TopicToken: Sendable, Hashable {
    /// FNV-1a hash of the stemmed, lower-cased word.
    let hash: UInt64
    /// UTF-8 offset of the first byte of the word.
    let start: Int32
    /// UTF-8 offset just past the word.
    let end: Int32
    /// True for function words ("the", "of", "shall"), which phrase rules see and the model skips.
    let isStopWord: Bool
}

/// Splits text into ``TopicToken``s without allocating a string per word.
///
/// Words are runs of letters and digits, joined across an inner hyphen ("H-1B", "non-grievable").
/// ASCII is lower-cased; curly quotes, dashes and no-break spaces separate words; other non-ASCII
/// letters are kept as they are. Numbers alone are dropped: they say nothing about the topic.
/// Stemming strips plural "s", "ies", "ing" and "ed" so "grievances" and "grievance" agree.
enum TopicTokenizer {
    /// Appends the tokens of `text` to `tokens`. `scratch` is a reusable buffer for the stem.
    static func tokenize(_ text: String, into tokens: inout [TopicToken], scratch: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                // Skip separators.
                while index < count, !isWordByte(bytes, index) { index += advanceSeparator(bytes, index) }
                guard index < count else { break }
                let start = index
                scratch.removeAll(keepingCapacity: true)
                var hasLetter = false
                while index < count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        if isASCIIAlnum(byte) {
                            if byte >= 0x41, byte <= 0x5A {
                                scratch.append(byte | 0x20)
                                hasLetter = true
                            } else {
                                if byte > 0x39 { hasLetter = true }
                                scratch.append(byte)
                            }
                            index += 1
                        } else if byte == 0x2D, index + 1 < count, isWordByte(bytes, index + 1), !scratch.isEmpty {
                            scratch.append(byte)  // inner hyphen
                            index += 1
                        } else {
                            break
                        }
                    } else if isWordByte(bytes, index) {
                        let length = sequenceLength(bytes[index])
                        for offset in 0..<length where index + offset < count { scratch.append(bytes[index + offset]) }
                        index += length
                        hasLetter = true
                    } else {
                        break
                    }
                }
                guard hasLetter, scratch.count >= 2 else { continue }
                stem(&scratch)
                let hash = fnv1a(scratch)
                tokens.append(
                    TopicToken(
                        hash: hash, start: Int32(start), end: Int32(index), isStopWord: StopWords.hashes.contains(hash)))
            }
        }
    }

    /// Tokens of a short string (phrases, headings) with a fresh buffer.
    static func tokens(_ text: String) -> [TopicToken] {
        var tokens: [TopicToken] = []
        var scratch: [UInt8] = []
        tokenize(text, into: &tokens, scratch: &scratch)
        return tokens
    }

    /// The stemmed form of one word, as a string (for feature names and tests).
    static func stemmed(_ word: String) -> String {
        var bytes = Array(word.lowercased().utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    private static func isASCIIAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// True when the byte at `index` starts (or continues) a word character.
    @inline(__always)
    private static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIAlnum(byte) }
        // Punctuation blocks used in contracts: U+00A0-U+00BF (no-break space, §, «») and U+2000-U+206F
        // (dashes, curly quotes, bullets). Everything else non-ASCII counts as a letter.
        if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 { return false }
        if byte == 0xC2 { return false }
        if byte == 0xEF, index + 1 < bytes.count, bytes[index + 1] == 0xBB { return false }  // BOM
        return byte >= 0xC0
    }

    /// How many bytes to skip over one separator character.
    @inline(__always)
    private static func advanceSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        return byte < 0xC0 ? 1 : sequenceLength(byte)
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// Light suffix stripping: plural "s" and "ies", "ing", "ed".
    static func stem(_ word: inout [UInt8]) {
        let count = word.count
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length else { return false }
            return suffix.withUTF8Buffer { suffixBytes in
                for offset in 0..<length where word[count - length + offset] != suffixBytes[offset] { return false }
                return true
            }
        }
        if count > 4, ends("ies") {
            word.removeLast(3)
            word.append(0x79)  // y
        } else if count > 4, ends("sses") {
            word.removeLast(2)
        } else if count > 3, word[count - 1] == 0x73, !ends("ss"), !ends("us"), !ends("is"), !StemExceptions.contains(word) {
            word.removeLast()
        } else if count > 5, ends("ing") {
            word.removeLast(3)
        } else if count > 4, ends("ed"), !ends("eed") {
            word.removeLast(2)
        }
    }

    /// 64-bit FNV-1a.
    @inline(__always)
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// Hash of a word as the tokenizer would compute it (the word is stemmed first).
    static func hash(ofWord word: String) -> UInt64 {
        var bytes = Array(word.lowercased().utf8)
        stem(&bytes)
        return fnv1a(bytes)
    }

    /// Combines two word hashes into the hash of the bigram.
    @inline(__always)
    static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var hash = first &* 0x9E37_79B9_7F4A_7C15
        hash ^= second &+ 0x632B_E59B_D9B4_E019 &+ (hash << 6) &+ (hash >> 2)
        return hash
    }
}

/// Function words: phrase rules see them ("not subject to the grievance procedure"); the model skips them.
enum StopWords {
    static let words: [String] = [
        "the", "of", "and", "to", "a", "an", "in", "or", "for", "by", "on", "at", "be", "is", "are", "was", "were",
        "been", "being", "shall", "will", "may", "must", "should", "would", "could", "can", "this", "that", "these",
        "those", "which", "who", "whom", "whose", "with", "as", "any", "such", "its", "their", "it", "they", "them",
        "he", "she", "his", "her", "from", "under", "all", "each", "other", "if", "than", "then", "there", "here",
        "herein", "hereof", "thereof", "into", "upon", "within", "without", "after", "before", "during", "between",
        "also", "not", "no", "nor", "but", "so", "do", "does", "has", "have", "had", "per", "via", "up", "out",
        "about", "over", "only", "more", "most", "same", "both", "either", "neither", "least", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "article", "section", "agreement", "party",
        "parties", "provided", "provision", "pursuant", "accordance", "apply", "applies", "including", "include",
        "where", "when", "what", "whether", "because", "while", "unless", "until", "through", "against", "above",
        "below", "our", "your", "we", "you", "i", "me", "my", "us", "him", "hers", "ours",
    ]

    static let hashes: Set<UInt64> = Set(words.map(TopicTokenizer.hash(ofWord:)))
}

/// Words ending in "s" that are not plurals, or whose singular means something else ("dues" is not "due").
enum StemExceptions {
    private static let words: Set<[UInt8]> = Set(["dues", "news", "series", "always", "overseas", "sometimes", "means"].map { Array($0.utf8) })

    static func contains(_ word: [UInt8]) -> Bool { words.contains(word) }
}
