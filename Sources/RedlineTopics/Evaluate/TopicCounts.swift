/// True and false positives and false negatives per topic, and the F1 figures computed from them.
public struct TopicCounts: Sendable, Hashable {
    /// Per-topic counts, indexed like ``Taxonomy/topics``.
    public private(set) var truePositives: [Int]
    public private(set) var falsePositives: [Int]
    public private(set) var falseNegatives: [Int]
    /// Items counted.
    public private(set) var items = 0
    /// Items whose predicted primary topic is one of the gold topics' first.
    public private(set) var primaryCorrect = 0

    /// Creates empty counts.
    public init(topicCount: Int) {
        truePositives = Array(repeating: 0, count: topicCount)
        falsePositives = Array(repeating: 0, count: topicCount)
        falseNegatives = Array(repeating: 0, count: topicCount)
    }

    /// Counts one item: its predicted and gold topic indices.
    public mutating func add(predicted: Set<Int>, gold: Set<Int>, primaryCorrect: Bool = false) {
        items += 1
        if primaryCorrect { self.primaryCorrect += 1 }
        for topic in predicted {
            if gold.contains(topic) { truePositives[topic] += 1 } else { falsePositives[topic] += 1 }
        }
        for topic in gold where !predicted.contains(topic) { falseNegatives[topic] += 1 }
    }

    /// Precision of a topic (1 when nothing was predicted).
    public func precision(_ topic: Int) -> Double {
        let predicted = truePositives[topic] + falsePositives[topic]
        return predicted == 0 ? 1 : Double(truePositives[topic]) / Double(predicted)
    }

    /// Recall of a topic (1 when nothing was expected).
    public func recall(_ topic: Int) -> Double {
        let expected = truePositives[topic] + falseNegatives[topic]
        return expected == 0 ? 1 : Double(truePositives[topic]) / Double(expected)
    }

    /// F1 of a topic.
    public func f1(_ topic: Int) -> Double {
        let denominator = 2 * truePositives[topic] + falsePositives[topic] + falseNegatives[topic]
        return denominator == 0 ? 1 : Double(2 * truePositives[topic]) / Double(denominator)
    }

    /// Gold occurrences of a topic.
    public func support(_ topic: Int) -> Int { truePositives[topic] + falseNegatives[topic] }

    /// Topics that occur in the gold labels or the predictions.
    public var activeTopics: [Int] {
        truePositives.indices.filter { truePositives[$0] + falsePositives[$0] + falseNegatives[$0] > 0 }
    }

    /// The mean F1 over topics that occur in the gold labels or the predictions.
    public var macroF1: Double {
        let topics = activeTopics
        guard !topics.isEmpty else { return 0 }
        return topics.map(f1).reduce(0, +) / Double(topics.count)
    }

    /// F1 over all decisions pooled.
    public var microF1: Double {
        let tp = truePositives.reduce(0, +)
        let denominator = 2 * tp + falsePositives.reduce(0, +) + falseNegatives.reduce(0, +)
        return denominator == 0 ? 1 : Double(2 * tp) / Double(denominator)
    }

    /// Share of items whose primary topic was right.
    public var primaryAccuracy: Double { items == 0 ? 0 : Double(primaryCorrect) / Double(items) }
}
