/// Trains the linear model and the combiners from labelled documents.
///
/// 1. Clauses whose ``HeldOutSplit`` bucket is 0 are held out: never trained on, kept for evaluation.
/// 2. The remaining labelled clauses are split into folds; a model trained without a fold scores it,
///    so the combiners learn how far to trust the model on text it has not seen.
/// 3. The article combiner is fitted on articles, then the clause combiner on clauses (with the
///    article's probability as a feature), and each level's threshold is chosen for the best micro-F1.
/// 4. The final model is trained on all training clauses; small weights are pruned.
public struct TopicTrainer: Sendable {
    /// Training settings.
    public struct Options: Sendable {
        /// Passes over the data.
        public var epochs = 14
        /// Initial step size (it decays with each pass).
        public var learningRate = 0.6
        /// L2 penalty.
        public var l2 = 1e-4
        /// Folds for the combiners' out-of-fold scores.
        public var folds = 5
        /// One clause in this many is held out of training.
        public var heldOutBuckets = 5
        /// A feature must occur in at least this many training clauses.
        public var minimumDocumentFrequency = 2
        /// Weights smaller than this are left out of the model file.
        public var pruneBelow = 0.05

        /// The default settings.
        public init() {}
    }

    /// The settings.
    public let options: Options

    /// Creates a trainer.
    public init(options: Options = Options()) { self.options = options }

    private struct Sample {
        let document: Int
        let node: Int
        let topics: Set<Int>
        let isArticle: Bool
        let fold: Int
    }

