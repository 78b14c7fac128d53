import Foundation

/// The trained part of the classifier: a one-vs-rest logistic regression over word and word-pair
/// features, and the small combiners that weigh headings, phrase rules, the model and the article
/// around a clause. It is read from a text file of weights (see ``TopicModelFile``), so Swift only
/// computes dot products and can name the features that decided.
public struct LinearTopicModel: Sendable {
    /// Topic ids, in the order of the weights.
    public let topicIDs: [String]
    /// The documents the model was trained on (paths as written in the label files).
    public let trainingDocuments: [String]
    /// Clauses of training documents whose split bucket is 0 were held out (see ``HeldOutSplit``).
    public let heldOutBuckets: Int
    /// One bias per topic.
    let bias: [Double]
    /// Feature hash → index of its row in `rowStart`.
    let rows: [UInt64: Int32]
    /// Row `r` holds entries `rowStart[r] ..< rowStart[r + 1]`.
    let rowStart: [Int32]
    let entryTopic: [UInt8]
    let entryWeight: [Float]
    /// Feature hash → readable name, for evidence.
    let names: [UInt64: String]
    /// Article combiner: bias, heading, rules, model.
    let articleCombiner: [Double]
    /// Clause combiner: bias, own heading, rules, model, article, section heading.
    let clauseCombiner: [Double]
    /// Probability from which a topic is given, per level.
    let articleThreshold: Double
    let clauseThreshold: Double
    /// Share of an article's clause words from which their topic is also the article's.
    let clauseShareThreshold: Double

    /// Creates a model from its parts (used by the trainer and the file reader).
    init(
        topicIDs: [String], trainingDocuments: [String], heldOutBuckets: Int, bias: [Double],
        weights: [(hash: UInt64, name: String, entries: [(topic: Int, weight: Float)])],
        articleCombiner: [Double], clauseCombiner: [Double], articleThreshold: Double, clauseThreshold: Double,
        clauseShareThreshold: Double = 1.01
    ) {
        self.topicIDs = topicIDs
        self.trainingDocuments = trainingDocuments
        self.heldOutBuckets = heldOutBuckets
        self.bias = bias
        var rows: [UInt64: Int32] = [:]
        var rowStart: [Int32] = [0]
        var entryTopic: [UInt8] = []
        var entryWeight: [Float] = []
        var names: [UInt64: String] = [:]
        for feature in weights {
            rows[feature.hash] = Int32(rowStart.count - 1)
            for entry in feature.entries {
                entryTopic.append(UInt8(entry.topic))
                entryWeight.append(entry.weight)
            }
            rowStart.append(Int32(entryTopic.count))
            names[feature.hash] = feature.name
        }
        self.rows = rows
        self.rowStart = rowStart
        self.entryTopic = entryTopic
        self.entryWeight = entryWeight
        self.names = names
        self.articleCombiner = articleCombiner
        self.clauseCombiner = clauseCombiner
        self.articleThreshold = articleThreshold
        self.clauseThreshold = clauseThreshold
        self.clauseShareThreshold = clauseShareThreshold
    }

    /// Number of features with weights.
    public var featureCount: Int { rowStart.count - 1 }

    /// Adds the clause's weighted feature sums to `dots` (indexed by topic) and returns the
    /// clause's total feature value.
    func accumulate(_ clause: ClauseTokens, into dots: inout [Double]) -> Double {
        var total: Float = 0
        TopicFeatures.forEach(clause) { hash, value, _, _, _ in
            total += value
            guard let row = rows[hash] else { return }
            let lower = Int(rowStart[Int(row)])
            let upper = Int(rowStart[Int(row) + 1])
            for entry in lower..<upper { dots[Int(entryTopic[entry])] += Double(entryWeight[entry] * value) }
        }
        return Double(total)
    }

    /// The margin (log-odds) of a topic given summed dots and a total feature value.
    func margin(topic: Int, dot: Double, total: Double) -> Double {
        bias[topic] + (total > 0 ? dot / total.squareRoot() : 0)
    }

    /// The features of `clause` that push most toward `topic`, largest contribution first.
    func topFeatures(_ clause: ClauseTokens, topic: Int, limit: Int) -> [(name: String, weight: Double, span: EvidenceSpan)] {
        // A clause has few distinct weighted features: a small array beats a dictionary here.
        var found: [(hash: UInt64, weight: Double, inHeading: Bool, start: Int32, end: Int32)] = []
        TopicFeatures.forEach(clause) { hash, value, inHeading, start, end in
            guard let row = rows[hash] else { return }
            for entry in Int(rowStart[Int(row)])..<Int(rowStart[Int(row) + 1]) where Int(entryTopic[entry]) == topic {
                let weight = Double(entryWeight[entry] * value)
                if let existing = found.firstIndex(where: { $0.hash == hash }) {
                    found[existing].weight += weight
                } else {
                    found.append((hash, weight, inHeading, start, end))
                }
            }
        }
        return found.filter { $0.weight > 0 }
            .sorted { ($0.weight, $1.hash) > ($1.weight, $0.hash) }
            .prefix(limit)
            .map { feature in
                (
                    names[feature.hash] ?? "?", feature.weight,
                    clause.span(inHeading: feature.inHeading, start: feature.start, end: feature.end)
                )
            }
    }

    /// The logistic function.
    static func sigmoid(_ value: Double) -> Double { 1 / (1 + exp(-value)) }
}

