import Foundation

/// Turns signals and model sums into probabilities, one per clause and topic, with the combiners.
///
/// Article: σ(w₀ + w₁·heading + w₂·log(1 + rules) + w₃·margin).
/// Clause: σ(w₀ + w₁·own heading + w₂·log(1 + rules) + w₃·margin + w₄·P(article) + w₅·section heading).
struct TopicScorer {
    /// An article's meta-features for one topic.
    struct ArticleMeta {
        let heading: Double
        let rules: Double
        let margin: Double

        /// The features with the constant first, as the combiner is fitted on them.
        var row: [Double] { [1, heading, rules, margin] }

        /// The combiner's log-odds.
        func logOdds(_ weights: [Double]) -> Double {
            weights[0] + weights[1] * heading + weights[2] * rules + weights[3] * margin
        }
    }

    /// A clause's meta-features for one topic.
    struct ClauseMeta {
        let heading: Double
        let rules: Double
        let margin: Double
        let article: Double
        let section: Double

        /// The features with the constant first, as the combiner is fitted on them.
        var row: [Double] { [1, heading, rules, margin, article, section] }

        /// The combiner's log-odds.
        func logOdds(_ weights: [Double]) -> Double {
            weights[0] + weights[1] * heading + weights[2] * rules + weights[3] * margin + weights[4] * article
                + weights[5] * section
        }
    }

    /// An article's meta-features for one topic, given the model's sum `dot` for the topic and the
    /// feature total over the article.
    static func articleMeta(
        _ signals: DocumentSignals, article: DocumentSignals.Article, topic: Int, dot: Double, total: Double,
        bias: [Double]
    ) -> ArticleMeta {
        ArticleMeta(
            heading: signals.nodes[article.node].headingTopics.contains { $0.topic == topic } ? 1 : 0,
            rules: log1p(article.ruleScores[topic]),
            margin: bias[topic] + (total > 0 ? dot / total.squareRoot() : 0))
    }

    /// A clause's meta-features for one topic.
    static func clauseMeta(
        _ signals: DocumentSignals, node index: Int, topic: Int, dots: [ClauseDots], bias: [Double],
        articleProbability: Double
    ) -> ClauseMeta {
        let node = signals.nodes[index]
        let clause = dots[index]
        return ClauseMeta(
            heading: node.headingTopics.contains { $0.topic == topic } ? 1 : 0,
            rules: log1p(node.ruleScores[topic]),
            margin: bias[topic] + (clause.total > 0 ? clause.dots[topic] / clause.total.squareRoot() : 0),
            article: articleProbability,
            section: node.sectionHeadings[topic] != nil ? 1 : 0)
    }

    /// Meta-features of an article for one topic (for fitting the combiner).
    static func articleFeatures(
        _ signals: DocumentSignals, article: Int, topic: Int, dots: [ClauseDots], bias: [Double]
    ) -> [Double] {
        let entry = signals.articles[article]
        var dot = 0.0
        var total = 0.0
        for index in entry.range {
            dot += dots[index].dots[topic]
            total += dots[index].total
        }
        return articleMeta(signals, article: entry, topic: topic, dot: dot, total: total, bias: bias).row
    }

    /// Meta-features of a clause below an article for one topic (for fitting the combiner).
    static func clauseFeatures(
        _ signals: DocumentSignals, node index: Int, topic: Int, dots: [ClauseDots], bias: [Double],
        articleProbability: Double
    ) -> [Double] {
        clauseMeta(signals, node: index, topic: topic, dots: dots, bias: bias, articleProbability: articleProbability).row
    }

    /// Probabilities for every node (articles with the article combiner, clauses with the clause combiner).
    static func probabilities(
        _ signals: DocumentSignals, dots: [ClauseDots], bias: [Double], articleCombiner: [Double],
        clauseCombiner: [Double]
    ) -> [[Double]] {
        let topicCount = bias.count
        var result = [[Double]](repeating: [], count: signals.nodes.count)
        for article in signals.articles {
            // The article's sums once for all topics.
            var sums = [Double](repeating: 0, count: topicCount)
            var total = 0.0
            for index in article.range {
                total += dots[index].total
                for topic in 0..<topicCount { sums[topic] += dots[index].dots[topic] }
            }
            let articleProbabilities = (0..<topicCount).map { topic in
                LinearTopicModel.sigmoid(
                    articleMeta(signals, article: article, topic: topic, dot: sums[topic], total: total, bias: bias)
                        .logOdds(articleCombiner))
            }
            result[article.node] = articleProbabilities
            for index in article.range where index != article.node {
                result[index] = (0..<topicCount).map { topic in
                    LinearTopicModel.sigmoid(
                        clauseMeta(
                            signals, node: index, topic: topic, dots: dots, bias: bias,
                            articleProbability: articleProbabilities[topic]
                        ).logOdds(clauseCombiner))
                }
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

    /// For each topic, the share of an article's clause words (below the article) in clauses given that
    /// topic; `chosen` holds the topics given to every node of the document.
    static func clauseShares(
        _ signals: DocumentSignals, article: DocumentSignals.Article, chosen: [[Int]], topicCount: Int
    ) -> [Double] {
        var shares = [Double](repeating: 0, count: topicCount)
        var total = 0.0
        for index in article.range where index != article.node {
            let words = Double(signals.nodes[index].clause.textTokens.count)
            guard words > 0 else { continue }
            total += words
            for topic in chosen[index] { shares[topic] += words }
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
