import RedlineModel

/// The tokenized own words of one clause (heading, text and table cells), kept so that
/// evidence can quote and locate what decided.
struct ClauseTokens: Sendable {
    /// The clause's id.
    let id: String
    /// The heading's plain text, and its tokens.
    let heading: String
    let headingTokens: [TopicToken]
    /// The text's plain text (with table cells appended), and its tokens.
    let text: String
    let textTokens: [TopicToken]
    /// UTF-8 offset where the first sentence of `text` ends.
    let firstSentenceEnd: Int32

    init(node: ClauseNode, scratch: inout [UInt8]) {
        id = node.id
        heading = node.heading?.plainText ?? ""
        var text = node.text.plainText
        if let table = node.table {
            if !text.isEmpty { text += "\n" }
            text += table.plainText
        }
        self.text = text
        var headingTokens: [TopicToken] = []
        if !heading.isEmpty { TopicTokenizer.tokenize(heading, into: &headingTokens, scratch: &scratch) }
        var textTokens: [TopicToken] = []
        if !text.isEmpty { TopicTokenizer.tokenize(text, into: &textTokens, scratch: &scratch) }
        self.headingTokens = headingTokens
        self.textTokens = textTokens
        firstSentenceEnd = Self.firstSentenceEnd(text)
    }

    /// Test and training convenience: a clause from plain strings.
    init(id: String = "", heading: String, text: String) {
        var scratch: [UInt8] = []
        self.init(
            node: ClauseNode(
                kind: .text, id: id, heading: heading.isEmpty ? nil : InlineText(heading), text: InlineText(text),
                location: .unknown),
            scratch: &scratch)
    }

    /// True when the clause has no words at all.
    var isEmpty: Bool { headingTokens.isEmpty && textTokens.isEmpty }

    private static func firstSentenceEnd(_ text: String) -> Int32 {
        var previous: UInt8 = 0
        var offset: Int32 = 0
        for byte in text.utf8 {
            if (byte == 0x20 || byte == 0x0A) && (previous == 0x2E || previous == 0x3B || previous == 0x3A) { return offset }
            previous = byte
            offset += 1
        }
        return offset
    }
}

/// Where evidence was found: a clause, the field and the span.
extension ClauseTokens {
    /// Converts a UTF-8 range of the heading or text into an ``EvidenceSpan``.
    func span(inHeading: Bool, start: Int32, end: Int32) -> EvidenceSpan {
        var source = inHeading ? heading : text
        // Count scalars on the bytes: a scalar starts at every byte that is not a continuation byte.
        let (offset, length, quote) = source.withUTF8 { bytes -> (Int, Int, String) in
            let lower = min(Int(start), bytes.count)
            let upper = min(max(Int(end), lower), bytes.count)
            var offset = 0
            for index in 0..<lower where bytes[index] & 0xC0 != 0x80 { offset += 1 }
            var length = 0
            for index in lower..<upper where bytes[index] & 0xC0 != 0x80 { length += 1 }
            return (offset, length, String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
        }
        return EvidenceSpan(
            clauseID: id, field: inHeading ? .heading : .text, offset: offset, length: length, quote: quote)
    }
}
