/// Reads English number words: "ten", "twenty-five", "one hundred twenty", "one thousand five hundred".
enum NumberWords {
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

    /// True when `word` (lowercased) is a number word.
    static func isNumberWord(_ word: String) -> Bool {
        units[word] != nil || tens[word] != nil || scales[word] != nil
    }

    /// The value of a phrase of number words ("one hundred and twenty"), or nil when it is not one.
    static func value(of phrase: String) -> Int? {
        let words = phrase.lowercased().split { $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" || $0.isNewline }
            .map(String.init).filter { $0 != "and" }
        guard !words.isEmpty else { return nil }
        var total = 0
        var current = 0
        var sawNumber = false
        for word in words {
            if let value = units[word] {
                current += value
            } else if let value = tens[word] {
                current += value
            } else if word == "hundred" {
                current = max(current, 1) * 100
            } else if let scale = scales[word] {
                total += max(current, 1) * scale
                current = 0
            } else {
                return nil
            }
            sawNumber = true
        }
        return sawNumber ? total + current : nil
    }

    /// The value of the longest well-formed number at the end of `phrase`: "one thirty" (one
    /// thirty-minute session) is thirty, "one hundred twenty" is 120, "twenty-five" is 25.
    static func valueOfLongestNumber(endingPhrase phrase: String) -> Int? {
        let words = phrase.lowercased().split { $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" || $0.isNewline }
            .map(String.init)
        for start in words.indices where isWellFormed(Array(words[start...])) {
            return value(of: words[start...].joined(separator: " "))
        }
        return nil
    }

    /// True when the words make one English number: a unit or ten is followed only by a scale or
    /// (after a ten) a unit below ten; "and" only after a scale.
    static func isWellFormed(_ words: [String]) -> Bool {
        guard let first = words.first, first != "and", scales[first] == nil else { return false }
        var previous = ""
        for word in words {
            switch previous {
            case "": break
            case _ where scales[previous] != nil:
                if scales[word] != nil && (scales[word] ?? 0) <= (scales[previous] ?? 0) { return false }
            case "and":
                if word == "and" || scales[word] != nil { return false }
            case _ where tens[previous] != nil:
                guard let unit = units[word], unit >= 1, unit <= 9 else {
                    if scales[word] == nil { return false }
                    break
                }
            case _ where units[previous] != nil:
                if scales[word] == nil { return false }
            default:
                return false
            }
            if word == "and", scales[previous] == nil { return false }
            previous = word
        }
        return previous != "and"
    }
}
