/// A phrase that qualifies a clause's force: discretion ("at its sole discretion") or grievability
/// ("shall not be subject to the grievance procedure").
public struct ClauseMarker: Sendable, Hashable, Codable {
    /// What kind of phrase.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Leaves the decision to someone or softens a duty: "sole discretion", "where practicable".
        case discretion
        /// Takes the clause out of the grievance procedure or makes a decision unreviewable.
        case grievanceExcluded = "grievance-excluded"
        /// Puts the clause under the grievance procedure: "may be grieved", "subject to the grievance procedure".
        case grievanceIncluded = "grievance-included"
    }

    /// The kind.
    public let kind: Kind
    /// The phrase's words, lower case, joined by spaces ("sole discretion").
    public let phrase: String
    /// Where it is.
    public let span: TextSpan
}

/// Finds ``ClauseMarker``s by walking the words of a text once. Discretion phrases come from a
/// short list indexed by first word; grievability is read from grammar: a negation ("not", "no",
/// "non") followed, through only connecting words ("be subject to the"), by a grievance word
/// ("grievance", "grievable", "arbitration", "grieved") excludes; a grievance word after "subject
/// to", "through", "under", "pursuant to" or "may be" without a negation includes.
public enum ClauseMarkers {
    /// The markers of `text`, in order.
    ///
    /// - Complexity: O(*n*) in the number of words (phrases are indexed by first word).
    public static func scan(_ text: AnalysedText) -> [ClauseMarker] {
        let words = text.tokens.indices.filter { text.tokens[$0].kind == .word }
        var result: [ClauseMarker] = []
        var covered = -1
        for (position, index) in words.enumerated() where position > covered {
            let word = text.tokens[index].text
            guard startWords.contains(word) else { continue }
            if let candidates = discretionIndex[word] {
                for phrase in candidates where position + phrase.count <= words.count {
                    if (0..<phrase.count).allSatisfy({ text.tokens[words[position + $0]].text == phrase[$0] }) {
                        let last = words[position + phrase.count - 1]
                        result.append(
                            ClauseMarker(
                                kind: .discretion, phrase: phrase.joined(separator: " "),
                                span: text.span(tokens: index..<(last + 1))))
                        covered = position + phrase.count - 1
                        break
                    }
                }
                if covered >= position { continue }
            }
            if negations.contains(word) {
                var cursor = position + 1
                while cursor < words.count, cursor - position <= 8, connectors.contains(text.tokens[words[cursor]].text) { cursor += 1 }
                if cursor < words.count, cursor - position <= 8, grievanceWords.contains(text.tokens[words[cursor]].text) {
                    // "not … grievance" only when the words between are connectors; "no grievance" too.
                    result.append(
                        ClauseMarker(
                            kind: .grievanceExcluded, phrase: phrase(text, words, position...cursor),
                            span: text.span(tokens: index..<(words[cursor] + 1))))
                    covered = cursor
                    continue
                }
            }
            if word == "final", position + 2 < words.count, text.tokens[words[position + 1]].text == "and",
                ["binding", "conclusive", "unreviewable"].contains(text.tokens[words[position + 2]].text)
            {
                result.append(
                    ClauseMarker(
                        kind: .grievanceExcluded, phrase: phrase(text, words, position...(position + 2)),
                        span: text.span(tokens: index..<(words[position + 2] + 1))))
                covered = position + 2
                continue
            }
            if inclusionWords.contains(word) {
                // Included: "may be grieved", "is grievable", "subject to the grievance procedure", "may grieve".
                let before = (max(0, position - 4)..<position).map { text.tokens[words[$0]].text }
                let inclusive = word == "grievable" || word == "grieved" || word == "grieve" || word == "arbitrable"
                    || before.contains { ["subject", "through", "under", "pursuant", "via", "file", "filed", "grieve"].contains($0) }
                if inclusive, !before.contains(where: { negations.contains($0) }) {
                    result.append(
                        ClauseMarker(kind: .grievanceIncluded, phrase: word, span: text.span(tokens: index..<(index + 1))))
                    // One inclusion per grievance phrase: "the grievance and arbitration procedure".
                    var cursor = position + 1
                    while cursor < words.count, connectors.contains(text.tokens[words[cursor]].text) || grievanceWords.contains(text.tokens[words[cursor]].text) {
                        cursor += 1
                    }
                    covered = cursor - 1
                }
            }
        }
        return result
    }

