/// Finds the subject of a modal verb from grammar: the noun phrase that ends right before it,
/// read back to the start of its clause, and names the party its head noun refers to.
///
/// - a comma-separated aside between subject and modal is skipped ("The University, at its
///   discretion, may …"), and so is an introductory clause ("If the ASE asks, the University shall …");
/// - the head is the last noun before a preposition or relative pronoun ("The chair of the department"
///   → chair; "An ASE who is absent" → ASE);
/// - role nouns take the party they act for ("the Union's designee", "a representative of the University");
/// - "X and Y" naming the employer and the union is both parties; "it", "they" take the party of the
///   previous statement.
enum SubjectFinder {
    struct Subject {
        var party: Party
        var range: Range<Int>
        /// True when the subject is "no …", "neither …", which negates the statement.
        var negative: Bool
        /// True when the subject is "nothing" (a savings clause, not a statement).
        var nothing: Bool
    }

    static let determiners: Set<String> = [
        "the", "a", "an", "each", "every", "any", "no", "all", "its", "their", "such", "either", "neither", "both",
        "this", "that", "these", "those", "his", "her", "said",
    ]

    /// Words after which a noun phrase's head has been passed.
    static let headEnders: Set<String> = [
        "of", "in", "for", "with", "at", "on", "under", "from", "by", "to", "within", "during", "between", "among",
        "who", "which", "that", "whose", "whom", "appointed", "employed", "working", "holding", "assigned", "serving",
        "covered", "hired", "as", "into", "through", "upon", "after", "before", "without", "except", "than", "whether",
    ]

    static let subordinators: Set<String> = [
        "if", "when", "where", "unless", "once", "after", "before", "until", "while", "because", "whether", "although",
        "though", "provided", "whenever", "wherever", "since", "so", "as", "that", "except", "upon", "following",
    ]

    /// Words that begin an aside rather than a subject.
    static let asideStarters: Set<String> = [
        "at", "in", "upon", "after", "before", "with", "without", "subject", "where", "when", "if", "as", "to", "for",
        "on", "within", "during", "unless", "consistent", "notwithstanding", "however", "therefore", "thereafter",
        "accordingly", "moreover", "whenever", "following", "pursuant", "under", "by", "except", "including", "once",
        "then", "also", "further", "furthermore", "absent", "until", "while", "whether", "provided", "through", "prior",
        "based", "because", "although", "though",
    ]

    static let pronouns: Set<String> = ["it", "they", "he", "she", "we", "you", "one", "itself", "themselves"]