    /// Trains a model on `documents`.
    public func train(_ documents: [LabelledDocument]) -> LinearTopicModel {
        let topicCount = Taxonomy.topics.count
        let signals = documents.map { DocumentSignals(document: $0.document) }
        var samples: [Sample] = []
        for (documentIndex, labelled) in documents.enumerated() {
            for (nodeIndex, node) in signals[documentIndex].nodes.enumerated() {
                guard let topics = labelled.labels[node.node.id],
                    !HeldOutSplit.isHeldOut(document: labelled.path, id: node.node.id, buckets: options.heldOutBuckets)
                else { continue }
                let indices = Set(topics.compactMap { Taxonomy.index(of: $0.id) })
                samples.append(
                    Sample(
                        document: documentIndex, node: nodeIndex, topics: indices,
                        isArticle: node.node.kind.isTopLevelDivision,
                        fold: HeldOutSplit.bucket("\(labelled.path)#\(node.node.id)#fold", options.folds)))
            }
        }
        // Vocabulary: features in enough training clauses, named by their first occurrence.
        var frequency: [UInt64: Int] = [:]
        var firstSeen: [UInt64: (document: Int, node: Int, inHeading: Bool, start: Int32, end: Int32)] = [:]
        for sample in samples {
            var seen: Set<UInt64> = []
            TopicFeatures.forEach(signals[sample.document].nodes[sample.node].clause) { hash, _, inHeading, start, end in
                if seen.insert(hash).inserted { frequency[hash, default: 0] += 1 }
                if firstSeen[hash] == nil { firstSeen[hash] = (sample.document, sample.node, inHeading, start, end) }
            }
        }
        let vocabulary = frequency.filter { $0.value >= options.minimumDocumentFrequency }.keys.sorted()
        let featureIndex = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($0.element, $0.offset) })
        func example(_ clause: ClauseTokens, topics: Set<Int>) -> OneVsRestRegression.Example {
            var values: [Int: Double] = [:]
            let total = Double(TopicFeatures.totalValue(clause))
            TopicFeatures.forEach(clause) { hash, value, _, _, _ in
                if let index = featureIndex[hash] { values[index, default: 0] += Double(value) }
            }
            let scale = total > 0 ? 1 / total.squareRoot() : 0
            return OneVsRestRegression.Example(
                features: values.sorted { $0.key < $1.key }.map { ($0.key, $0.value * scale) }, topics: topics)
        }
        let examples = samples.map { example(signals[$0.document].nodes[$0.node].clause, topics: $0.topics) }

        // Out-of-fold sums for every node of every document.
        var foldDots: [[ClauseDots]] = signals.map { [ClauseDots](repeating: ClauseDots(dots: [], total: 0), count: $0.nodes.count) }
        var foldBias = [Double](repeating: 0, count: topicCount)
        let sampleFold = Dictionary(samples.map { ("\($0.document)#\($0.node)", $0.fold) }, uniquingKeysWith: { a, _ in a })
        for fold in 0..<options.folds {
            var regression = OneVsRestRegression(topicCount: topicCount, featureCount: vocabulary.count)
            let trainingExamples = zip(samples, examples).filter { $0.0.fold != fold }.map(\.1)
            regression.train(
                trainingExamples, epochs: options.epochs, learningRate: options.learningRate, l2: options.l2,
                seed: UInt64(fold + 1))
            let model = makeModel(regression, vocabulary: vocabulary, names: [:], documents: [], prune: 0)
            for topic in 0..<topicCount { foldBias[topic] += regression.bias[topic] / Double(options.folds) }
            for (documentIndex, documentSignals) in signals.enumerated() {
                for (nodeIndex, node) in documentSignals.nodes.enumerated() {
                    // A training clause is scored by the model of its own fold; any other node by fold 0's.
                    let owner = sampleFold["\(documentIndex)#\(nodeIndex)"] ?? 0
                    guard owner == fold else { continue }
                    var dots = [Double](repeating: 0, count: topicCount)
                    let total = model.accumulate(node.clause, into: &dots)
                    foldDots[documentIndex][nodeIndex] = ClauseDots(dots: dots, total: total)
                }
            }
        }

        // Article combiner.
        var rows: [[Double]] = []
        var targets: [Double] = []
        for sample in samples where sample.isArticle {
            let articleIndex = signals[sample.document].nodes[sample.node].article
            for topic in 0..<topicCount {
                rows.append(
                    TopicScorer.articleFeatures(
                        signals[sample.document], article: articleIndex, topic: topic, dots: foldDots[sample.document],
                        bias: foldBias))
                targets.append(sample.topics.contains(topic) ? 1 : 0)
            }
        }
        let articleCombiner = CombinerFit.fit(rows, targets)

        // Clause combiner, with each article's probability from the article combiner.
        var articleProbabilities: [[Double]] = []
        for (documentIndex, documentSignals) in signals.enumerated() {
            var perArticle: [Double] = []
            for articleIndex in documentSignals.articles.indices {
                for topic in 0..<topicCount {
                    let features = TopicScorer.articleFeatures(
                        documentSignals, article: articleIndex, topic: topic, dots: foldDots[documentIndex], bias: foldBias)
                    perArticle.append(LinearTopicModel.sigmoid(TopicScorer.dotProduct(articleCombiner, features)))
                }
            }
            articleProbabilities.append(perArticle)
        }
        rows.removeAll()
        targets.removeAll()
        for sample in samples where !sample.isArticle {
            let documentSignals = signals[sample.document]
            let articleIndex = documentSignals.nodes[sample.node].article
            for topic in 0..<topicCount {
                rows.append(
                    TopicScorer.clauseFeatures(
                        documentSignals, node: sample.node, topic: topic, dots: foldDots[sample.document], bias: foldBias,
                        articleProbability: articleProbabilities[sample.document][articleIndex * topicCount + topic]))
                targets.append(sample.topics.contains(topic) ? 1 : 0)
            }
        }
        let clauseCombiner = CombinerFit.fit(rows, targets)

        // Thresholds: the best micro-F1 on the out-of-fold probabilities.
        var outOfFold: [[[Double]]] = []
        for (documentIndex, documentSignals) in signals.enumerated() {
            outOfFold.append(
                TopicScorer.probabilities(
                    documentSignals, dots: foldDots[documentIndex], bias: foldBias, articleCombiner: articleCombiner,
                    clauseCombiner: clauseCombiner))
        }
        func bestThreshold(articles: Bool) -> Double {
            var best = (f1: -1.0, threshold: 0.5)
            for step in 4...16 {
                let threshold = Double(step) * 0.05
                var counts = TopicCounts(topicCount: topicCount)
                for sample in samples where sample.isArticle == articles {
                    let predicted = Set(TopicScorer.chosen(outOfFold[sample.document][sample.node], threshold: threshold))
                    counts.add(predicted: predicted, gold: sample.topics)
                }
                if counts.microF1 > best.f1 + 1e-9 { best = (counts.microF1, threshold) }
            }
            return best.threshold
        }
        let articleThreshold = bestThreshold(articles: true)
        let clauseThreshold = bestThreshold(articles: false)
        // The share of clause words from which a clause topic is also the article's (above 1: never).
        let outOfFoldChosen = outOfFold.map { nodes in nodes.map { TopicScorer.chosen($0, threshold: clauseThreshold) } }
        var bestShare = (f1: -1.0, threshold: 1.01)
        for step in [5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 21] {
            let shareThreshold = step > 20 ? 1.01 : Double(step) * 0.05
            var counts = TopicCounts(topicCount: topicCount)
            for sample in samples where sample.isArticle {
                let documentSignals = signals[sample.document]
                let article = documentSignals.articles[documentSignals.nodes[sample.node].article]
                let shares = TopicScorer.clauseShares(
                    documentSignals, article: article, chosen: outOfFoldChosen[sample.document], topicCount: topicCount)
                let predicted = TopicScorer.articleTopics(
                    outOfFold[sample.document][sample.node], shares: shares, threshold: articleThreshold,
                    shareThreshold: shareThreshold)
                counts.add(predicted: Set(predicted), gold: sample.topics)
            }
            if counts.microF1 > bestShare.f1 + 1e-9 { bestShare = (counts.microF1, shareThreshold) }
        }

        // The final model on every training clause.
        var regression = OneVsRestRegression(topicCount: topicCount, featureCount: vocabulary.count)
        regression.train(examples, epochs: options.epochs, learningRate: options.learningRate, l2: options.l2, seed: 99)
        var names: [UInt64: String] = [:]
        for hash in vocabulary {
            guard let seen = firstSeen[hash] else { continue }
            names[hash] = TopicFeatures.name(
                signals[seen.document].nodes[seen.node].clause, inHeading: seen.inHeading, start: seen.start, end: seen.end)
        }
        return makeModel(
            regression, vocabulary: vocabulary, names: names, documents: documents.map(\.path).sorted(),
            prune: options.pruneBelow, articleCombiner: articleCombiner, clauseCombiner: clauseCombiner,
            thresholds: (articleThreshold, clauseThreshold, bestShare.threshold))
    }

    private func weightsList(
        _ regression: OneVsRestRegression, vocabulary: [UInt64], names: [UInt64: String], prune: Double
    ) -> [(hash: UInt64, name: String, entries: [(topic: Int, weight: Float)])] {
        var result: [(hash: UInt64, name: String, entries: [(topic: Int, weight: Float)])] = []
        for (index, hash) in vocabulary.enumerated() {
            var entries: [(topic: Int, weight: Float)] = []
            for topic in 0..<regression.topicCount {
                let weight = regression.weight(feature: index, topic: topic)
                if abs(weight) >= prune && weight != 0 { entries.append((topic, Float(weight))) }
            }
            if !entries.isEmpty { result.append((hash, names[hash] ?? "", entries)) }
        }
        return result
    }

    /// A model of the regression's weights; the fold models need no combiners.
    private func makeModel(
        _ regression: OneVsRestRegression, vocabulary: [UInt64], names: [UInt64: String], documents: [String],
        prune: Double, articleCombiner: [Double] = [0, 0, 0, 0], clauseCombiner: [Double] = [0, 0, 0, 0, 0, 0],
        thresholds: (article: Double, clause: Double, share: Double) = (0.5, 0.5, 1.01)
    ) -> LinearTopicModel {
        LinearTopicModel(
            topicIDs: Taxonomy.topics.map(\.id), trainingDocuments: documents, heldOutBuckets: options.heldOutBuckets,
            bias: regression.bias, weights: weightsList(regression, vocabulary: vocabulary, names: names, prune: prune),
            articleCombiner: articleCombiner, clauseCombiner: clauseCombiner, articleThreshold: thresholds.article,
            clauseThreshold: thresholds.clause, clauseShareThreshold: thresholds.share)
    }
}
