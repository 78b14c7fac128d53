import Foundation
import RedlineModel
import RedlineReaders
import Testing
@testable import RedlineTopics

/// Classification stays linear on inputs far larger than contracts: one very long paragraph and
/// thousands of articles. A test that does not finish is the failure (no timing is asserted);
/// sizes are scaled so that the debug build of the test suite stays within seconds.
@Suite struct LargeTopicInputTests {
    @Test func oneVeryLongParagraph() throws {
        let sentence = "The grievance shall be submitted to arbitration within ten (10) working days of the answer; "
        let text = "ARTICLE 12\nGRIEVANCE AND ARBITRATION\n\nA. Steps\n" + String(repeating: sentence, count: 2_000) + "\n"
        let document = try ContractReader().read(bytes: Array(text.utf8), name: "long.txt")
        let topics = TopicClassifier().classify(document, level: .clause)
        #expect(topics.articles.count == 1)
        #expect(topics.articles.first?.topics.first?.topic.id == "grievance-arbitration")
    }

    @Test func thousandsOfArticles() throws {
        let text = (1...3_000).map { number in
            "ARTICLE \(number)\nLAYOFF\n\nA. Notice\nThe University shall give written notice of layoff to each employee affected.\n"
        }.joined(separator: "\n")
        let document = try ContractReader().read(bytes: Array(text.utf8), name: "many.txt")
        let topics = TopicClassifier().classify(document, level: .clause)
        #expect(topics.articles.count == 3_000)
        #expect(topics.articles.allSatisfy { $0.topics.first?.topic.id == "layoff" })
    }
}
