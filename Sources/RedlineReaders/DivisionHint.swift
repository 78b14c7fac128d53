import RedlineModel

/// What a title, a heading outside the numbering or a file name says about the one division
/// (article, appendix or side letter) a single-division export holds: "Article 16 Immigration",
/// `art16_immigration.html`, `bx_12-grievance-and-arbitration_2022-2025.docx`, `appendix-b_panel`.
///
/// A proposal for one article is often exported with its "Article N" line only in metadata or in
/// the file name; ``StructureBuilder`` asks for hints, in order, when the body has no article label.
struct DivisionHint: Equatable {
    var division: LabelMatch.Division
    /// The division's number, when the source states one.
    var number: ClauseNumber?
    /// The division's heading, when the source states one.
    var heading: String?

    // MARK: Titles

    /// Reads a title ("Article 16 Immigration", "UNION PROPOSAL — Article 16 Immigration — Presented 3/14/2026",
    /// "Immigration"). A title that names the agreement as a whole ("Memorandum of Understanding 2021–2024",
    /// "Tentative Agreement") says nothing about one division and gives nil.
    ///
    /// - Complexity: O(*n*) label parses in the title's word count (titles are short).
    static func fromTitle(_ title: String) -> DivisionHint? {
        let text = title.collapsedWhitespace()
        guard !text.isEmpty else { return nil }
        // A labelled division anywhere in the title, at a word start.
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices where start == 0 || LabelParser.isSpace(scalars[start - 1]) {
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            guard let match = LabelParser.parse(rest), match.division == .article || match.division == .appendix
                || match.division == .sideLetter, let number = match.candidates.first, (number.value ?? 0) < 1000
            else { continue }
            let remainder = String(rest.unicodeScalars.dropFirst(match.remainderOffset))
            return DivisionHint(division: match.division, number: number, heading: headingPart(remainder))
        }
        if namesAgreement(text) || looksLikeFileName(text) || LabelParser.parse(text) != nil { return nil }
        let words = HeadingHeuristics.wordCount(text)
        guard words >= 1, words <= HeadingHeuristics.maxHeadingWords else { return nil }
        return DivisionHint(division: .article, number: nil, heading: text)
    }

    /// The heading part of the words after a label, up to a separator that starts other
    /// information ("Immigration — Presented 3/14/2026" gives "Immigration").
    private static func headingPart(_ text: String) -> String? {
        var heading = text
        for separator in [" — ", " – ", " | ", " - ", " (", "\t"] {
            if let range = heading.range(of: separator) { heading = String(heading[..<range.lowerBound]) }
        }
        heading = heading.trimmingWhitespace()
        while let last = heading.last, ".:–—-".contains(last) { heading = String(heading.dropLast()).trimmingWhitespace() }
        return heading.isEmpty ? nil : heading
    }

    /// True when a title names a whole agreement rather than one of its divisions.
    static func namesAgreement(_ title: String) -> Bool {
        let lowered = title.lowercased()
        return ["agreement", "memorandum of understanding", "contract", "mou", "collective bargaining"].contains {
            lowered.range(of: $0) != nil && (lowered == $0 || wordBounded(lowered, $0))
        }
    }

    private static func wordBounded(_ text: String, _ phrase: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let range = text.range(of: phrase, range: search) {
            let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
            if !before.isLetter && !after.isLetter { return true }
            search = range.upperBound..<text.endIndex
        }
        return false
    }

    /// "bx_12-grievance_2022-2025", "Microsoft Word - art16.docx": a title that is a file name.
    private static func looksLikeFileName(_ text: String) -> Bool {
        (text.contains("_") && !text.contains(" ")) || text.lowercased().hasSuffix(".docx")
            || text.lowercased().hasSuffix(".doc") || text.lowercased().hasSuffix(".pdf")
    }

    // MARK: File names

    private static let keywords: [String: LabelMatch.Division] = [
        "article": .article, "art": .article, "appendix": .appendix, "app": .appendix, "exhibit": .appendix,
        "attachment": .appendix, "sl": .sideLetter, "sideletter": .sideLetter, "letter": .sideLetter,
    ]

    /// Words of a file name that name a bargaining stage or party, not an article: a file named
    /// `04-tentative-agreement.html` is the fourth version of something, not Article 4.
    private static let stageWords: Set<String> = [
        "draft", "proposal", "proposals", "counter", "counterproposal", "initial", "tentative", "ta", "final",
        "revised", "redline", "clean", "version", "union", "management", "employer", "university", "agreement",
        "response", "package", "supposal", "passed", "accepted",
    ]

