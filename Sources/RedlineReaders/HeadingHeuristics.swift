import Foundation
import RedlineModel

/// Decides whether a short line of text reads as a heading rather than a sentence.
enum HeadingHeuristics {
    private static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "-", "–", "—", "&",
    ]

    /// The largest number of words a heading has.
    static let maxHeadingWords = 14

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// True when the letters are uppercase: all of them in short text, and all but a few
    /// ("INFORMATION ABOUT ASEs") in text of eight letters or more.
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        var lower = 0
        // ASCII text is decided on its bytes (each byte one character; Character properties cost
        // far more); anything else character by character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if byte >= 0x61 && byte <= 0x7A {
                    lower += 1
                    letters += 1
                } else if byte >= 0x41 && byte <= 0x5A {
                    letters += 1
                }
            }
            guard letters >= 2 else { return false }
            return letters < 8 ? lower == 0 : Double(lower) <= Double(letters) * 0.1
        }
        for char in text where char.isLetter {
            if char.isLowercase { lower += 1 }
            letters += 1
        }
        guard letters >= 2 else { return false }
        return letters < 8 ? lower == 0 : Double(lower) <= Double(letters) * 0.1
    }

    /// True when most significant words start with a capital letter.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { word in
            word.contains(where: \.isLetter) && !smallWords.contains(word.lowercased())
        }
        guard !words.isEmpty else { return false }
        let capitalised = words.filter { $0.first(where: \.isLetter)?.isUppercase == true }.count
        return Double(capitalised) / Double(words.count) >= 0.75
    }

    /// True when all the non-space text of `runs` is bold.
    static func isWhollyBold(_ runs: [InlineRun]) -> Bool {
        var sawText = false
        for run in runs where run.text.contains(where: { !$0.isWhitespace }) {
            if !run.style.contains(.bold) { return false }
            sawText = true
        }
        return sawText
    }

    /// Whether `runs` reads as a heading.
    ///
    /// - Parameters:
    ///   - isHeadingElement: the source marks the block as a heading.
    ///   - introducesText: the next block is body text, which a heading usually introduces.
    static func isHeading(_ runs: [InlineRun], isHeadingElement: Bool, introducesText: Bool) -> Bool {
        // Long passages are never headings; decide before any string work.
        if runs.reduce(0, { $0 + $1.text.utf8.count }) > 600 { return false }
        let text = runs.map(\.text).joined().trimmingWhitespace()
        guard !text.isEmpty else { return false }
        if isHeadingElement { return wordCount(text) <= 40 }
        let words = wordCount(text)
        guard words <= maxHeadingWords else { return false }
        let last = text.last!
        if isAllCaps(text) { return last != "," }
        if ".;,".contains(last) { return false }
        if isWhollyBold(runs) { return true }
        return introducesText && isTitleCase(text) && words >= 1
    }

    /// Splits a run-in heading written in plain text: "Probationary Period. New employees serve…"
    /// gives "Probationary Period" and "New employees serve…". The lead-in must be a short title-case
    /// phrase (at most six words, every significant word capitalised) ending in a period, followed by
    /// a sentence that starts with a capital letter. With `sentenceCase` (the clause's siblings have
    /// run-in headings: "3.9 Layoff Order." then "3.10 Notice to employees."), only the first word
    /// needs its capital.
    static func plainRunInHeading(_ runs: [InlineRun], sentenceCase: Bool = false) -> (heading: [InlineRun], text: [InlineRun])? {
        let text = runs.map(\.text).joined()
        // Found in the bytes (Foundation's `range(of:)` costs a hundred times more on long paragraphs).
        guard let period = text.utf8.firstRange(of: [0x2E, 0x20]) else { return nil }
        let lead = String(text[..<period.lowerBound])
        let rest = text[period.upperBound...]
        let words = wordCount(lead)
        guard words >= 1, words <= 6, sentenceCase || isTitleCase(lead), !lead.contains(where: { ",;:()".contains($0) }),
            lead.first?.isUppercase == true, rest.first?.isUppercase == true,
            // Sentences, not headings, start with articles and determiners ("The Union.").
            !["The", "A", "An", "This", "That", "Each", "Any", "All", "No", "Such"].contains(
                String(lead.prefix { $0 != " " })),
            !lead.split(separator: " ").contains(where: { $0.count == 1 && $0.first?.isLetter == true && words == 1 }),
            // "Martin Luther King Jr. Day;" — the period ends an abbreviation, not a heading,
            // and a heading introduces a sentence, not a fragment.
            !endsWithAbbreviation(lead), wordCount(String(rest)) >= 3
        else { return nil }
        let leadLength = lead.unicodeScalars.count
        let (head, tail) = splitRuns(runs, at: leadLength)
        return (trimRuns(head), trimRuns(tail, leading: ["."]))
    }

    /// Abbreviations that end with a period inside a sentence.
    private static let abbreviations: Set<String> = [
        "jr", "sr", "dr", "mr", "mrs", "ms", "st", "no", "nos", "inc", "ltd", "co", "corp", "vs", "etc", "mt", "ave",
        "dept", "univ", "prof", "gov", "sec", "art", "approx", "ph.d", "u.s", "e.g", "i.e",
    ]

    /// True when `lead` ends with an abbreviation or an initial ("J").
    static func endsWithAbbreviation(_ lead: String) -> Bool {
        guard let last = lead.split(separator: " ").last else { return false }
        if last.count == 1, last.first?.isUppercase == true { return true }
        return abbreviations.contains(last.lowercased())
    }

    /// Splits a run-in heading from its text: "**Eligibility.** Employees who…" gives
    /// "Eligibility" and "Employees who…". Only bold or italic lead-ins count; underline
    /// marks added text in proposals.
    static func runInHeading(_ runs: [InlineRun]) -> (heading: [InlineRun], text: [InlineRun])? {
        var headingRuns: [InlineRun] = []
        var index = 0
        while index < runs.count, runs[index].style.contains(.bold) || runs[index].text.allSatisfy(\.isWhitespace) {
            headingRuns.append(runs[index])
            index += 1
        }
        let heading = headingRuns.map(\.text).joined().trimmingWhitespace()
        let rest = Array(runs[index...])
        guard !heading.isEmpty, !rest.isEmpty, wordCount(heading) <= 12,
            rest.map(\.text).joined().contains(where: \.isLetter)
        else { return nil }
        let cleaned = trimRuns(headingRuns).map { run in run }
        var trimmedHeading = cleaned
        if let last = trimmedHeading.last, let char = last.text.last, ".:–—-".contains(char) {
            trimmedHeading[trimmedHeading.count - 1] = InlineRun(
                String(last.text.dropLast()), style: last.style, link: last.link)
            trimmedHeading = trimRuns(trimmedHeading)
        }
        return (trimmedHeading, trimRuns(rest, leading: ["–", "—", "-", ":"]))
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
