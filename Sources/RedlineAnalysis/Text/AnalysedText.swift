/// A text split once into scalars, tokens and sentences, shared by the quantity and deontic scanners.
public struct AnalysedText: Sendable {
    /// The text's Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// Its tokens.
    public let tokens: [AnalysisToken]
    /// Token ranges of its sentences (a sentence ends at ".", "?", "!" or ";" before a capital
    /// letter, a list label or the end; abbreviations such as "No." and "Sec." do not end one).
    public let sentences: [Range<Int>]

    /// Splits `text`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// Splits a text given as its scalars.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        tokens = AnalysisTokenizer.tokens(scalars)
        sentences = Self.sentences(tokens, scalars)
    }

    /// The text from scalar `start` to `end`.
    public func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
    }

    /// The text of tokens `range`.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The span of tokens `range`.
    func span(tokens range: Range<Int>) -> TextSpan {
        guard !range.isEmpty else { return TextSpan(start: 0, length: 0) }
        let start = tokens[range.lowerBound].start
        return TextSpan(start: start, length: tokens[range.upperBound - 1].end - start)
    }

    private static let abbreviations: Set<String> = [
        "no", "nos", "sec", "art", "e.g", "i.e", "etc", "mr", "ms", "mrs", "dr", "st", "vs", "p", "a", "m", "u.s",
        "inc", "ltd", "jr", "sr", "approx", "dept", "ext", "vol", "pp",
    ]

    private static func sentences(_ tokens: [AnalysisToken], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .symbol, [".", "?", "!", ";"].contains(token.text) {
                let previous = index > 0 ? tokens[index - 1] : nil
                let isAbbreviation =
                    token.text == "." && previous.map { $0.kind == .word && (abbreviations.contains($0.text) || $0.text.count == 1) }
                    == true
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                let endsHere: Bool
                if let next {
                    let startsCapital = next.kind == .word && next.spaceBefore && scalars[next.start].properties.isUppercase
                    endsHere = !isAbbreviation && (token.text == ";" || startsCapital || next.text == "(" || next.kind == .number)
                } else {
                    endsHere = true
                }
                if endsHere {
                    if index + 1 > start { result.append(start..<(index + 1)) }
                    start = index + 1
                }
            }
            index += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
