import RedlineModel

/// Tags every article and clause of a document with topics, each with a confidence and evidence.
///
/// Three signals are combined: topics named by headings (the strongest single signal), weighted
/// phrase rules scoped by where they match, and a linear model over words and word pairs. A clause
/// also inherits its article's topics, so "2. Teaching Fellow;" in the Recognition article is about
/// recognition, yet can differ from it: a grievability carve-out inside Management Rights is also
/// about grievance and arbitration.
///
/// Classification is deterministic and works offline: the weights are compiled into the library.
public struct TopicClassifier: Sendable {
    /// What to classify.
    public enum Level: String, Sendable, CaseIterable {
        /// Articles, appendices and side letters only.
        case article
        /// Articles and every clause in them.
        case clause
    }

    /// The weights.
    public let model: LinearTopicModel
    let signals: TopicSignals

    /// Creates a classifier with the bundled model or another one.
    public init(model: LinearTopicModel = .bundled) {
        self.model = model
        self.signals = .shared
    }

    /// Classifies a document.
    ///
    /// - Parameters:
    ///   - level: articles only, or articles and clauses.
    ///   - evidenceLimit: how many pieces of evidence of each kind to keep per topic (0 keeps none, which is faster).
    /// - Complexity: linear in the number of words.
    public func classify(_ document: ContractDocument, level: Level = .clause, evidenceLimit: Int = 3) -> DocumentTopics {
        let documentSignals = DocumentSignals(document: document, signals: signals)
        let dots = self.dots(documentSignals)
        let probabilities = TopicScorer.probabilities(
            documentSignals, dots: dots, bias: model.bias, articleCombiner: model.articleCombiner,
            clauseCombiner: model.clauseCombiner)
        let explainer = TopicExplainer(model: model, signals: signals, document: documentSignals, limit: evidenceLimit)
        // The topics each clause is given, decided once: the article's shares and the output both use them.
        let chosenByNode = probabilities.map { TopicScorer.chosen($0, threshold: model.clauseThreshold) }
        var articles: [ClauseTopics] = []
        var clauses: [ClauseTopics] = []
        for (articleIndex, article) in documentSignals.articles.enumerated() {
            let articleProbabilities = probabilities[article.node]
            // An article is also about any topic that a good part of its clauses are about.
            let shares = TopicScorer.clauseShares(
                documentSignals, article: article, chosen: chosenByNode, topicCount: model.topicIDs.count)
            let chosen = TopicScorer.articleTopics(
                articleProbabilities, shares: shares, threshold: model.articleThreshold, shareThreshold: model.clauseShareThreshold)
            articles.append(
                entry(documentSignals.nodes[article.node].node, chosen: chosen) { topic in
                    // The share is evidence only for a topic the article's own signals did not give.
                    let ownTopic = articleProbabilities[topic] >= model.articleThreshold || topic == chosen.first
                    let evidence = explainer.articleEvidence(
                        articleIndex, topic: topic, clauseShare: ownTopic ? 0 : shares[topic])
                    return (ownTopic ? articleProbabilities[topic] : shares[topic], evidence)
                })
            guard level == .clause else { continue }
            for index in article.range where index != article.node {
                clauses.append(
                    entry(documentSignals.nodes[index].node, chosen: chosenByNode[index]) { topic in
                        let evidence = explainer.clauseEvidence(
                            index, topic: topic, articleProbability: articleProbabilities[topic])
                        return (probabilities[index][topic], evidence)
                    })
            }
        }
        return DocumentTopics(articles: articles, clauses: clauses)
    }

    /// The model's sums for every node.
    func dots(_ documentSignals: DocumentSignals) -> [ClauseDots] {
        let topicCount = model.topicIDs.count
        return documentSignals.nodes.map { node in
            var dots = [Double](repeating: 0, count: topicCount)
            let total = model.accumulate(node.clause, into: &dots)
            return ClauseDots(dots: dots, total: total)
        }
    }

    private func entry(
        _ node: ClauseNode, chosen: [Int], explain: (Int) -> (confidence: Double, evidence: [TopicEvidence])
    ) -> ClauseTopics {
        ClauseTopics(
            id: node.id, kind: node.kind, number: node.number?.written,
            heading: node.heading.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 }, location: node.location,
            topics: chosen.map { topic in
                let (confidence, evidence) = explain(topic)
                return TopicAssignment(topic: Topic(model.topicIDs[topic]), confidence: confidence, evidence: evidence)
            })
    }
}
