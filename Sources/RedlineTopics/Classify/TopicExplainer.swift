/// Builds the evidence for a topic given to an article or clause: heading matches, phrase rules,
/// the model's strongest features and the article's own topic, each with its span.
struct TopicExplainer {
    let model: LinearTopicModel
    let signals: TopicSignals
    let document: DocumentSignals
    let limit: Int

    func clauseEvidence(_ index: Int, topic: Int, articleProbability: Double) -> [TopicEvidence] {
        guard limit > 0 else { return [] }
        let node = document.nodes[index]
        var evidence = headingEvidence(index, topic: topic, kind: .heading)
        if let section = node.sectionHeadings[topic] {
            evidence += headingEvidence(section, topic: topic, kind: .sectionHeading)
        }
        evidence += phraseEvidence([index], topic: topic)
        evidence += featureEvidence([index], topic: topic)
        if articleProbability >= 0.5 {
            let article = document.nodes[document.articles[node.article].node].node
            evidence.append(TopicEvidence(kind: .article, detail: article.id, weight: articleProbability, span: nil))
        }
        return evidence
    }

    func articleEvidence(_ article: Int, topic: Int, clauseShare: Double) -> [TopicEvidence] {
        guard limit > 0 else { return [] }
        let entry = document.articles[article]
        var evidence =
            headingEvidence(entry.node, topic: topic, kind: .heading) + phraseEvidence(Array(entry.range), topic: topic)
            + featureEvidence(Array(entry.range), topic: topic)
        if clauseShare > 0 {
            let percent = Int((clauseShare * 100).rounded())
            evidence.append(
                TopicEvidence(kind: .clauses, detail: "\(percent)% of the article's words", weight: clauseShare, span: nil))
        }
        return evidence
    }

    private func headingEvidence(_ index: Int, topic: Int, kind: TopicEvidence.Kind) -> [TopicEvidence] {
        let node = document.nodes[index]
        return node.headingTopics.filter { $0.topic == topic }.map { match in
            TopicEvidence(
                kind: kind, detail: match.phrase, weight: 1,
                span: node.clause.span(inHeading: true, start: match.start, end: match.end))
        }
    }

    /// The strongest phrase-rule matches for the topic in the given nodes (each phrase once).
    private func phraseEvidence(_ indices: [Int], topic: Int) -> [TopicEvidence] {
        var found: [(weight: Double, phrase: String, index: Int, match: TopicSignals.ScopedMatch)] = []
        var seen: Set<Int> = []
        for index in indices {
            for match in document.nodes[index].ruleMatches {
                let pattern = signals.phraseMatcher.patterns[match.pattern]
                guard pattern.topic == topic, seen.insert(match.pattern).inserted else { continue }
                found.append((pattern.weight * match.scope, pattern.phrase, index, match))
            }
        }
        return found.sorted { ($0.weight, $1.index) > ($1.weight, $0.index) }.prefix(limit).map { item in
            TopicEvidence(
                kind: .phrase, detail: item.phrase, weight: item.weight,
                span: document.nodes[item.index].clause.span(
                    inHeading: item.match.inHeading, start: item.match.start, end: item.match.end))
        }
    }

    /// The model features that push most toward the topic in the given nodes.
    private func featureEvidence(_ indices: [Int], topic: Int) -> [TopicEvidence] {
        var merged: [String: (weight: Double, span: EvidenceSpan)] = [:]
        for index in indices {
            for feature in model.topFeatures(document.nodes[index].clause, topic: topic, limit: limit) {
                if let existing = merged[feature.name] {
                    merged[feature.name] = (existing.weight + feature.weight, existing.span)
                } else {
                    merged[feature.name] = (feature.weight, feature.span)
                }
            }
        }
        return merged.sorted { ($0.value.weight, $1.key) > ($1.value.weight, $0.key) }.prefix(limit).map { name, value in
            TopicEvidence(kind: .feature, detail: name, weight: value.weight, span: value.span)
        }
    }
}
