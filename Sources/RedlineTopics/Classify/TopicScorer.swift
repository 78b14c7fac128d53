import Foundation

/// Turns signals and model sums into probabilities, one per clause and topic, with the combiners.
///
/// Article: σ(w₀ + w₁·heading + w₂·log(1 + rules) + w₃·margin).
/// Clause: σ(w₀ + w₁·own heading + w₂·log(1 + rules) + w₃·margin + w₄·P(article) + w₅·section heading).
struct TopicScorer {
    /// Meta-features of an article for one topic.
    static func articleFeatures(
        _ signals: DocumentSignals, article: Int, topic: Int, dots: [ClauseDots], bias: [Double]
    ) -> [Double] {
        let entry = signals.articles[article]
        let node = signals.nodes[entry.node]
        let heading = node.headingTopics.contains { $0.topic == topic } ? 1.0 : 0
        var dot = 0.0
        var total = 0.0
        for index in entry.range {
            dot += dots[index].dots[topic]
            total += dots[index].total
        }
        let margin = bias[topic] + (total > 0 ? dot / total.squareRoot() : 0)
        return [1, heading, log1p(entry.ruleScores[topic]), margin]
    }

    /// Meta-features of a clause below an article for one topic.
    static func clauseFeatures(
        _ signals: DocumentSignals, node index: Int, topic: Int, dots: [ClauseDots], bias: [Double],
        articleProbability: Double
    ) -> [Double] {
        let node = signals.nodes[index]
        let heading = node.headingTopics.contains { $0.topic == topic } ? 1.0 : 0
        let section = node.sectionHeadings[topic] != nil ? 1.0 : 0
        let clause = dots[index]
        let margin = bias[topic] + (clause.total > 0 ? clause.dots[topic] / clause.total.squareRoot() : 0)
        return [1, heading, log1p(node.ruleScores[topic]), margin, articleProbability, section]
    }

    /// Probabilities for every node (articles with the article combiner, clauses with the clause combiner).
    ///
    /// Computes the same sums as ``articleFeatures`` and ``clauseFeatures`` without building arrays,
    /// since it runs for every clause and topic.
    static func probabilities(
        _ signals: DocumentSignals, dots: [ClauseDots], bias: [Double], articleCombiner: [Double],
        clauseCombiner: [Double]
    ) -> [[Double]] {
        let topicCount = bias.count
        var result = [[Double]](repeating: [], count: signals.nodes.count)
        var headingFlags = [Double](repeating: 0, count: topicCount)
        for article in signals.articles {
            var sums = [Double](repeating: 0, count: topicCount)
            var total = 0.0
            for index in article.range {
                let clause = dots[index]
                total += clause.total
                for topic in 0..<topicCount { sums[topic] += clause.dots[topic] }
            }
            let scale = total > 0 ? 1 / total.squareRoot() : 0
            let articleNode = signals.nodes[article.node]
            for topic in 0..<topicCount { headingFlags[topic] = 0 }
            for match in articleNode.headingTopics { headingFlags[match.topic] = 1 }
            var articleProbabilities = [Double](repeating: 0, count: topicCount)
            for topic in 0..<topicCount {
                let margin = bias[topic] + sums[topic] * scale
                let z =
                    articleCombiner[0] + articleCombiner[1] * headingFlags[topic]
                    + articleCombiner[2] * log1p(article.ruleScores[topic]) + articleCombiner[3] * margin
                articleProbabilities[topic] = LinearTopicModel.sigmoid(z)
            }
            result[article.node] = articleProbabilities
            for index in article.range where index != article.node {
                let node = signals.nodes[index]
                let clause = dots[index]
                let clauseScale = clause.total > 0 ? 1 / clause.total.squareRoot() : 0
                for topic in 0..<topicCount { headingFlags[topic] = 0 }
                for match in node.headingTopics { headingFlags[match.topic] = 1 }
                var probabilities = [Double](repeating: 0, count: topicCount)
                for topic in 0..<topicCount {
                    let margin = bias[topic] + clause.dots[topic] * clauseScale
                    let section = node.sectionHeadings[topic] != nil ? 1.0 : 0
                    let rules = node.ruleScores[topic]
                    let z =
                        clauseCombiner[0] + clauseCombiner[1] * headingFlags[topic]
                        + clauseCombiner[2] * (rules > 0 ? log1p(rules) : 0) + clauseCombiner[3] * margin
                        + clauseCombiner[4] * articleProbabilities[topic] + clauseCombiner[5] * section
                    probabilities[topic] = LinearTopicModel.sigmoid(z)
                }
                result[index] = probabilities
            }
        }
        return result
    }

    /// The topics given for one node: every topic at or above the threshold, and always the most likely one.
    static func chosen(_ probabilities: [Double], threshold: Double) -> [Int] {
        guard let best = probabilities.indices.max(by: { (probabilities[$0], -$0) < (probabilities[$1], -$1) }) else {
            return []
        }
        var picked = probabilities.indices.filter { $0 != best && probabilities[$0] >= threshold }
        picked.sort { (probabilities[$0], -$0) > (probabilities[$1], -$1) }
        return [best] + picked.prefix(2)
    }

    /// For each topic, the share of an article's clause words (below the article) in clauses given that topic.
    static func clauseShares(
        _ signals: DocumentSignals, article: DocumentSignals.Article, probabilities: [[Double]], threshold: Double
    ) -> [Double] {
        let topicCount = probabilities[article.node].count
        var shares = [Double](repeating: 0, count: topicCount)
        var total = 0.0
        for index in article.range where index != article.node {
            let words = Double(signals.nodes[index].clause.textTokens.count)
            guard words > 0 else { continue }
            total += words
            for topic in chosen(probabilities[index], threshold: threshold) { shares[topic] += words }
        }
        return total > 0 ? shares.map { $0 / total } : shares
    }

    /// An article's topics: those its own signals give, then any topic of at least `shareThreshold`
    /// of its clause words, up to three.
    static func articleTopics(_ probabilities: [Double], shares: [Double], threshold: Double, shareThreshold: Double) -> [Int] {
        var picked = chosen(probabilities, threshold: threshold)
        for topic in shares.indices.sorted(by: { (shares[$0], -$0) > (shares[$1], -$1) })
        where shares[topic] >= shareThreshold && !picked.contains(topic) && picked.count < 3 {
            picked.append(topic)
        }
        return picked
    }

    @inline(__always)
    static func dotProduct(_ lhs: [Double], _ rhs: [Double]) -> Double {
        var sum = 0.0
        for index in 0..<min(lhs.count, rhs.count) { sum += lhs[index] * rhs[index] }
        return sum
    }
}
