/// Reads a number written in words or digits at a token position: "ten", "twenty-five",
/// "one hundred and twenty", "1,250.50", and the contract habit "ninety (90)", where the digits in
/// parentheses confirm the words (the digits win when the two disagree).
///
/// `RedlineChecks` has its own `NumberWords` over strings (it compares the words with the digits);
/// this one works on ``AnalysisToken``s so that a scan never builds a string per phrase.
enum NumberPhrase {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    static let scales: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]
    static let fractions: [String: Double] = ["half": 0.5, "quarter": 0.25]

    /// A number read at a position.
    struct Reading {
        /// The value.
        var value: Double
        /// First token of the number.
        var first: Int
        /// Token just after the number (after the closing parenthesis of "ninety (90)").
        var end: Int
        /// True when it was written in words (with or without confirming digits).
        var words: Bool
        /// True when written "ninety (90)" or "five percent (5%)"-style with confirming digits.
        var confirmed: Bool
    }

    /// True when `word` is a number word.
    static func isNumberWord(_ word: String) -> Bool {
        units[word] != nil || tens[word] != nil || scales[word] != nil
    }

    /// The number starting at token `index`, if one does.
    ///
    /// - Complexity: O(*k*) in the length of the number.
    static func read(_ tokens: [AnalysisToken], at index: Int) -> Reading? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number, let value = token.number {
            return Reading(value: value, first: index, end: index + 1, words: false, confirmed: false)
        }
        guard token.kind == .word, units[token.text] != nil || tens[token.text] != nil else { return nil }
        var total = 0
        var current = 0
        var position = index
        var last = index
        var previousWasTen = false
        while position < tokens.count {
            let word = tokens[position]
            if word.kind == .symbol && word.text == "-" && previousWasTen && position + 1 < tokens.count
                && !tokens[position + 1].spaceBefore
            {
                position += 1
                continue
            }
            guard word.kind == .word else { break }
            if let value = units[word.text] {
                if current % 10 != 0 && current > 0 { break }
                if current >= 10 && current < 20 { break }
                current += value
                previousWasTen = false
            } else if let value = tens[word.text] {
                if current % 100 != 0 { break }
                current += value
                previousWasTen = true
            } else if word.text == "hundred" {
                current = max(current, 1) * 100
                previousWasTen = false
            } else if let scale = scales[word.text] {
                total += max(current, 1) * scale
                current = 0
                previousWasTen = false
            } else if word.text == "and", position + 1 < tokens.count, current % 100 == 0 || total > 0,
                isNumberWord(tokens[position + 1].text), current >= 100 || total > 0
            {
                position += 1
                continue
            } else {
                break
            }
            last = position
            position += 1
        }
        var reading = Reading(value: Double(total + current), first: index, end: last + 1, words: true, confirmed: false)
        // "one and a half", "two and one-half".
        if reading.end + 2 < tokens.count, tokens[reading.end].text == "and",
            ["a", "one"].contains(tokens[reading.end + 1].text)
        {
            var position = reading.end + 2
            if tokens[position].text == "-", position + 1 < tokens.count { position += 1 }
            if let fraction = fractions[tokens[position].text] {
                reading.value += fraction
                reading.end = position + 1
                return reading
            }
        }
        // "ninety (90)" and "five percent (5%)": digits in parentheses right after.
        if let confirmed = parentheticalDigits(tokens, at: reading.end) {
            reading.value = confirmed.value
            reading.end = confirmed.end
            reading.confirmed = true
        }
        return reading
    }

    /// "(90)" or "(5%)" or "($450)" at `index`: the value and the token after ")".
    static func parentheticalDigits(_ tokens: [AnalysisToken], at index: Int) -> (value: Double, end: Int, symbol: String?)? {
        guard index + 2 < tokens.count, tokens[index].text == "(" else { return nil }
        var position = index + 1
        var symbol: String?
        if tokens[position].kind == .symbol, tokens[position].text == "$" {
            symbol = "$"
            position += 1
        }
        guard position < tokens.count, let value = tokens[position].number else { return nil }
        position += 1
        if position < tokens.count, tokens[position].text == "%" {
            symbol = "%"
            position += 1
        }
        guard position < tokens.count, tokens[position].text == ")" else { return nil }
        return (value, position + 1, symbol)
    }
}
