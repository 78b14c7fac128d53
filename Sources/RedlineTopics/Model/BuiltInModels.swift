extension LinearTopicModel {
    /// A model without learned weights: headings and phrase rules only, with hand-set combiners.
    /// Used when no weights are bundled, and as the baseline in evaluations.
    public static let untrained = LinearTopicModel(
        topicIDs: Taxonomy.topics.map(\.id), trainingDocuments: [], heldOutBuckets: 5,
        bias: Array(repeating: 0, count: Taxonomy.topics.count), weights: [],
        articleCombiner: [-4, 6, 1.5, 0], clauseCombiner: [-4, 4, 1.5, 0, 4, 2], articleThreshold: 0.5,
        clauseThreshold: 0.5)

    /// The model compiled into the library (see `BundledTopicModel.swift`), or ``untrained`` if
    /// the bundled weights cannot be read.
    public static let bundled: LinearTopicModel = (try? readBundled()) ?? .untrained

    /// Reads the compiled-in weights afresh (``bundled`` reads them once and keeps them).
    public static func readBundled() throws -> LinearTopicModel {
        try TopicModelFile.read(bundledTopicModelWeights)
    }
}
