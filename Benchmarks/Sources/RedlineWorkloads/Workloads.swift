import Foundation
/// The four benchmark workloads, generated deterministically.
///
/// * **W1** — one article of ~2,000 words with 5 % word edits.
/// * **W2** — a contract of ~100,000 words in 60 articles with 2 % scattered
///   word edits, three moved paragraphs and one renumbered article.
/// * **W3** — two unrelated texts of ~20,000 words each.
/// * **W4** — 500 article pairs of ~1,500 words each (3 % word edits).
public struct Workloads: Sendable {
    public struct Pair: Sendable {
        public var name: String
        public var old: String
        public var new: String
    }

    public let generator: ContractGenerator

    /// - Parameter corpusTexts: real texts to draw paragraphs from (see
    ///   ``ContractGenerator``); empty for the built-in vocabulary.
    public init(corpusTexts: [String] = []) {
        generator = ContractGenerator(corpusTexts: corpusTexts)
    }

    /// `<package root>/corpora` for a benchmark source file at `Benchmarks/Benchmarks/<Suite>/<file>.swift`
    /// (pass `#filePath`).
    public static func corporaDirectory(besideBenchmark filePath: String) -> String {
        var url = URL(fileURLWithPath: filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // file, suite folder, Benchmarks, Benchmarks
        return url.appendingPathComponent("corpora").path
    }

    /// Uses the `.txt` files under `corporaDirectory` when there are any.
    public init(corporaDirectory: String?) {
        self.init(corpusTexts: corporaDirectory.map { ContractGenerator.corpusTexts(under: $0) } ?? [])
    }

    public func w1() -> Pair {
        var random = SeededRandom(seed: 101)
        let article = generator.article(number: 7, words: 2_000, &random)
        var new = Contract(articles: [article])
        Mutator(generator: generator).editWords(&new, rate: 0.05, &random)
        return Pair(name: "W1", old: Contract(articles: [article]).render(), new: new.render())
    }

    public func w2() -> Pair {
        var random = SeededRandom(seed: 202)
        let old = generator.contract(articles: 60, wordsPerArticle: 1_667, &random)
        var new = old
        let mutator = Mutator(generator: generator)
        mutator.editWords(&new, rate: 0.02, &random)
        mutator.moveParagraphs(&new, count: 3, &random)
        mutator.renumber(&new, article: 41, to: 61)
        return Pair(name: "W2", old: old.render(), new: new.render())
    }

    public func w3() -> Pair {
        var first = SeededRandom(seed: 303)
        var second = SeededRandom(seed: 304)
        // From real text, the two sides draw on disjoint halves of the corpus.
        let (left, right) = generator.split()
        let a = left.contract(articles: 13, wordsPerArticle: 1_540, &first)
        let b = right.contract(articles: 13, wordsPerArticle: 1_540, &second)
        return Pair(name: "W3", old: a.render(), new: b.render())
    }

    public func w4(count: Int = 500) -> [Pair] {
        var random = SeededRandom(seed: 404)
        let mutator = Mutator(generator: generator)
        return (0..<count).map { index in
            let article = generator.article(number: 1 + index % 60, words: 1_500, &random)
            var new = Contract(articles: [article])
            mutator.editWords(&new, rate: 0.03, &random)
            let digits = String(index + 1)
            let name = "article-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            return Pair(name: name, old: Contract(articles: [article]).render(), new: new.render())
        }
    }
}
