import Foundation
import RedlineTestSupport
import Testing
@testable import RedlineTopics

@Suite("Topic model and training")
struct TopicModelTests {
    @Test("the bundled model loads, knows the taxonomy and was trained on the corpora")
    func bundled() {
        let model = LinearTopicModel.bundled
        #expect(model.topicIDs == Taxonomy.topics.map(\.id))
        #expect(model.featureCount > 500)
        #expect(model.trainingDocuments.contains("corpora/contract/lsu-contract-2023-2026.plain.html"))
        #expect(!model.trainingDocuments.contains { $0.hasPrefix("../shared") })
    }

    @Test("the model file round-trips")
    func roundTrip() throws {
        let text = TopicModelFile.write(.bundled)
        #expect(TopicModelFile.write(try TopicModelFile.read(text)) == text)
    }

    @Test("a broken model file is refused with the line")
    func brokenFile() {
        #expect(throws: TopicModelFile.FormatError.self) { try TopicModelFile.read("redline-topic-model 1\nbias\tx\n") }
        #expect(throws: TopicModelFile.FormatError.self) { try TopicModelFile.read("topics\ta\n") }
    }

    @Test("training is deterministic and never sees held-out clauses")
    func training() throws {
        let file = TopicFixtures.labelFolder.appendingPathComponent("lsu-contract-2023-2026.jsonl")
        let documents = try TopicFixtures.load([file])
        var options = TopicTrainer.Options()
        options.epochs = 3
        options.folds = 2
        let first = TopicModelFile.write(TopicTrainer(options: options).train(documents))
        let second = TopicModelFile.write(TopicTrainer(options: options).train(documents))
        #expect(first == second)
        // Removing every held-out label changes nothing: the trainer ignored them anyway.
        let trainingOnly = documents.map { labelled in
            LabelledDocument(
                path: labelled.path, document: labelled.document,
                labels: labelled.labels.filter { !HeldOutSplit.isHeldOut(document: labelled.path, id: $0.key, buckets: 5) })
        }
        #expect(TopicModelFile.write(TopicTrainer(options: options).train(trainingOnly)) == first)
    }

    @Test("the held-out split takes about one clause in five, the same way every time")
    func split() {
        let ids = (1...1000).map { "art_\($0 % 30)__sec_\($0)" }
        let held = ids.filter { HeldOutSplit.isHeldOut(document: "x.html", id: $0, buckets: 5) }
        #expect(held.count > 150 && held.count < 250)
        #expect(held == ids.filter { HeldOutSplit.isHeldOut(document: "x.html", id: $0, buckets: 5) })
    }

    @Test("label files: unknown topics and broken lines are refused with the line number")
    func labelErrors() {
        #expect(throws: LabelledClause.ReadError.self) {
            try LabelledClause.read(jsonl: #"{"document":"a","id":"art_1","topics":["pizza"]}"#, name: "x.jsonl")
        }
        do {
            _ = try LabelledClause.read(jsonl: "\n{\"document\":\"a\"", name: "x.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("x.jsonl:2:"))
        }
    }
}

/// Accuracy on labelled clauses the bundled model was not trained on.
@Suite("Topic accuracy")
struct TopicAccuracyTests {
    @Test("held-out corpus clauses and articles")
    func heldOut() throws {
        let documents = try TopicFixtures.load(TopicFixtures.corpusLabelFiles)
        let evaluation = TopicEvaluation(documents: documents, classifier: TopicClassifier())
        #expect(evaluation.missing.isEmpty, "\(evaluation.missing.prefix(5))")
        #expect(evaluation.clause.items >= 150)
        #expect(evaluation.clause.macroF1 >= 0.85, "\(evaluation.report())")
        #expect(evaluation.clause.primaryAccuracy >= 0.9)
    }

    @Test("real UC–UAW articles, never trained on", .enabled(if: Fixtures.hasSharedReal), .tags(.real))
    func real() throws {
        let file = TopicFixtures.labelFolder.appendingPathComponent("uc-uaw-2022.jsonl")
        let documents = try TopicFixtures.load([file])
        let evaluation = TopicEvaluation(documents: documents, classifier: TopicClassifier())
        #expect(evaluation.skippedTrainedOn == 0)
        #expect(evaluation.missing.isEmpty, "\(evaluation.missing.prefix(5))")
        #expect(evaluation.article.items >= 75)
        #expect(evaluation.article.primaryAccuracy >= 0.9, "\(evaluation.report())")
        #expect(evaluation.article.macroF1 >= 0.85, "\(evaluation.report())")
        #expect(evaluation.clause.primaryAccuracy >= 0.8, "\(evaluation.report())")
    }
}

@Suite("Topic scorer")
struct TopicScorerTests {
    @Test("the fast scorer gives the combiners' probabilities over the meta-features")
    func fastPathAgrees() throws {
        let url = Fixtures.corpora.appendingPathComponent("contract/ridgeview-researchers-2024-2028.html")
        let signals = DocumentSignals(document: try TopicFixtures.read(url))
        let model = LinearTopicModel.bundled
        let classifier = TopicClassifier(model: model)
        let dots = classifier.dots(signals)
        let fast = TopicScorer.probabilities(
            signals, dots: dots, bias: model.bias, articleCombiner: model.articleCombiner,
            clauseCombiner: model.clauseCombiner)
        for (articleIndex, article) in signals.articles.enumerated() {
            for topic in 0..<model.topicIDs.count {
                let features = TopicScorer.articleFeatures(
                    signals, article: articleIndex, topic: topic, dots: dots, bias: model.bias)
                let articleProbability = LinearTopicModel.sigmoid(TopicScorer.dotProduct(model.articleCombiner, features))
                #expect(abs(articleProbability - fast[article.node][topic]) < 1e-9)
                for index in article.range where index != article.node {
                    let clause = TopicScorer.clauseFeatures(
                        signals, node: index, topic: topic, dots: dots, bias: model.bias,
                        articleProbability: articleProbability)
                    let probability = LinearTopicModel.sigmoid(TopicScorer.dotProduct(model.clauseCombiner, clause))
                    #expect(abs(probability - fast[index][topic]) < 1e-9)
                }
            }
        }
    }
}
