import Foundation
import RedlineTestSupport
import Testing
@testable import RedlineTopics

/// Every topic's own examples: its phrase rules must find it in each example and not in each counter-example.
@Suite("Topic definitions")
struct TopicDefinitionTests {
    private static func ruleScores(_ text: String) -> [Double] {
        let clause = ClauseTokens(heading: "", text: text)
        var scores = [Double](repeating: 0, count: Taxonomy.topics.count)
        TopicSignals.shared.addRuleScores(TopicSignals.shared.ruleMatches(clause), to: &scores)
        return scores
    }

    @Test("32 topics with unique ids, each with examples")
    func taxonomy() {
        #expect(Taxonomy.definitions.count == 32)
        #expect(Set(Taxonomy.topics.map(\.id)).count == 32)
        for definition in Taxonomy.definitions {
            #expect(definition.examples.count >= 2, "\(definition.topic)")
            #expect(!definition.headings.isEmpty, "\(definition.topic)")
        }
    }

    @Test("the taxonomy covers every id of ../shared/TOPICS.md", .enabled(if: Fixtures.hasSharedReal))
    func sharedTaxonomy() throws {
        let url = try #require(Fixtures.sharedReal).deletingLastPathComponent().appendingPathComponent("TOPICS.md")
        let ids = Fixtures.text(url).split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[0].range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression) != nil, cells[0] != "id"
            else { return nil }
            return cells[0]
        }
        #expect(ids.count >= 30)
        for id in ids { #expect(Taxonomy.definition(of: id) != nil, "\(id)") }
    }

    @Test("every phrase and heading phrase has words to match")
    func phrasesCompile() {
        for definition in Taxonomy.definitions {
            for rule in definition.phrases {
                #expect(!TopicTokenizer.tokens(rule.phrase).isEmpty, "\(definition.topic): \(rule.phrase)")
            }
            for heading in definition.headings {
                #expect(!TopicTokenizer.tokens(heading.phrase).isEmpty, "\(definition.topic): \(heading.phrase)")
            }
        }
    }

    @Test("rules find the topic in its examples", arguments: Taxonomy.definitions.map(\.topic.id))
    func examples(id: String) throws {
        let definition = try #require(Taxonomy.definition(of: id))
        let index = try #require(Taxonomy.index(of: id))
        for example in definition.examples {
            let scores = Self.ruleScores(example)
            #expect(scores[index] >= 2, "\(id) should match: \(example)")
        }
        for example in definition.counterExamples {
            #expect(Self.ruleScores(example)[index] == 0, "\(id) should not match: \(example)")
        }
    }

    @Test("a guard cancels its phrase in the same clause")
    func guards() throws {
        let leaves = try #require(Taxonomy.index(of: "leaves"))
        #expect(Self.ruleScores("The ASE may take unpaid leave.")[leaves] > 0)
        #expect(Self.ruleScores("Do not leave the laboratory unattended; leave the door shut.")[leaves] == 0)
        let training = try #require(Taxonomy.index(of: "training"))
        #expect(Self.ruleScores("Supervisors complete Title IX training every year.")[training] == 0)
    }

    @Test("phrases in a heading count three times, in the first sentence one and a half")
    func scopes() throws {
        let topic = try #require(Taxonomy.index(of: "immigration"))
        func score(_ clause: ClauseTokens) -> Double {
            var scores = [Double](repeating: 0, count: Taxonomy.topics.count)
            TopicSignals.shared.addRuleScores(TopicSignals.shared.ruleMatches(clause), to: &scores)
            return scores[topic]
        }
        #expect(score(ClauseTokens(heading: "Visa Delays", text: "")) == 9)
        #expect(score(ClauseTokens(heading: "", text: "A visa delay. More text.")) == 4.5)
        #expect(score(ClauseTokens(heading: "", text: "Some text. A visa delay.")) == 3)
    }
}

@Suite("Topic documentation")
struct TopicDocumentationTests {
    @Test("docs/topics.md lists every topic id, in taxonomy order")
    func documented() {
        let text = Fixtures.text(Fixtures.packageRoot.appendingPathComponent("docs/topics.md"))
        var position = text.startIndex
        for topic in Taxonomy.topics {
            guard let found = text.range(of: "| `\(topic.id)` |", range: position..<text.endIndex) else {
                Issue.record("\(topic.id) is missing from docs/topics.md or out of order")
                return
            }
            position = found.upperBound
        }
    }
}
