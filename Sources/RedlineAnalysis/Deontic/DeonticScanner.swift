/// Finds the deontic statements of a text, sentence by sentence, in the manner of Ash, MacLeod and
/// Naidu's rules for collective agreements: a modal verb or a modal phrase, its negation, and the
/// verb after it decide the modality; the noun phrase before it (``SubjectFinder``) decides the party.
///
/// | pattern | modality |
/// |---|---|
/// | shall, must, will, is required to, agrees to, is responsible for | obligation |
/// | should, will endeavour to, shall make reasonable efforts to | recommendation |
/// | may, can, is permitted to, has the discretion to, is under no obligation to, need not | permission |
/// | shall not, may not, must not, cannot, no … shall, is prohibited from, has no authority to | prohibition |
/// | is entitled to, has the right to, shall receive, (an employee) shall be paid / granted | entitlement |
///
/// An agentless passive binds whoever the "by" phrase names, else no one named (`unspecified`),
/// except that a passive with an employee or union subject ("No ASE shall be disciplined without just
/// cause", "Employees shall be paid") is that subject's entitlement.
public enum DeonticScanner {
    /// The statements of `text`.
    ///
    /// - Complexity: O(*n*) in the number of tokens (each trigger reads a bounded window around it).
    public static func scan(_ text: String) -> [DeonticStatement] {
        scan(AnalysedText(text))
    }

