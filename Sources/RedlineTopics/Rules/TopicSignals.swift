/// The two hand-written signals: topics named by a heading, and weighted phrase rules
/// scoped by where they match (heading ×3, first sentence ×1.5, the rest ×1).
struct TopicSignals: Sendable {
    /// Scope weights.
    static let headingScope = 3.0
    static let firstSentenceScope = 1.5
    static let bodyScope = 1.0

    let headingMatcher: PhraseMatcher
    let phraseMatcher: PhraseMatcher

    init(definitions: [TopicDefinition]) {
        headingMatcher = PhraseMatcher(definitions: definitions, headings: true)
        phraseMatcher = PhraseMatcher(definitions: definitions, headings: false)
    }

    /// The shared signals for the taxonomy.
    static let shared = TopicSignals(definitions: Taxonomy.definitions)

    /// A phrase match with the scope it was found in.
    struct ScopedMatch: Sendable {
        let pattern: Int
        let inHeading: Bool
        let start: Int32
        let end: Int32
        let scope: Double
    }

    /// Topics named by the words of a heading: the topic index and the match.
    /// Shorter matches inside a longer one of another topic are dropped, and weak phrases
    /// yield when a strong phrase of another topic is present.
    func headingTopics(_ tokens: [TopicToken]) -> [(topic: Int, start: Int32, end: Int32, phrase: String)] {
        let matches = headingMatcher.matches(in: tokens)
        guard !matches.isEmpty else { return [] }
        let kept = matches.filter { match in
            !matches.contains { other in
                headingMatcher.patterns[other.pattern].topic != headingMatcher.patterns[match.pattern].topic
                    && other.firstToken <= match.firstToken && other.lastToken >= match.lastToken
                    && (other.lastToken - other.firstToken) > (match.lastToken - match.firstToken)
            }
        }
        let hasStrong = kept.contains { !headingMatcher.patterns[$0.pattern].isWeak }
        var result: [(Int, Int32, Int32, String)] = []
        var seen: Set<Int> = []
        for match in kept {
            let pattern = headingMatcher.patterns[match.pattern]
            if pattern.isWeak && hasStrong { continue }
            guard seen.insert(pattern.topic).inserted else { continue }
            result.append((pattern.topic, tokens[match.firstToken].start, tokens[match.lastToken].end, pattern.phrase))
        }
        return result
    }

    /// Phrase-rule matches in a clause's heading and text, each phrase kept once at its best scope.
    func ruleMatches(_ clause: ClauseTokens) -> [ScopedMatch] {
        var best: [Int: ScopedMatch] = [:]
        func consider(_ match: ScopedMatch) {
            if let existing = best[match.pattern], existing.scope >= match.scope { return }
            best[match.pattern] = match
        }
        for match in phraseMatcher.matches(in: clause.headingTokens) {
            consider(
                ScopedMatch(
                    pattern: match.pattern, inHeading: true, start: clause.headingTokens[match.firstToken].start,
                    end: clause.headingTokens[match.lastToken].end, scope: Self.headingScope))
        }
        for match in phraseMatcher.matches(in: clause.textTokens) {
            let start = clause.textTokens[match.firstToken].start
            consider(
                ScopedMatch(
                    pattern: match.pattern, inHeading: false, start: start, end: clause.textTokens[match.lastToken].end,
                    scope: start < clause.firstSentenceEnd ? Self.firstSentenceScope : Self.bodyScope))
        }
        return best.values.sorted { ($0.inHeading ? 0 : 1, $0.start, $0.pattern) < ($1.inHeading ? 0 : 1, $1.start, $1.pattern) }
    }

    /// Adds each match's scoped weight to `scores` (indexed by topic).
    func addRuleScores(_ matches: [ScopedMatch], to scores: inout [Double]) {
        for match in matches {
            let pattern = phraseMatcher.patterns[match.pattern]
            scores[pattern.topic] += pattern.weight * match.scope
        }
    }
}
