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
}