    private static func phrase(_ text: AnalysedText, _ words: [Int], _ range: ClosedRange<Int>) -> String {
        range.map { text.tokens[words[$0]].text }.joined(separator: " ")
    }

    static let negations: Set<String> = ["not", "no", "non", "nongrievable", "neither", "nor", "cannot"]

    /// Words that may stand between a negation and a grievance word.
    static let connectors: Set<String> = [
        "be", "subject", "to", "the", "a", "an", "of", "under", "through", "via", "and", "or", "procedure", "procedures",
        "article", "process", "processes", "provisions", "any", "eligible", "for", "this", "agreement's", "step",
        "steps", "appealable", "reviewable", "review", "appeal", "as", "shall", "may", "will", "is", "are", "by", "itself",
        "themselves", "alone", "in", "itself,", "otherwise",
    ]

    static let grievanceWords: Set<String> = [
        "grievance", "grievances", "grievable", "grieved", "arbitration", "arbitrable", "arbitrated", "nongrievable",
        "review", "reviewable", "appealable", "appeal",
    ]

    /// Grievance words that can put a clause under the procedure (not "review" or "appeal", which are everyday words).
    static let inclusionWords: Set<String> = [
        "grievance", "grievances", "grievable", "grieved", "grieve", "arbitration", "arbitrable", "arbitrated",
    ]

    static let discretionPhrases: [[String]] = [
        ["sole", "discretion"], ["absolute", "discretion"], ["its", "discretion"], ["their", "discretion"],
        ["the", "discretion", "of"], ["discretion", "of", "the"], ["own", "discretion"], ["exclusive", "discretion"],
        ["reasonable", "discretion"], ["as", "determined", "by"], ["as", "it", "determines"], ["as", "it", "deems"],
        ["deems", "appropriate"], ["deems", "necessary"], ["considers", "appropriate"], ["determines", "appropriate"],
        ["where", "practicable"], ["when", "practicable"], ["if", "practicable"], ["as", "practicable"],
        ["extent", "practicable"], ["where", "feasible"], ["when", "feasible"], ["if", "feasible"],
        ["extent", "feasible"], ["where", "possible"], ["when", "possible"], ["if", "possible"], ["extent", "possible"],
        ["whenever", "possible"], ["whenever", "practicable"], ["reasonable", "efforts"], ["reasonable", "effort"],
        ["best", "efforts"], ["every", "effort"], ["good", "faith", "effort"], ["good", "faith", "efforts"],
        ["operational", "needs"], ["operational", "need"], ["operational", "requirements"], ["operational", "necessity"],
        ["business", "needs"], ["business", "necessity"], ["needs", "of", "the", "department"],
        ["needs", "of", "the", "university"], ["availability", "of", "funds"], ["availability", "of", "funding"],
        ["subject", "to", "funding"], ["subject", "to", "available", "funding"], ["funding", "permits"],
        ["funds", "permit"], ["budgetary", "constraints"], ["in", "its", "judgment"], ["in", "its", "judgement"],
        ["at", "its", "option"], ["at", "the", "option", "of"], ["if", "it", "chooses"], ["as", "appropriate"],
        ["unless", "otherwise", "determined"], ["as", "needed"], ["to", "the", "extent", "it", "determines"],
    ]

    /// Every word a marker can start with (one set lookup for most words).
    static let startWords: Set<String> = Set(discretionIndex.keys).union(negations).union(inclusionWords).union(["final"])

    static let discretionIndex: [String: [[String]]] = {
        var index: [String: [[String]]] = [:]
        for phrase in discretionPhrases.sorted(by: { $0.count > $1.count }) { index[phrase[0], default: []].append(phrase) }
        return index
    }()
}
