/// Finds the phrase rules and heading phrases of every topic in tokenized text, in one pass:
/// phrases are indexed by the hash of their first word, so matching costs a dictionary lookup
/// per word whatever the number of rules.
struct PhraseMatcher: Sendable {
    /// One compiled phrase.
    struct Pattern: Sendable {
        let topic: Int
        let hashes: [UInt64]
        let weight: Double
        /// Index into `guards` of this pattern's guard phrases.
        let guardIndices: [Int]
        /// The phrase as written in the definition (for evidence).
        let phrase: String
        /// For heading phrases: yields to other topics.
        let isWeak: Bool
    }

    /// A phrase found in text.
    struct Match: Sendable {
        let pattern: Int
        /// Token range of the match.
        let firstToken: Int
        let lastToken: Int
    }

    let patterns: [Pattern]
    let guards: [[UInt64]]
    private let byFirstHash: [UInt64: [Int]]
    private let guardByFirstHash: [UInt64: [Int]]

    /// Compiles the phrase rules (or, with `headings: true`, the heading phrases) of `definitions`.
    init(definitions: [TopicDefinition], headings: Bool) {
        var patterns: [Pattern] = []
        var guards: [[UInt64]] = []
        var guardIndex: [[UInt64]: Int] = [:]
        var seen: Set<[UInt64]> = []
        for (topic, definition) in definitions.enumerated() {
            seen.removeAll()
            let entries: [(String, Double, [String], Bool)] =
                headings
                ? definition.headings.map { ($0.phrase, 1, [], $0.isWeak) }
                : definition.phrases.map { ($0.phrase, $0.weight, $0.unless, false) }
            for (phrase, weight, unless, weak) in entries {
                let hashes = TopicTokenizer.tokens(phrase).map(\.hash)
                guard !hashes.isEmpty, seen.insert(hashes).inserted else { continue }
                var indices: [Int] = []
                for guardPhrase in unless {
                    let guardHashes = TopicTokenizer.tokens(guardPhrase).map(\.hash)
                    guard !guardHashes.isEmpty else { continue }
                    if let existing = guardIndex[guardHashes] {
                        indices.append(existing)
                    } else {
                        guardIndex[guardHashes] = guards.count
                        indices.append(guards.count)
                        guards.append(guardHashes)
                    }
                }
                patterns.append(
                    Pattern(topic: topic, hashes: hashes, weight: weight, guardIndices: indices, phrase: phrase, isWeak: weak))
            }
        }
        self.patterns = patterns
        self.guards = guards
        var byFirst: [UInt64: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() { byFirst[pattern.hashes[0], default: []].append(index) }
        byFirstHash = byFirst
        var guardFirst: [UInt64: [Int]] = [:]
        for (index, hashes) in guards.enumerated() { guardFirst[hashes[0], default: []].append(index) }
        guardByFirstHash = guardFirst
    }

    /// Every match in `tokens`, leaving out matches cancelled by a guard found in the same tokens.
    func matches(in tokens: [TopicToken]) -> [Match] {
        guard !tokens.isEmpty else { return [] }
        var found: [Match] = []
        var needsGuards = false
        for start in tokens.indices {
            guard let candidates = byFirstHash[tokens[start].hash] else { continue }
            for index in candidates where Self.matches(patterns[index].hashes, tokens, at: start) {
                found.append(Match(pattern: index, firstToken: start, lastToken: start + patterns[index].hashes.count - 1))
                if !patterns[index].guardIndices.isEmpty { needsGuards = true }
            }
        }
        guard needsGuards else { return found }
        var present: Set<Int> = []
        for start in tokens.indices {
            guard let candidates = guardByFirstHash[tokens[start].hash] else { continue }
            for index in candidates where Self.matches(guards[index], tokens, at: start) { present.insert(index) }
        }
        guard !present.isEmpty else { return found }
        return found.filter { match in !patterns[match.pattern].guardIndices.contains(where: present.contains) }
    }

    @inline(__always)
    private static func matches(_ hashes: [UInt64], _ tokens: [TopicToken], at start: Int) -> Bool {
        guard start + hashes.count <= tokens.count else { return false }
        for offset in 1..<max(1, hashes.count) where tokens[start + offset].hash != hashes[offset] { return false }
        return true
    }
}