    /// Reads a file name: `art16_immigration.html`, `article-16`, `Article_16_Immigration.docx`,
    /// `16-immigration.md`, `bx_12-grievance-and-arbitration_2022-2025.pdf`, `br_sl-f_jlmc-accessibility.md`,
    /// `appendix-b_panel-of-arbitrators.md`. The number is a keyword's number, or else the first bare
    /// number of one to three digits (years and dates are not article numbers); the heading is the words
    /// that follow it, up to a year or a version mark.
    ///
    /// - Complexity: O(*n*) in the name's length.
    static func fromFileName(_ name: String) -> DivisionHint? {
        var stem = Substring(name.split(separator: "/").last ?? "")
        if let dot = stem.firstIndex(of: ".") { stem = stem[..<dot] }
        // Tokens, with a keyword glued to its number split off: "art16", "article16", "sl3".
        var tokens: [String] = []
        for raw in stem.split(whereSeparator: { "_- +,".contains($0) }) {
            let word = String(raw)
            let letters = word.prefix { $0.isLetter }
            if !letters.isEmpty, letters.count < word.count, keywords[letters.lowercased()] != nil,
                word.dropFirst(letters.count).first?.isNumber == true
            {
                tokens.append(String(letters))
                tokens.append(String(word.dropFirst(letters.count)))
            } else {
                tokens.append(word)
            }
        }
        guard !tokens.isEmpty else { return nil }
        var division = LabelMatch.Division.article
        var numberToken: String?
        var headingStart = 0
        for (index, token) in tokens.enumerated() {
            let lowered = token.lowercased()
            if let keyword = keywords[lowered], index + 1 < tokens.count, isDivisionNumber(tokens[index + 1], keyword) {
                // "side letter" written as two words.
                if lowered == "letter", index > 0, tokens[index - 1].lowercased() != "side", keyword == .sideLetter {
                    continue
                }
                division = keyword
                numberToken = tokens[index + 1]
                headingStart = index + 2
                break
            }
            if isBareNumber(token) {
                numberToken = token
                headingStart = index + 1
                break
            }
        }
        guard let numberToken else { return nil }
        var headingWords: [String] = []
        for token in tokens[headingStart...] {
            // Years and version marks ("2022", "v2") end the heading; "step-2-grievance-form" keeps its 2.
            let isShortNumber = token.allSatisfy(\.isNumber) && token.count < 4
            if token.contains(where: \.isNumber) && !isShortNumber { break }
            headingWords.append(token)
        }
        while let last = headingWords.last, last.allSatisfy(\.isNumber) { headingWords.removeLast() }
        if division == .article, numberToken.allSatisfy(\.isNumber), !headingWords.isEmpty,
            headingWords.allSatisfy({ stageWords.contains($0.lowercased()) })
        {
            return nil
        }
        let keyword = division == .appendix ? "Appendix" : division == .sideLetter ? "Side Letter" : "Article"
        // "appendix-b" names Appendix B, as its heading writes it.
        let token = division != .article && numberToken.count == 1 ? numberToken.uppercased() : numberToken
        guard let match = LabelParser.parse(keyword + " " + token), let number = match.candidates.first else {
            return nil
        }
        let heading = headingWords.isEmpty ? nil : titleCased(headingWords)
        return DivisionHint(division: match.division, number: number, heading: heading)
    }

    private static func isBareNumber(_ token: String) -> Bool {
        let digits = token.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let suffix = token.dropFirst(digits.count)
        return suffix.count <= 1 && suffix.allSatisfy(\.isLetter)
    }

    private static func isDivisionNumber(_ token: String, _ division: LabelMatch.Division) -> Bool {
        if isBareNumber(token) { return true }
        if division == .article { return token.count > 1 && NumberStyle.romanValue(token) != nil }
        return token.count == 1 && token.first!.isLetter
    }

    /// "grievance and arbitration" → "Grievance and Arbitration"; words already capitalised stay as written.
    private static func titleCased(_ words: [String]) -> String {
        let small: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
        return words.enumerated().map { index, word in
            if word.contains(where: \.isUppercase) { return word }
            if index > 0, small.contains(word) { return word }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
