import Foundation

/// Produces contract-like text, either from a built-in Zipf vocabulary of
/// contract words or, when given, from the paragraphs of real text files
/// (e.g. `corpora/*.txt`), which are then cycled through.
public struct ContractGenerator: Sendable {
    public let vocabulary: Vocabulary
    /// Paragraphs (as word lists) of the text files, when used.
    public let corpusParagraphs: [[String]]

    /// - Parameter corpusTexts: plain texts to draw paragraphs from; empty for
    ///   the built-in vocabulary.
    public init(corpusTexts: [String] = [], vocabulary: Vocabulary = Vocabulary()) {
        self.vocabulary = vocabulary
        var paragraphs: [[String]] = []
        for text in corpusTexts {
            for block in text.components(separatedBy: "\n\n") {
                let words = block.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
                if words.count >= 3 { paragraphs.append(words) }
            }
        }
        corpusParagraphs = paragraphs
    }

    /// A generator over given paragraphs (word lists).
    public init(corpusParagraphs: [[String]], vocabulary: Vocabulary = Vocabulary()) {
        self.vocabulary = vocabulary
        self.corpusParagraphs = corpusParagraphs
    }

    /// Two generators over disjoint halves of the corpus paragraphs (or two
    /// copies of this one when it uses the built-in vocabulary).
    public func split() -> (ContractGenerator, ContractGenerator) {
        guard corpusParagraphs.count >= 2 else { return (self, self) }
        let half = corpusParagraphs.count / 2
        return (
            ContractGenerator(corpusParagraphs: Array(corpusParagraphs[..<half]), vocabulary: vocabulary),
            ContractGenerator(corpusParagraphs: Array(corpusParagraphs[half...]), vocabulary: vocabulary)
        )
    }

    /// Loads every `.txt` file under `directory` (recursively), sorted by path.
    public static func corpusTexts(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var urls: [URL] = []
        for case let url as URL in walker where url.pathExtension == "txt" { urls.append(url) }
        return urls.sorted { $0.path < $1.path }.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    public var usesCorpus: Bool { !corpusParagraphs.isEmpty }

    static let titleWords = [
        "RECOGNITION", "DEFINITIONS", "APPOINTMENTS", "HOURS", "OF", "WORK", "WAGES", "BENEFITS", "LEAVES",
        "ABSENCE", "GRIEVANCE", "PROCEDURE", "ARBITRATION", "DISCIPLINE", "LAYOFF", "SENIORITY", "HEALTH", "AND",
        "SAFETY", "UNION", "RIGHTS", "MANAGEMENT", "DURATION", "TRAINING", "WORKLOAD", "HOLIDAYS", "VACATION",
    ]

    /// An article title of two to four upper-case words.
    public func title(_ random: inout SeededRandom) -> String {
        (0..<(2 + random.below(3))).map { _ in Self.titleWords[random.below(Self.titleWords.count)] }
            .joined(separator: " ")
    }

    /// One sentence of the built-in generator.
    public func sentence(_ random: inout SeededRandom) -> [String] {
        let length = 8 + random.below(25)
        var words: [String] = []
        words.reserveCapacity(length + 4)
        while words.count < length {
            switch random.below(60) {
            case 0:
                let n = [5, 10, 14, 15, 30, 45, 60, 90][random.below(8)]
                let spelled = [5: "five", 10: "ten", 14: "fourteen", 15: "fifteen", 30: "thirty", 45: "forty-five", 60: "sixty", 90: "ninety"][n]!
                words += [spelled, "(\(n))", ["calendar", "working", "business"][random.below(3)], "days"]
            case 1:
                words.append("$\(1 + random.below(9)),\(random.below(10))00")
            case 2:
                words.append("\(1 + random.below(6)).\(random.below(10))%")
            case 3:
                words += ["Article", "\(1 + random.below(60))"]
            case 4:
                words += ["Section", "\(1 + random.below(60)).\(1 + random.below(12))"]
            default:
                var word = vocabulary.draw(&random)
                if random.chance(0.04) { word += "," }
                words.append(word)
            }
        }
        if let first = words.first, let c = first.first, c.isLowercase {
            words[0] = c.uppercased() + first.dropFirst()
        }
        var last = words[words.count - 1]
        while last.hasSuffix(",") { last.removeLast() }
        words[words.count - 1] = last + (random.chance(0.1) ? ";" : ".")
        return words
    }

    /// A paragraph of about `words` words.
    public func paragraph(words target: Int, _ random: inout SeededRandom) -> [String] {
        if usesCorpus {
            var words: [String] = []
            var index = random.below(corpusParagraphs.count)
            while words.count < target / 2 || words.isEmpty {
                words += corpusParagraphs[index]
                index = (index + 1) % corpusParagraphs.count
                if words.count >= target { break }
            }
            return words
        }
        var words: [String] = []
        while words.count < target { words += sentence(&random) }
        return words
    }

    /// An article of about `words` words in paragraphs labelled "n.1", "n.2", …
    public func article(number: Int, words target: Int, _ random: inout SeededRandom) -> Contract.Article {
        var paragraphs: [[String]] = []
        var total = 0
        while total < target {
            let size = min(40 + random.below(160), max(8, target - total))
            var paragraph = paragraph(words: size, &random)
            paragraph.insert("\(number).\(paragraphs.count + 1)", at: 0)
            total += paragraph.count
            paragraphs.append(paragraph)
        }
        return Contract.Article(number: number, title: title(&random), paragraphs: paragraphs)
    }

    /// A contract of `articles` articles of about `wordsPerArticle` words each.
    public func contract(articles: Int, wordsPerArticle: Int, _ random: inout SeededRandom) -> Contract {
        Contract(articles: (1...articles).map { number in
            let words = wordsPerArticle / 2 + random.below(wordsPerArticle + 1)
            return article(number: number, words: words, &random)
        })
    }
}
