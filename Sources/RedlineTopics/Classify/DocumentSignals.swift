import RedlineModel

/// Everything about a document's clauses that does not depend on the trained weights:
/// tokens, heading topics and phrase-rule matches, with the article and section around each clause.
/// Built once per document; the trainer reuses it across folds.
struct DocumentSignals: Sendable {
    /// One clause inside an article (the article itself included, first).
    struct Node: Sendable {
        let clause: ClauseTokens
        let node: ClauseNode
        /// Index of the enclosing article in `articles`.
        let article: Int
        /// Topics named by the clause's own heading.
        let headingTopics: [(topic: Int, start: Int32, end: Int32, phrase: String)]
        /// Topic → index (in `nodes`) of the nearest enclosing clause below the article whose heading names it.
        let sectionHeadings: [Int: Int]
        /// Phrase-rule matches in the clause's own heading and text.
        let ruleMatches: [TopicSignals.ScopedMatch]
        /// Scoped rule weights per topic.
        let ruleScores: [Double]
    }

    /// One article, appendix or side letter.
    struct Article: Sendable {
        /// Index of the article's own node in `nodes`.
        let node: Int
        /// Indices in `nodes` of the article and everything in it.
        let range: Range<Int>
        /// Rule weights per topic summed over the article, normalised by the square root of its clause count.
        let ruleScores: [Double]
    }

    let nodes: [Node]
    let articles: [Article]

    init(document: ContractDocument, signals: TopicSignals = .shared) {
        let topicCount = signals.phraseMatcher.patterns.map(\.topic).max().map { $0 + 1 } ?? 0
        var nodes: [Node] = []
        var articles: [Article] = []
        var scratch: [UInt8] = []
        for division in document.children where division.kind.isTopLevelDivision {
            let articleIndex = articles.count
            let first = nodes.count
            func visit(_ node: ClauseNode, isArticle: Bool, sectionHeadings: [Int: Int]) {
                let clause = ClauseTokens(node: node, scratch: &scratch)
                let headingTopics = signals.headingTopics(clause.headingTokens)
                let matches = signals.ruleMatches(clause)
                var scores = [Double](repeating: 0, count: topicCount)
                signals.addRuleScores(matches, to: &scores)
                let index = nodes.count
                nodes.append(
                    Node(
                        clause: clause, node: node, article: articleIndex, headingTopics: headingTopics,
                        sectionHeadings: sectionHeadings, ruleMatches: matches, ruleScores: scores))
                var inner = sectionHeadings
                if !isArticle { for match in headingTopics { inner[match.topic] = index } }
                for child in node.children { visit(child, isArticle: false, sectionHeadings: inner) }
            }
            visit(division, isArticle: true, sectionHeadings: [:])
            var total = [Double](repeating: 0, count: topicCount)
            for index in first..<nodes.count {
                for topic in 0..<topicCount { total[topic] += nodes[index].ruleScores[topic] }
            }
            let scale = Double(nodes.count - first).squareRoot()
            articles.append(Article(node: first, range: first..<nodes.count, ruleScores: total.map { $0 / scale }))
        }
        self.nodes = nodes
        self.articles = articles
    }
}

/// The model's sums for each clause: the weighted feature sum per topic and the clause's length.
struct ClauseDots: Sendable {
    var dots: [Double]
    var total: Double
}
