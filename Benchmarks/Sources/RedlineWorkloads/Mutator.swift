/// Deterministic edits that turn one contract version into the next.
public struct Mutator: Sendable {
    public let generator: ContractGenerator

    public init(generator: ContractGenerator) { self.generator = generator }

    /// Scattered word edits: each word (but not paragraph labels) is, with
    /// probability `rate`, replaced (50 %), followed by an inserted word
    /// (25 %) or deleted (25 %).
    ///
    /// - Returns: the number of edits made.
    @discardableResult
    public func editWords(_ contract: inout Contract, rate: Double, _ random: inout SeededRandom) -> Int {
        var edits = 0
        for a in contract.articles.indices {
            for p in contract.articles[a].paragraphs.indices {
                let words = contract.articles[a].paragraphs[p]
                var out: [String] = []
                out.reserveCapacity(words.count + 4)
                for (index, word) in words.enumerated() {
                    guard index > 0, random.chance(rate) else {
                        out.append(word)
                        continue
                    }
                    edits += 1
                    let roll = random.below(4)
                    if roll < 2 {
                        var replacement = generator.vocabulary.draw(&random)
                        if let last = word.last, last == "." || last == "," || last == ";" { replacement.append(last) }
                        out.append(replacement)
                    } else if roll == 2 {
                        out.append(word)
                        out.append(generator.vocabulary.draw(&random))
                    }  // else: deleted
                }
                if out.isEmpty { out = words }
                contract.articles[a].paragraphs[p] = out
            }
        }
        return edits
    }

    /// Moves `count` paragraphs, each to a different article at least a
    /// quarter of the contract away.
    public func moveParagraphs(_ contract: inout Contract, count: Int, _ random: inout SeededRandom) {
        let n = contract.articles.count
        guard n >= 4 else { return }
        for _ in 0..<count {
            let from = random.below(n)
            guard contract.articles[from].paragraphs.count > 1 else { continue }
            let p = random.below(contract.articles[from].paragraphs.count)
            let paragraph = contract.articles[from].paragraphs.remove(at: p)
            let to = (from + n / 4 + random.below(n / 2)) % n
            let at = random.below(contract.articles[to].paragraphs.count + 1)
            contract.articles[to].paragraphs.insert(paragraph, at: at)
        }
    }

    /// Renumbers one article: its heading and its paragraph labels ("12.3" → "61.3").
    public func renumber(_ contract: inout Contract, article index: Int, to number: Int) {
        let old = contract.articles[index].number
        contract.articles[index].number = number
        for p in contract.articles[index].paragraphs.indices {
            if let label = contract.articles[index].paragraphs[p].first, label.hasPrefix("\(old).") {
                contract.articles[index].paragraphs[p][0] = "\(number)." + label.dropFirst("\(old).".count)
            }
        }
    }
}
