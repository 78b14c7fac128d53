/// Finds the quantities of a text in one left-to-right pass over its tokens, with no regular
/// expression: at each token it tries a date, an amount of money, then a number (words, digits or
/// "ninety (90)") followed by what it counts (a unit, "percent", "FTE", or a noun).
///
/// Numbers that name things rather than measure them are skipped: "Article 12", "Section 13.8",
/// "Step 2", "Appendix B", times of day ("5:00 p.m."), and bare years.
public enum QuantityScanner {
    /// The quantities of `text`, in order.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    public static func scan(_ text: String) -> [Quantity] {
        scan(AnalysedText(text))
    }

    /// The quantities of an already split text, in order.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    public static func scan(_ text: AnalysedText) -> [Quantity] {
        let tokens = text.tokens
        var result: [Quantity] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Only a number, "$", a number word or a month can start a quantity (one set lookup for words).
            guard token.kind == .number || token.text == "$" || (token.kind == .word && startWords.contains(token.text)) else {
                index += 1
                continue
            }
            if let (quantity, end) = date(text, at: index) ?? money(text, at: index) ?? measure(text, at: index) {
                result.append(quantity)
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    // MARK: - Vocabulary

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Words a quantity can start with: number words and month names.
    static let startWords: Set<String> = Set(months.keys).union(NumberPhrase.units.keys).union(NumberPhrase.tens.keys)

    /// Time units, singular.
    static let timeUnits: [String: String] = [
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
        "year": "year", "years": "year", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
        "workday": "day", "workdays": "day", "semester": "semester", "semesters": "semester", "quarter": "quarter",
        "quarters": "quarter", "term": "term", "terms": "term",
    ]

    /// Kinds of day (and other time qualifiers), normalised.
    static let dayQualifiers: [String: String] = [
        "calendar": "calendar", "working": "working", "business": "working", "work": "working",
        "consecutive": "consecutive", "school": "school", "academic": "academic", "instructional": "instructional",
    ]

    /// Periods a rate is "per".
    static let ratePeriods: [String: String] = [
        "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year", "semester": "semester",
        "quarter": "quarter", "term": "term", "appointment": "appointment", "annum": "year", "pay": "pay-period",
        "academic": "year", "calendar": "year",
    ]

    static let adverbRates: [String: String] = [
        "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
        "biweekly": "two-weeks",
    ]

    /// Words before a number that make it a name, not a quantity.
    static let referenceWords: Set<String> = [
        "article", "articles", "section", "sections", "sec", "step", "steps", "appendix", "paragraph", "paragraphs",
        "level", "grade", "no", "nos", "number", "title", "code", "room", "page", "pages", "schedule", "table",
        "chapter", "part", "item", "items", "phase", "subsection", "clause", "exhibit", "form", "rule", "tier",
        "band", "range", "letter", "side", "building", "suite", "version", "local", "chapters", "u.s.c",
    ]

    /// Words that cannot be the thing a count counts.
    static let notCounted: Set<String> = [
        "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "the", "a", "an", "is", "are", "was",
        "be", "shall", "may", "will", "must", "that", "which", "who", "if", "as", "than", "per", "percent", "time",
        "times", "hundred", "thousand", "other", "such", "another", "each", "more", "less", "fewer", "party", "year's",
        "after", "before", "within", "it", "its", "their", "this", "these", "those", "not", "has", "have", "can",
        "way", "side", "half", "only", "set", "copy", "no", "year", "st", "nd", "rd", "th", "a.m", "p.m", "am", "pm",
    ]

    /// Adjectives skipped between a count and what it counts ("three (3) additional representatives").
    static let countAdjectives: Set<String> = [
        "additional", "full", "separate", "new", "further", "designated", "paid", "unpaid", "consecutive", "regular",
        "elected", "voting", "alternate", "permanent", "temporary", "union", "university", "written", "different",
    ]

    // MARK: - Dates

    private static func date(_ text: AnalysedText, at index: Int) -> (Quantity, Int)? {
        let tokens = text.tokens
        // "July 1, 2024" / "July 1"
        if let month = months[tokens[index].text], tokens[index].kind == .word, index + 1 < tokens.count,
            let day = tokens[index + 1].number, day >= 1, day <= 31, day == day.rounded()
        {
            // "may" is a modal verb far more often than a month: it needs a year.
            var end = index + 2
            var year: Double?
            if end + 1 < tokens.count, tokens[end].text == ",", let value = tokens[end + 1].number, value >= 1900, value <= 2200 {
                year = value
                end += 2
            } else if end < tokens.count, let value = tokens[end].number, value >= 1900, value <= 2200 {
                year = value
                end += 1
            }
            if tokens[index].text == "may" && year == nil { return nil }
            return (makeDate(text, index..<end, year: year, month: month, day: Int(day)), end)
        }
        // "1 July 2024"
        if let day = tokens[index].number, day >= 1, day <= 31, day == day.rounded(), index + 1 < tokens.count,
            let month = months[tokens[index + 1].text], tokens[index + 1].text != "may" || index + 2 < tokens.count
        {
            if index + 2 < tokens.count, let year = tokens[index + 2].number, year >= 1900, year <= 2200 {
                return (makeDate(text, index..<(index + 3), year: year, month: month, day: Int(day)), index + 3)
            }
            return nil
        }
        // "7/1/2024" or "2024-07-01"
        if let first = tokens[index].number, index + 4 < tokens.count, tokens[index + 1].text == tokens[index + 3].text,
            ["/", "-"].contains(tokens[index + 1].text), let second = tokens[index + 2].number,
            let third = tokens[index + 4].number, !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore
        {
            if first >= 1900, second >= 1, second <= 12, third >= 1, third <= 31 {
                return (makeDate(text, index..<(index + 5), year: first, month: Int(second), day: Int(third)), index + 5)
            }
            if first >= 1, first <= 12, second >= 1, second <= 31, third >= 1900, third <= 2200 {
                return (makeDate(text, index..<(index + 5), year: third, month: Int(first), day: Int(second)), index + 5)
            }
        }
        return nil
    }

    private static func makeDate(_ text: AnalysedText, _ range: Range<Int>, year: Double?, month: Int, day: Int) -> Quantity {
        let value = Double((Int(year ?? 0)) * 10000 + month * 100 + day)
        return Quantity(
            kind: .date, value: value, unit: "date", qualifier: year == nil ? "no-year" : nil,
            bound: bound(text, before: range.lowerBound, kind: .date), span: text.span(tokens: range),
            text: text.text(tokens: range))
    }

    // MARK: - Money

    private static func money(_ text: AnalysedText, at index: Int) -> (Quantity, Int)? {
        let tokens = text.tokens
        var value: Double
        var end: Int
        if tokens[index].text == "$", index + 1 < tokens.count, let amount = tokens[index + 1].number {
            value = amount
            end = index + 2
            // "$1.5 million"
            if end < tokens.count, let scale = NumberPhrase.scales[tokens[end].text], scale >= 1000 {
                value *= Double(scale)
                end += 1
            }
            if end < tokens.count, tokens[end].text == "dollars" { end += 1 }
        } else if let reading = NumberPhrase.read(tokens, at: index), !isReference(tokens, before: index),
            reading.end < tokens.count, tokens[reading.end].text == "dollars" || tokens[reading.end].text == "dollar"
        {
            value = reading.value
            end = reading.end + 1
            // "four hundred fifty dollars ($450)"
            if let digits = NumberPhrase.parentheticalDigits(tokens, at: end), digits.symbol == "$" {
                value = digits.value
                end = digits.end
            }
            // "twenty dollars and fifty cents"
            if end + 2 < tokens.count, tokens[end].text == "and", let cents = NumberPhrase.read(tokens, at: end + 1),
                cents.end < tokens.count, tokens[cents.end].text == "cents"
            {
                value += cents.value / 100
                end = cents.end + 1
            }
        } else {
            return nil
        }
        var qualifier: String?
        if let (period, rateEnd) = rate(tokens, at: end) {
            qualifier = "per-" + period
            end = rateEnd
        } else if isLumpSum(tokens, around: index, end: end) {
            qualifier = "lump-sum"
        } else if let period = rateBefore(tokens, index) {
            // "a monthly stipend of $450"
            qualifier = "per-" + period
        }
        let range = index..<end
        return (
            Quantity(
                kind: .money, value: value, unit: "USD", qualifier: qualifier,
                bound: bound(text, before: index, kind: .money), span: text.span(tokens: range),
                text: text.text(tokens: range)), end
        )
    }

    /// "per month", "a month", "each semester", "monthly", "per pay period" at `index`.
    private static func rate(_ tokens: [AnalysisToken], at index: Int) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        if let period = adverbRates[tokens[index].text] { return (period, index + 1) }
        var position = index
        if tokens[position].text == "/" {
            position += 1
        } else if ["per", "a", "an", "each", "every"].contains(tokens[position].text) {
            position += 1
        } else {
            return nil
        }
        guard position < tokens.count else { return nil }
        let word = tokens[position].text
        let singular = timeUnits[word] ?? ratePeriods[word].map { _ in word }
        guard let singular, let period = ratePeriods[singular] ?? timeUnits[singular] else {
            return nil
        }
        // "per academic year", "per pay period"
        if (word == "academic" || word == "calendar" || word == "fiscal"), position + 1 < tokens.count,
            tokens[position + 1].text == "year"
        {
            return ("year", position + 2)
        }
        if word == "pay", position + 1 < tokens.count, tokens[position + 1].text == "period" { return ("pay-period", position + 2) }
        if tokens[index].text != "per" && tokens[index].text != "/" && word == "term" { return nil }
        return (period, position + 1)
    }

    /// "monthly", "annual" in the few words before an amount.
    private static func rateBefore(_ tokens: [AnalysisToken], _ index: Int) -> String? {
        for position in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            let word = tokens[position].text
            if let period = adverbRates[word] { return period }
            if word == "annual" { return "year" }
            if tokens[position].kind != .word || ["per", "and", "or", "plus"].contains(word) { return nil }
        }
        return nil
    }

    private static func isLumpSum(_ tokens: [AnalysisToken], around index: Int, end: Int) -> Bool {
        let window = tokens[max(0, index - 6)..<min(tokens.count, end + 3)]
        var previous = ""
        for token in window {
            if previous == "lump" && token.text == "sum" { return true }
            if previous == "one" && token.text == "time" { return true }
            if token.text == "bonus" || token.text == "stipend" && previous == "one-time" { return true }
            if token.kind == .word { previous = token.text } else if token.text != "-" { previous = "" }
        }
        return false
    }

    // MARK: - Numbers with units

    private static func measure(_ text: AnalysedText, at index: Int) -> (Quantity, Int)? {
        let tokens = text.tokens
        guard let reading = NumberPhrase.read(tokens, at: index), !isReference(tokens, before: index) else { return nil }
        var end = reading.end
        var value = reading.value
        guard end <= tokens.count else { return nil }
        // Times of day and ratios: "5:00", "3:1".
        if end < tokens.count, tokens[end].text == ":" || tokens[end].text == "a.m" { return nil }
        if end < tokens.count, ["a", "p"].contains(tokens[end].text), end + 1 < tokens.count, tokens[end + 1].text == "." {
            return nil
        }
        let next = end < tokens.count ? tokens[end] : nil
        // Percentages: "5%", "five percent (5%)", "3.5 per cent".
        if let next, next.text == "%" || next.text == "percent" || (next.text == "per" && end + 1 < tokens.count && tokens[end + 1].text == "cent") {
            end += next.text == "per" ? 2 : 1
            if let digits = NumberPhrase.parentheticalDigits(tokens, at: end), digits.symbol == "%" || digits.symbol == nil {
                value = digits.value
                end = digits.end
            }
            if end < tokens.count, tokens[end].text == "points" || tokens[end].text == "point" { end += 1 }
            return (make(text, .percentage, value, "%", nil, index..<end), end)
        }
        // FTE: "0.50 FTE", "one full-time equivalent".
        if let next, next.text == "fte" {
            return (make(text, .fte, value, "FTE", nil, index..<(end + 1)), end + 1)
        }
        if let next, next.text == "full", end + 3 < tokens.count, tokens[end + 1].text == "-" || tokens[end + 1].text == "time",
            let last = tokens[(end + 1)...].prefix(3).firstIndex(where: { $0.text == "equivalent" })
        {
            return (make(text, .fte, value, "FTE", nil, index..<(last + 1)), last + 1)
        }
        // Durations and hours: "ten (10) working days", "30-day", "six months", "twenty (20) hours per week".
        var position = end
        if position < tokens.count, tokens[position].text == "-" { position += 1 }
        var qualifier: String?
        if position < tokens.count, let kind = dayQualifiers[tokens[position].text], position + 1 < tokens.count {
            var unitPosition = position + 1
            if tokens[unitPosition].text == "-" { unitPosition += 1 }
            if unitPosition < tokens.count, timeUnits[tokens[unitPosition].text] != nil {
                qualifier = kind
                position = unitPosition
            }
        }
        if position < tokens.count, let unit = timeUnits[tokens[position].text] {
            // "year's", "years of service" are fine; a bare year number is not a duration.
            end = position + 1
            // "(10) business days" — a qualifier after the unit is not English; "days' notice" is fine.
            if end < tokens.count, tokens[end].text == "'" { end += 1 }
            let kind: QuantityKind = unit == "hour" || unit == "minute" ? .hours : .duration
            if let (period, rateEnd) = rate(tokens, at: end), period != unit {
                if qualifier == nil { qualifier = "per-" + period }
                end = rateEnd
            }
            return (make(text, kind, value, unit, qualifier, index..<end), end)
        }
        // Counts: "three (3) representatives", "five employees".
        guard reading.words ? (reading.confirmed || value >= 2) : (value == value.rounded() && !(value >= 1900 && value <= 2200))
        else { return nil }
        var nounPosition = end
        if nounPosition < tokens.count, countAdjectives.contains(tokens[nounPosition].text) { nounPosition += 1 }
        guard nounPosition < tokens.count, tokens[nounPosition].kind == .word else { return nil }
        let noun = tokens[nounPosition].text
        guard !notCounted.contains(noun), !NumberPhrase.isNumberWord(noun), months[noun] == nil, noun.count > 1,
            !noun.hasSuffix("ly")
        else { return nil }
        // A single number word counts only things written in the plural ("two employees", not "one day" — handled above).
        if reading.words, !reading.confirmed, !noun.hasSuffix("s") { return nil }
        return (make(text, .count, value, singular(noun), nil, index..<(nounPosition + 1)), nounPosition + 1)
    }

    private static func make(
        _ text: AnalysedText, _ kind: QuantityKind, _ value: Double, _ unit: String, _ qualifier: String?, _ range: Range<Int>
    ) -> Quantity {
        Quantity(
            kind: kind, value: value, unit: unit, qualifier: qualifier, bound: bound(text, before: range.lowerBound, kind: kind),
            span: text.span(tokens: range), text: text.text(tokens: range))
    }

    /// True when the number at `index` names a thing ("Article 12", "Section 3.8").
    private static func isReference(_ tokens: [AnalysisToken], before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if previous.kind == .word { return referenceWords.contains(previous.text) }
        if previous.text == "§" || previous.text == "#" { return true }
        // "F-1", "J-1", "H-1B": a visa class, not a count.
        if previous.text == "-", !tokens[index].spaceBefore, index >= 2, tokens[index - 2].kind == .word, !previous.spaceBefore {
            return true
        }
        // "(b)(2)", "13.8." list labels.
        if previous.text == "(", index + 1 < tokens.count, tokens[index + 1].text == ")", tokens[index].kind == .number,
            index >= 2 && tokens[index - 2].kind != .word
        {
            return true
        }
        return false
    }

    /// The bound written just before a quantity: "within", "at least", "no more than", "up to".
    private static func bound(_ text: AnalysedText, before index: Int, kind: QuantityKind) -> String? {
        let tokens = text.tokens
        var words: [String] = []
        var position = index - 1
        while position >= 0, words.count < 3 {
            let token = tokens[position]
            if token.text == "$" { position -= 1; continue }
            guard token.kind == .word else { break }
            words.insert(token.text, at: 0)
            position -= 1
        }
        func ends(_ phrase: [String]) -> Bool { words.count >= phrase.count && Array(words.suffix(phrase.count)) == phrase }
        if ends(["within"]) { return "within" }
        for phrase in [["at", "least"], ["not", "less", "than"], ["no", "less", "than"], ["minimum", "of"], ["no", "fewer", "than"], ["not", "fewer", "than"]]
        where ends(phrase) { return "at-least" }
        for phrase in [["no", "more", "than"], ["not", "more", "than"], ["to", "exceed"], ["up", "to"], ["maximum", "of"], ["no", "later", "than"], ["not", "later", "than"]]
        where ends(phrase) { return "at-most" }
        return nil
    }

    private static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("s"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
