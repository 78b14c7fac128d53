import Foundation

/// A Zipf-distributed vocabulary of contract words: a few hundred real
/// function and legal words at the head, and a long tail of synthesised
/// words, so that (as in real prose) most words are frequent and some are
/// rare or unique.
public struct Vocabulary: Sendable {
    public let words: [String]
    private let cumulative: [Double]

    static let head: [String] = """
        the of and to a in shall be or any by for this as Agreement University Union employee employees \
        not with that such on under at may its which other an is from all will who than within days \
        written notice provided Article Section parties grievance time period employment appointment \
        the the the of of and to shall be employee's Employer work hours pay salary rate leave benefits \
        department supervisor request decision arbitrator arbitration final binding except herein thereof \
        pursuant accordance applicable calendar working business effective date prior following upon \
        without after before during each either both whether if when where unless until no more less \
        than least most including limited reasonable unreasonably withheld approval designee Step appeal \
        response respond meeting representative steward committee Labor Relations Office Human Resources \
        personnel file evaluation discipline dismissal cause just progressive warning suspension \
        termination reassignment layoff recall seniority classification title position vacancy posting \
        selection qualified applicant training orientation probationary period completion renewal \
        reappointment fee remission tuition health insurance dental vision childcare reimbursement \
        travel expenses allowance stipend overtime compensation holiday vacation sick family medical \
        bereavement jury duty military parental accommodation disability safety workload assignment \
        class section course instructor faculty student students undergraduate graduate academic year \
        quarter semester term summer session campus system-wide local information data confidential \
        release disclosure records copy copies electronic mail e-mail address telephone non-grievable \
        non-discrimination harassment complaint investigation findings remedy back retroactive \
        immediately promptly timely extension waiver mutual consent agree agreed agreement's side letter \
        memorandum understanding appendix schedule table rates increase increased adjustment percent \
        amount amounts total maximum minimum hourly monthly annual biweekly full-time part-time \
        percentage FTE one two three four five ten fifteen thirty sixty ninety (1) (2) (3) (5) (10) \
        (15) (30) (60) (90)
        """.split(separator: " ").map(String.init)

    /// Builds a vocabulary of `size` words with Zipf exponent `exponent`.
    ///
    /// - Complexity: O(`size`).
    public init(size: Int = 6_000, exponent: Double = 1.05, seed: UInt64 = 1) {
        var random = SeededRandom(seed: seed)
        var words = Vocabulary.head
        let onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "st", "pr", "tr", "cl", "gr", "ch", "in", "re", "con", "de", "ex"]
        let vowels = ["a", "e", "i", "o", "u", "io", "ea", "ou"]
        let codas = ["", "n", "r", "s", "t", "l", "m", "nt", "st", "ct", "rd"]
        let suffixes = ["", "", "", "ion", "ment", "ity", "al", "ive", "ance", "ed", "ing", "ary", "ure", "ness", "ship", "able"]
        var seen = Set(words)
        while words.count < size {
            var word = ""
            for _ in 0..<(1 + random.below(3)) {
                word += onsets[random.below(onsets.count)] + vowels[random.below(vowels.count)] + codas[random.below(codas.count)]
            }
            word += suffixes[random.below(suffixes.count)]
            if seen.insert(word).inserted { words.append(word) }
        }
        self.words = words
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(words.count)
        for rank in 1...words.count {
            total += 1.0 / pow(Double(rank), exponent)
            cumulative.append(total)
        }
        self.cumulative = cumulative.map { $0 / total }
    }

    /// Draws a word.
    ///
    /// - Complexity: O(log *n*).
    public func draw(_ random: inout SeededRandom) -> String {
        let u = Double(random.next() >> 11) / Double(1 << 53)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < u { lo = mid + 1 } else { hi = mid }
        }
        return words[lo]
    }
}
