/// The features the linear model reads from a clause: its content words (stop words left out),
/// heading words counted twice, and pairs of neighbouring content words ("sick leave").
enum TopicFeatures {
    /// Weight of a word in a heading relative to one in the text.
    static let headingWeight: Float = 2

    /// Calls `body` with each feature occurrence: its hash, its value, whether it is in the heading,
    /// and its UTF-8 range.
    static func forEach(
        _ clause: ClauseTokens, _ body: (_ hash: UInt64, _ value: Float, _ inHeading: Bool, _ start: Int32, _ end: Int32) -> Void
    ) {
        emit(clause.headingTokens, value: headingWeight, inHeading: true, body)
        emit(clause.textTokens, value: 1, inHeading: false, body)
    }

    private static func emit(
        _ tokens: [TopicToken], value: Float, inHeading: Bool,
        _ body: (UInt64, Float, Bool, Int32, Int32) -> Void
    ) {
        var previous: TopicToken?
        for token in tokens where !token.isStopWord {
            body(token.hash, value, inHeading, token.start, token.end)
            if let previous {
                body(TopicTokenizer.bigram(previous.hash, token.hash), value, inHeading, previous.start, token.end)
            }
            previous = token
        }
    }

    /// The total value of a clause's features (the length used to normalise it).
    static func totalValue(_ clause: ClauseTokens) -> Float {
        var total: Float = 0
        forEach(clause) { _, value, _, _, _ in total += value }
        return total
    }

    /// A readable name for a feature occurrence: its stemmed word or words.
    static func name(_ clause: ClauseTokens, inHeading: Bool, start: Int32, end: Int32) -> String {
        let source = Array((inHeading ? clause.heading : clause.text).utf8)
        let text = String(decoding: source[Int(start)..<min(Int(end), source.count)], as: UTF8.self)
        let words = Array(text.utf8)
        return TopicTokenizer.tokens(text).filter { !$0.isStopWord }
            .map { TopicTokenizer.stemmed(String(decoding: words[Int($0.start)..<Int($0.end)], as: UTF8.self)) }
            .joined(separator: " ")
    }
}
