/// Precision, recall and F1 of a classifier against labelled documents, at article and clause level.
///
/// Never evaluates on what the model was trained on: for a document the model was trained on,
/// only its held-out clauses (``HeldOutSplit``) count; documents the model never saw count whole.
public struct TopicEvaluation: Sendable {
    /// Counts for articles, appendices and side letters.
    public let article: TopicCounts
    /// Counts for clauses below them.
    public let clause: TopicCounts
    /// Labels skipped because the model was trained on them.
    public let skippedTrainedOn: Int
    /// Labelled ids not found in their document, as `document#id`.
    public let missing: [String]
    /// The model's held-out split (one clause in this many).
    public let heldOutBuckets: Int
    /// Every evaluated label whose predicted topics differ from the gold ones.
    public let disagreements: [Disagreement]

    /// A label the classifier did not reproduce exactly.
    public struct Disagreement: Sendable, Hashable {
        /// `document#id`.
        public let clause: String
        /// The labelled topics, primary first.
        public let expected: [Topic]
        /// The predicted topics, primary first.
        public let predicted: [Topic]
    }

    /// Evaluates `classifier` on `documents`.
    public init(documents: [LabelledDocument], classifier: TopicClassifier) {
        let model = classifier.model
        let trainedOn = Set(model.trainingDocuments)
        var article = TopicCounts(topicCount: Taxonomy.topics.count)
        var clause = TopicCounts(topicCount: Taxonomy.topics.count)
        var skipped = 0
        var missing: [String] = []
        var disagreements: [Disagreement] = []
        for labelled in documents {
            let result = classifier.classify(labelled.document, level: .clause, evidenceLimit: 0)
            var predictions: [String: ClauseTopics] = [:]
            for entry in result.articles + result.clauses { predictions[entry.id] = entry }
            for (id, topics) in labelled.labels.sorted(by: { $0.key < $1.key }) {
                if trainedOn.contains(labelled.path),
                    !HeldOutSplit.isHeldOut(document: labelled.path, id: id, buckets: model.heldOutBuckets)
                {
                    skipped += 1
                    continue
                }
                guard let prediction = predictions[id] else {
                    missing.append("\(labelled.path)#\(id)")
                    continue
                }
                let gold = Set(topics.compactMap { Taxonomy.index(of: $0.id) })
                let predicted = Set(prediction.topics.compactMap { Taxonomy.index(of: $0.topic.id) })
                let primaryCorrect = prediction.primary == topics.first
                if gold != predicted || !primaryCorrect {
                    disagreements.append(
                        Disagreement(
                            clause: "\(labelled.path)#\(id)", expected: topics, predicted: prediction.topics.map(\.topic)))
                }
                if id.contains("__") {
                    clause.add(predicted: predicted, gold: gold, primaryCorrect: primaryCorrect)
                } else {
                    article.add(predicted: predicted, gold: gold, primaryCorrect: primaryCorrect)
                }
            }
        }
        self.article = article
        self.clause = clause
        self.skippedTrainedOn = skipped
        self.missing = missing
        self.heldOutBuckets = model.heldOutBuckets
        self.disagreements = disagreements
    }

    /// A plain-text report: per-topic precision, recall, F1 and support, then macro and micro F1;
    /// with `disagreements`, every label the classifier did not reproduce.
    public func report(disagreements showDisagreements: Bool = false) -> String {
        var lines: [String] = []
        if showDisagreements {
            for disagreement in disagreements {
                lines.append(
                    "\(disagreement.clause): expected \(disagreement.expected.map(\.id).joined(separator: ",")), "
                        + "got \(disagreement.predicted.map(\.id).joined(separator: ","))")
            }
            if !disagreements.isEmpty { lines.append("") }
        }
        for (name, counts) in [("Clauses", clause), ("Articles", article)] {
            lines.append("\(name): \(counts.items) evaluated")
            guard counts.items > 0 else {
                lines.append("")
                continue
            }
            lines.append(pad("  topic", 26) + pad("precision", 11) + pad("recall", 8) + pad("F1", 7) + "support")
            for topic in counts.activeTopics {
                lines.append(
                    pad("  " + Taxonomy.topics[topic].id, 26) + pad(fixed(counts.precision(topic)), 11)
                        + pad(fixed(counts.recall(topic)), 8) + pad(fixed(counts.f1(topic)), 7) + "\(counts.support(topic))")
            }
            lines.append(
                "  macro-F1 \(fixed(counts.macroF1))  micro-F1 \(fixed(counts.microF1))  primary topic right \(fixed(counts.primaryAccuracy))"
            )
            lines.append("")
        }
        lines.append("Skipped \(skippedTrainedOn) labels the model was trained on (held-out split: 1 clause in \(heldOutBuckets)).")
        if !missing.isEmpty {
            lines.append("\(missing.count) labelled ids were not found in their documents, e.g. \(missing.prefix(3).joined(separator: ", ")).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func fixed(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let whole = scaled / 1000
        let fraction = scaled % 1000
        return "\(whole)." + String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
    }
}