    /// The statements of an already split text.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    public static func scan(_ text: AnalysedText) -> [DeonticStatement] {
        var result: [DeonticStatement] = []
        var previous: Party?
        var previousSubject = ""
        for (number, sentence) in text.sentences.enumerated() {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard let trigger = trigger(text.tokens, at: index, in: sentence) else {
                    index += 1
                    continue
                }
                defer { index = max(trigger.end, index + 1) }
                guard let subject = SubjectFinder.subject(text.tokens, sentence: sentence, trigger: index, previous: previous),
                    !subject.nothing
                else { continue }
                guard
                    let statement = resolve(
                        trigger, subject: subject,
                        subjectText: subject.elided
                            ? (previousSubject.isEmpty
                                ? text.text(tokens: sentence.lowerBound..<subject.range.lowerBound) : previousSubject) : nil,
                        text: text,
                        sentence: number, in: sentence)
                else { continue }
                result.append(statement)
                if statement.party != .unspecified { previous = statement.party }
                previousSubject = statement.subject
            }
        }
        return result
    }

    // MARK: - Triggers

    /// A modal (or modal phrase) found at a token.
    struct Trigger {
        /// What it says before negation and the party's role are applied.
        enum Base {
            case must, should, may, entitled, required, permitted, prohibited, responsible, right, noRight, discretion
            case noObligation, passive, have, receive, endeavour
        }
        var base: Base
        var negated: Bool
        var start: Int
        var end: Int
        /// Token of the first verb of the action, if any.
        var action: Int?
        /// The modal verb ("shall", "may"), or nil for a phrase like "is entitled to".
        var modal: String?
    }

    static let modals: [String: Trigger.Base] = [
        "shall": .must, "must": .must, "will": .must, "should": .should, "may": .may, "can": .may, "cannot": .may,
        "need": .may, "ought": .should,
    ]

    /// Verbs that open a modal phrase without a modal ("is entitled to", "has the right to").
    static let phraseVerbs: Set<String> = [
        "is", "are", "has", "have", "agree", "agrees", "retains", "retain", "reserves", "reserve", "undertakes",
        "undertake", "remains", "remain",
    ]

    /// Every word a trigger can start with.
    static let triggerWords: Set<String> = phraseVerbs.union(modals.keys)

    static let skippable: Set<String> = [
        "also", "only", "then", "thereafter", "still", "further", "normally", "ordinarily", "generally", "promptly",
        "immediately", "first", "always", "either", "jointly", "each", "both", "similarly", "likewise", "however",
        "otherwise", "nonetheless", "nevertheless",
    ]

    static let participles: Set<String> = [
        "paid", "given", "granted", "provided", "allowed", "made", "held", "sent", "told", "kept", "taken", "done",
        "heard", "met", "put", "set", "shown", "chosen", "written", "brought", "sought", "bound", "laid", "read",
        "found", "known", "seen", "struck", "withheld", "borne", "drawn", "run", "spent", "left", "lost", "won",
    ]

    static let benefitVerbs: Set<String> = [
        "receive", "accrue", "get", "earn", "enjoy", "retain", "keep", "continue", "be", "have", "obtain", "gain",
    ]

    static let effortWords: Set<String> = ["endeavor", "endeavour", "attempt", "try", "seek", "strive", "aim", "aspire"]

    private static func word(_ tokens: [AnalysisToken], _ index: Int) -> String {
        index < tokens.count && tokens[index].kind == .word ? tokens[index].text : ""
    }

    static func trigger(_ tokens: [AnalysisToken], at index: Int, in sentence: Range<Int>) -> Trigger? {
        let token = tokens[index]
        guard token.kind == .word, triggerWords.contains(token.text) else { return nil }
        let previousWord = index > sentence.lowerBound ? word(tokens, index - 1) : ""
        if let base = modals[token.text] {
            // "at will", "the will of", "May 1, 2026", "a need", "a can".
            if ["at", "the", "a", "an", "free", "good", "its", "their"].contains(previousWord) { return nil }
            if token.text == "may", index + 1 < tokens.count, tokens[index + 1].kind == .number { return nil }
            if token.text == "need" && word(tokens, index + 1) != "not" { return nil }
            if token.text == "ought" && word(tokens, index + 1) != "to" { return nil }
            var position = index + 1
            var negated = token.text == "cannot"
            if token.text == "ought" { position += 1 }
            if token.text == "need" {
                return Trigger(base: .noObligation, negated: false, start: index, end: index + 2, action: verbStart(tokens, index + 2, sentence), modal: "need not")
            }
            position = skipAdverbs(tokens, position, sentence, negated: &negated)
            return phrase(after: position, base: base, negated: negated, tokens: tokens, start: index, sentence: sentence, modal: token.text)
        }
        // Phrases without a modal: "is entitled to", "has the right to", "agrees to".
        guard phraseVerbs.contains(token.text) else { return nil }
        // After a modal these are handled by the modal ("shall have the right").
        if modals[previousWord] != nil || previousWord == "not" { return nil }
        var negated = false
        let position = skipAdverbs(tokens, index + 1, sentence, negated: &negated)
        switch token.text {
        case "is", "are", "remains", "remain":
            return bePhrase(tokens, position, negated: negated, start: index, sentence: sentence, passiveAllowed: false, modal: nil)
        case "has", "have":
            return havePhrase(tokens, position, negated: negated, start: index, sentence: sentence, modal: nil)
        case "agree", "agrees", "undertake", "undertakes":
            guard word(tokens, position) == "to" else { return nil }
            return Trigger(base: .required, negated: negated, start: index, end: position + 1, action: verbStart(tokens, position + 1, sentence), modal: nil)
        default:
            // "retains the right to", "reserves the exclusive right to".
            var cursor = position
            while ["the", "sole", "exclusive", "full", "right", "rights", "and", "authority"].contains(word(tokens, cursor)) {
                cursor += 1
            }
            guard cursor > position, (position..<cursor).contains(where: { tokens[$0].text.hasPrefix("right") }) else { return nil }
            if word(tokens, cursor) == "to" { cursor += 1 }
            return Trigger(base: .right, negated: negated, start: index, end: cursor, action: verbStart(tokens, cursor, sentence), modal: nil)
        }
    }

    /// Skips "not", adverbs and a comma-bounded aside after a modal; sets `negated` for "not" / "never".
    private static func skipAdverbs(_ tokens: [AnalysisToken], _ start: Int, _ sentence: Range<Int>, negated: inout Bool) -> Int {
        var position = start
        var steps = 0
        while position < sentence.upperBound, steps < 16 {
            steps += 1
            let token = tokens[position]
            if token.kind == .word {
                if token.text == "not" || token.text == "never" {
                    negated = true
                    position += 1
                    continue
                }
                if skippable.contains(token.text) || (token.text.hasSuffix("ly") && token.text.count > 4 && token.text != "apply" && token.text != "supply" && token.text != "rely" && token.text != "reply") {
                    position += 1
                    continue
                }
                return position
            }
            if token.text == "," || token.text == "(" {
                // An aside between commas: "may, at its discretion, grant".
                let closing = token.text == "," ? "," : ")"
                if let close = tokens[(position + 1)..<min(sentence.upperBound, position + 16)].firstIndex(where: { $0.text == closing }) {
                    position = close + 1
                    continue
                }
                return position
            }
            return position
        }
        return position
    }

    /// What follows the modal: "be …", "have …", "make reasonable efforts to …", or a verb.
    private static func phrase(
        after position: Int, base: Trigger.Base, negated: Bool, tokens: [AnalysisToken], start: Int, sentence: Range<Int>,
        modal: String
    ) -> Trigger? {
        let next = word(tokens, position)
        guard !next.isEmpty else { return nil }
        // "shall not by itself be subject to", "shall in all cases be paid": an adverbial phrase first.
        if SubjectFinder.prepositions.contains(next) {
            guard let be = (position + 1..<min(sentence.upperBound, position + 5)).first(where: { word(tokens, $0) == "be" || word(tokens, $0) == "have" })
            else { return nil }
            return phrase(after: be, base: base, negated: negated, tokens: tokens, start: start, sentence: sentence, modal: modal)
        }
        switch next {
        case "be":
            var innerNegated = negated
            let after = skipAdverbs(tokens, position + 1, sentence, negated: &innerNegated)
            guard var trigger = bePhrase(tokens, after, negated: innerNegated, start: start, sentence: sentence, passiveAllowed: true, modal: modal)
            else { return nil }
            if base == .should, trigger.base == .required { trigger.base = .should }
            if base == .may, trigger.base == .passive { trigger.base = .may; trigger.action = after }
            if base == .should, trigger.base == .passive { trigger.base = .should; trigger.action = after }
            return trigger
        case "have":
            guard var trigger = havePhrase(tokens, position + 1, negated: negated, start: start, sentence: sentence, modal: modal) else { return nil }
            if trigger.base == .have && base != .must { trigger.base = base; trigger.action = position }
            return trigger
        case "make", "use", "exercise", "employ":
            // "make reasonable efforts to", "use its best efforts to", "make every effort to".
            let window = (position + 1)..<min(sentence.upperBound, position + 6)
            if let effort = window.first(where: { tokens[$0].text == "effort" || tokens[$0].text == "efforts" }) {
                var end = effort + 1
                if word(tokens, end) == "to" { end += 1 }
                return Trigger(base: negated ? base : .endeavour, negated: negated, start: start, end: end, action: verbStart(tokens, end, sentence), modal: modal)
            }
        default:
            if effortWords.contains(next), word(tokens, position + 1) == "to" {
                return Trigger(base: .endeavour, negated: negated, start: start, end: position + 2, action: verbStart(tokens, position + 2, sentence), modal: modal)
            }
        }
        // An ordinary verb after the modal.
        if NumberPhrase.isNumberWord(next) || next == "the" || next == "a" { return nil }
        let base = benefitVerbs.contains(next) && base == .must ? .receive : base
        return Trigger(base: base, negated: negated, start: start, end: position, action: position, modal: modal)
    }

    /// After "be" (or "is"/"are"): "entitled to", "required to", "permitted to", "prohibited from",
    /// "responsible for", "under no obligation to", a passive participle.
    private static func bePhrase(
        _ tokens: [AnalysisToken], _ position: Int, negated: Bool, start: Int, sentence: Range<Int>, passiveAllowed: Bool,
        modal: String?
    ) -> Trigger? {
        let next = word(tokens, position)
        func make(_ base: Trigger.Base, skip: Int) -> Trigger {
            var end = position + skip
            if ["to", "from", "for"].contains(word(tokens, end)) { end += 1 }
            return Trigger(base: base, negated: negated, start: start, end: end, action: verbStart(tokens, end, sentence), modal: modal)
        }
        switch next {
        case "entitled", "eligible": return make(.entitled, skip: 1)
        case "required", "obligated", "obliged", "expected", "mandated", "bound": return make(.required, skip: 1)
        case "permitted", "allowed", "authorized", "authorised", "free", "empowered": return make(.permitted, skip: 1)
        case "prohibited", "barred", "precluded", "forbidden", "restricted": return make(.prohibited, skip: 1)
        case "responsible", "liable", "accountable": return make(.responsible, skip: 1)
        case "encouraged": return make(.should, skip: 1)
        case "under":
            // "is under no obligation to", "is not under any obligation to".
            let words = [word(tokens, position + 1), word(tokens, position + 2)]
            if words[0] == "no", words[1] == "obligation" || words[1] == "duty" { return make(.noObligation, skip: 3) }
            if negated, words[0] == "any", words[1] == "obligation" || words[1] == "duty" {
                var trigger = make(.noObligation, skip: 3)
                trigger.negated = true
                return trigger
            }
            return nil
        case "subject", "deemed", "considered", "construed", "final", "able", "in", "at", "the", "a", "an", "effective":
            return nil
        default:
            guard passiveAllowed, isParticiple(next) else { return nil }
            return Trigger(base: .passive, negated: negated, start: start, end: position + 1, action: position, modal: modal)
        }
    }

    /// After "have"/"has": "the right to", "no right to", "the discretion to", "the obligation to", "access to".
    private static func havePhrase(
        _ tokens: [AnalysisToken], _ position: Int, negated: Bool, start: Int, sentence: Range<Int>, modal: String?
    ) -> Trigger? {
        var cursor = position
        var negative = negated
        if word(tokens, cursor) == "no" {
            negative = true
            cursor += 1
        }
        while ["the", "a", "an", "sole", "exclusive", "full", "absolute", "any", "same"].contains(word(tokens, cursor)) { cursor += 1 }
        let noun = word(tokens, cursor)
        func make(_ base: Trigger.Base) -> Trigger {
            var end = cursor + 1
            while ["and", "or", "authority", "responsibility", "power", "duty"].contains(word(tokens, end)) { end += 1 }
            if ["to", "of", "for"].contains(word(tokens, end)) { end += 1 }
            return Trigger(base: base, negated: negative, start: start, end: end, action: verbStart(tokens, end, sentence), modal: modal)
        }
        switch noun {
        case "right", "rights", "opportunity":
            return make(negative ? .noRight : .right)
        case "option", "discretion", "authority", "power", "prerogative":
            return make(negative ? .noRight : .discretion)
        case "obligation", "duty", "responsibility":
            return make(negative ? .noObligation : .required)
        default:
            guard modal != nil else { return nil }
            return Trigger(base: .have, negated: negated, start: start, end: position, action: position, modal: modal)
        }
    }

    private static func isParticiple(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 3) || participles.contains(word)
            || (word.hasSuffix("en") && word.count > 4 && !["between", "even", "often", "open", "when", "then", "seven", "eleven", "given"].contains(word))
    }

    /// The first verb at or after `position` (skipping "to", adverbs and "not").
    private static func verbStart(_ tokens: [AnalysisToken], _ position: Int, _ sentence: Range<Int>) -> Int? {
        var cursor = position
        while cursor < sentence.upperBound, ["to", "not", "be", "also", "promptly"].contains(word(tokens, cursor)) || word(tokens, cursor).hasSuffix("ly") {
            cursor += 1
        }
        return cursor < sentence.upperBound && tokens[cursor].kind == .word ? cursor : nil
    }

    // MARK: - Resolution

    private static func resolve(
        _ trigger: Trigger, subject: SubjectFinder.Subject, subjectText: String?, text: AnalysedText, sentence number: Int,
        in sentence: Range<Int>
    ) -> DeonticStatement? {
        let tokens = text.tokens
        let negated = trigger.negated != subject.negative
        var party = subject.party
        let modality: Modality?
        switch trigger.base {
        case .must: modality = negated ? .prohibition : .obligation
        case .should: modality = negated ? .prohibition : .recommendation
        case .may: modality = negated ? .prohibition : .permission
        case .endeavour: modality = negated ? .prohibition : .recommendation
        case .entitled: modality = negated ? nil : .entitlement
        case .required: modality = negated ? .permission : .obligation
        case .permitted: modality = negated ? .prohibition : .permission
        case .prohibited: modality = negated ? .permission : .prohibition
        case .responsible: modality = negated ? nil : .obligation
        case .right: modality = negated ? .prohibition : .entitlement
        case .noRight: modality = .prohibition
        case .discretion: modality = negated ? .prohibition : .permission
        case .noObligation: modality = trigger.negated && !subject.negative ? .permission : .permission
        case .have, .receive:
            if party == .employee || party == .union {
                modality = negated ? nil : .entitlement
            } else {
                modality = negated ? .prohibition : .obligation
            }
        case .passive:
            // "… shall be provided by the University": the agent is bound.
            let window = trigger.end..<min(sentence.upperBound, trigger.end + 12)
            if let by = window.first(where: { tokens[$0].text == "by" }), by + 1 < sentence.upperBound {
                let agentWords = tokens[(by + 1)..<min(sentence.upperBound, by + 6)].prefix { $0.kind == .word && !["and", "within", "no", "at", "on", "in", "for", "to", "before", "after"].contains($0.text) || $0.text == "'" }
                    .map(\.text)
                let agent = SubjectFinder.party(of: agentWords, previous: nil)
                if agent != .unspecified && agent != .both || agentWords.contains("parties") {
                    party = agent
                    modality = negated ? .prohibition : .obligation
                    break
                }
            }
            if party == .employee || party == .union {
                modality = .entitlement
            } else {
                modality = negated ? .prohibition : .obligation
            }
        }
        guard let modality else { return nil }
        let triggerRange = trigger.start..<max(trigger.end, trigger.start + 1)
        return DeonticStatement(
            party: party, modality: modality, subject: subjectText ?? text.text(tokens: subject.range),
            trigger: text.text(tokens: triggerRange), action: trigger.action.map { tokens[$0].text }, negated: negated,
            span: text.span(tokens: triggerRange), subjectSpan: text.span(tokens: subject.range), sentence: number)
    }
}