    /// The subject of the modal at token `trigger` in `sentence`.
    static func subject(
        _ tokens: [AnalysisToken], sentence: Range<Int>, trigger: Int, previous: Party?
    ) -> Subject? {
        var end = trigger
        // Segments between commas, semicolons, colons and parentheses, read from the modal back.
        var segmentEnd = end
        var position = end - 1
        var depth = 0
        var chosen: Range<Int>?
        while position >= sentence.lowerBound - 1 {
            let boundary: Bool
            if position < sentence.lowerBound {
                boundary = true
            } else {
                let text = tokens[position].text
                if text == ")" { depth += 1 }
                if text == "(" { depth = max(0, depth - 1) }
                boundary = depth == 0 && [",", ";", ":", "—"].contains(text) && tokens[position].kind == .symbol
                if text == ";" || text == ":" {
                    // A semicolon or colon always ends the search.
                }
            }
            if boundary {
                let segment = (position + 1)..<segmentEnd
                if !segment.isEmpty {
                    let first = firstWord(tokens, segment)
                    if let first, asideStarters.contains(first) || first == "and" && segment.count == 1 {
                        // An aside: keep looking before it, unless it holds the whole clause.
                        if position < sentence.lowerBound || [";", ":"].contains(tokens[position].text) {
                            chosen = chosen ?? segment
                            break
                        }
                        segmentEnd = position
                        position -= 1
                        continue
                    }
                    chosen = segment
                    break
                }
                if position < sentence.lowerBound || [";", ":"].contains(tokens[position].text) { break }
                segmentEnd = position
            }
            position -= 1
        }
        guard var range = chosen else { return nil }
        // Drop parenthetical remarks and leading conjunctions.
        var words = range.filter { tokens[$0].kind != .symbol || tokens[$0].text == "'" }
        if let open = range.first(where: { tokens[$0].text == "(" }) {
            var inside = false
            words = range.filter { index in
                if tokens[index].text == "(" { inside = true; return false }
                if tokens[index].text == ")" { inside = false; return false }
                return !inside && tokens[index].kind != .symbol
            }
            _ = open
        }
        while let first = words.first, ["and", "or", "but", "then", "thereafter", "also"].contains(tokens[first].text) {
            words.removeFirst()
        }
        // An introductory clause without a comma: "If the grievance is denied the Union may" — the
        // subject is the last noun phrase, from its determiner.
        if let first = words.first, subordinators.contains(tokens[first].text) {
            if let lastDeterminer = words.lastIndex(where: { determiners.contains(tokens[$0].text) || Party.named(by: tokens[$0].text) != nil && $0 == words.last }),
                lastDeterminer > 0
            {
                words = Array(words[lastDeterminer...])
            } else {
                return nil
            }
        }
        guard let firstWord = words.first, let lastWord = words.last else { return nil }
        range = tokens[firstWord].start == 0 && firstWord == 0 ? firstWord..<(lastWord + 1) : firstWord..<(lastWord + 1)
        end = lastWord + 1
        let texts = words.map { tokens[$0].text }
        let negative = texts.first == "no" || texts.first == "neither" || texts.first == "nor"
        if texts.first == "nothing" || texts.first == "none" && texts.count == 1 {
            return Subject(party: .unspecified, range: range, negative: true, nothing: texts.first == "nothing")
        }
        return Subject(party: party(of: texts, previous: previous), range: range, negative: negative, nothing: false)
    }

    private static func firstWord(_ tokens: [AnalysisToken], _ range: Range<Int>) -> String? {
        range.first { tokens[$0].kind == .word }.map { tokens[$0].text }
    }

    /// The party a noun phrase (its words, lower case) names.
    static func party(of words: [String], previous: Party?) -> Party {
        // Coordinated subjects: "the University and the Union", "neither party".
        if words.contains("parties") || (words.contains("party") && words.contains { ["either", "each", "neither", "both", "the"].contains($0) }) {
            return .both
        }
        let conjuncts = split(words)
        if conjuncts.count > 1 {
            let parties = Set(conjuncts.map { head(of: $0, previous: previous) })
            if parties.contains(.union) && (parties.contains(.employer) || parties.contains(.department)) { return .both }
            return head(of: conjuncts[0], previous: previous)
        }
        return head(of: words, previous: previous)
    }

    private static func split(_ words: [String]) -> [[String]] {
        var parts: [[String]] = [[]]
        for word in words {
            if word == "and" || word == "or" || word == "nor" {
                parts.append([])
            } else {
                parts[parts.count - 1].append(word)
            }
        }
        return parts.filter { !$0.isEmpty }
    }

    private static func head(of words: [String], previous: Party?) -> Party {
        let cut = words.firstIndex { headEnders.contains($0) } ?? words.count
        let phrase = Array(words[..<cut])
        let after = Array(words[cut...])
        guard let head = phrase.last else { return previous ?? .unspecified }
        if pronouns.contains(head) { return previous ?? .unspecified }
        // "Board of Regents", "Office of the President" name the employer.
        if head == "board" || head == "office", after.contains("regents") || after.contains("trustees") || after.contains("president") {
            return .employer
        }
        if phrase.count >= 2, phrase[phrase.count - 2] == "bargaining", head == "unit" || head == "units" {
            return .employee
        }
        if Party.genericHeads.contains(head) {
            for word in phrase.dropLast().reversed() {
                if word == "bargaining" || word == "unit" { return .employee }
                if let party = Party.named(by: word) { return party }
            }
            for word in after { if let party = Party.named(by: word), party != .both { return party } }
            return head.hasPrefix("member") || head.hasPrefix("appointee") ? .employee : .unspecified
        }
        if let party = Party.named(by: head) { return party }
        for word in phrase.reversed() { if let party = Party.named(by: word) { return party } }
        return .unspecified
    }
}
