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
        /// True when the subject is left out ("…, and shall provide"): the previous statement's.
        var elided = false
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

    /// Prepositions a noun phrase's head may be followed by ("the chair of the department").
    static let prepositions: Set<String> = [
        "of", "in", "for", "with", "at", "on", "under", "from", "by", "over", "within", "during", "between", "to",
        "into", "through", "without", "about", "against", "among", "upon", "across", "outside", "beyond",
    ]

    /// The subject of the modal at token `trigger` in `sentence`; `previous` is the party of the
    /// statement before it, for pronouns and for an elided subject ("…, and shall provide").
    static func subject(
        _ tokens: [AnalysisToken], sentence: Range<Int>, trigger: Int, previous: Party?
    ) -> Subject? {
        // The clause before the modal: back to a semicolon, a colon or the sentence start, in
        // comma-separated segments, skipping asides ("The University, at its discretion, may").
        var segmentEnd = trigger
        var position = trigger - 1
        var depth = 0
        var chosen: Range<Int>?
        while position >= sentence.lowerBound - 1 {
            let atStart = position < sentence.lowerBound
            let text = atStart ? "" : tokens[position].text
            if text == ")" { depth += 1 }
            if text == "(" { depth = max(0, depth - 1) }
            let hard = atStart || text == ";" || text == ":"
            if hard || (depth == 0 && (text == "," || text == "—") && tokens[position].kind == .symbol) {
                let segment = (position + 1)..<segmentEnd
                let words = segment.filter { tokens[$0].kind == .word }
                if let first = words.first.map({ tokens[$0].text }) {
                    if words.count == 1, ["and", "or", "but", "then"].contains(first) {
                        // "…, and shall provide": the subject of the statement before.
                        return Subject(party: previous ?? .unspecified, range: segment, negative: false, nothing: false, elided: true)
                    }
                    if !asideStarters.contains(first) || hard {
                        chosen = segment
                        break
                    }
                }
                if hard { break }
                segmentEnd = position
            }
            position -= 1
        }
        guard let segment = chosen else { return nil }
        // Its words, without parenthetical remarks.
        var words: [Int] = []
        var inside = 0
        for index in segment {
            let text = tokens[index].text
            if text == "(" { inside += 1 } else if text == ")" { inside = max(0, inside - 1) }
            if inside == 0, tokens[index].kind == .word { words.append(index) }
        }
        guard !words.isEmpty else { return nil }
        func word(_ position: Int) -> String { tokens[words[position]].text }
        // "… are matters of judgment and shall be made": a second verb of the same subject.
        if let lastWord = words.last, ["and", "or"].contains(tokens[lastWord].text) {
            return Subject(party: previous ?? .unspecified, range: lastWord..<(lastWord + 1), negative: false, nothing: false, elided: true)
        }
        // A relative pronoun right before the modal: "an ASE who …" takes the noun before it.
        let last = words.count - 1
        if word(last) == "which" || word(last) == "that" {
            return Subject(party: .unspecified, range: words[last]..<(words[last] + 1), negative: false, nothing: false)
        }
        // The subject starts at the nearest determiner that does not open a prepositional phrase
        // ("the chair of the department": not "the department") or the second of two coordinated
        // parties ("the University and the Union").
        var start: Int?
        var cursor = last
        while cursor >= 0 {
            let text = word(cursor)
            // A relative clause ("an ASE who is absent …") belongs to the noun before it.
            if ["who", "whom", "whose"].contains(text) {
                cursor -= 1
                continue
            }
            if subordinators.contains(text) && text != "that" {
                if cursor < last { start = cursor + 1 }
                break
            }
            if determiners.contains(text) || (pronouns.contains(text) && cursor == last) || text == "nothing" || text == "none" {
                let before = cursor > 0 ? word(cursor - 1) : ""
                if prepositions.contains(before) {
                    cursor -= 2
                    continue
                }
                if ["and", "or", "nor"].contains(before), cursor >= 2, Party.named(by: word(cursor - 2)) != nil {
                    cursor -= 2
                    continue
                }
                start = ["neither", "either", "both"].contains(before) ? cursor - 1 : cursor
                break
            }
            cursor -= 1
        }
        let first = start ?? 0
        var subjectWords = Array(words[first...])
        while let head = subjectWords.first, ["and", "or", "but", "then", "thereafter", "also"].contains(tokens[head].text) {
            subjectWords.removeFirst()
        }
        guard let firstWord = subjectWords.first, let lastWord = subjectWords.last else { return nil }
        let range = firstWord..<(lastWord + 1)
        let texts = subjectWords.map { tokens[$0].text }
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
