import Foundation
import RedlineChecks
import RedlineModel
import Testing

/// Inputs far larger than contracts, where a rule that does per-match work in the length of its
/// clause (quadratic in all) would run for minutes: a clause of placeholders, a clause of
/// references, one very long paragraph, thousands of articles. Each must be checked in linear
/// time; a test that does not finish is the failure (no timing is asserted). Sizes are the
/// hostile-input report's scaled so that the debug build of the test suite stays within seconds.
@Suite struct LargeInputTests {
    /// About 70 KB of placeholders in one clause (the report's case took over a minute).
    @Test func aClauseOfPlaceholders() throws {
        let clause = String(repeating: "The stipend is XX and the rate is [TBD] for ___ days, ", count: 1_300)
        let text = "ARTICLE 22\nWAGES\n\nA. Increase\n" + clause + "\n"
        #expect(text.utf8.count > 70_000)
        let findings = try CheckHarness.findings(PlaceholderRule.self, on: text)
        // Every placeholder of the clause is reported (findings alike but for their place are one).
        let placeholders = Set(findings.compactMap { $0.message.split(separator: "“").dropFirst().first?.split(separator: "”").first })
        #expect(placeholders == ["XX", "[TBD]", "___"])
        // The clause is quoted by its first fifty characters, not whole.
        #expect(findings.allSatisfy { $0.message.contains("“The stipend is XX and the rate is [TBD] for ___ d…”") })
    }

    /// 5,000 references in one clause (the report's case took 12.6 s, four times more per doubling).
    @Test func aClauseOfReferences() throws {
        let clause = (1...5_000).map { "see Article \(40 + $0 % 7) and Section \($0 % 9 + 1) of Article 12" }
            .joined(separator: ", ")
        let text = "ARTICLE 12\nGRIEVANCE\n\nA. Steps\nThe parties " + clause + ".\n"
        let document = try CheckHarness.document(text)
        func references(_ nodes: [ClauseNode]) -> [CrossReference] {
            nodes.flatMap { $0.references + references($0.children) }
        }
        let found = references(document.document.children)
        #expect(found.count >= 10_000)
        let companion = "ARTICLE 40\nLEAVES\n\nA. General\nLeave is granted.\n"
        let findings = try CheckHarness.findings(ReferenceNotInSetRule.self, on: text, companions: [companion])
        // Articles 41–46 are in neither document; Article 40 is in the companion.
        let named = Set(findings.compactMap { $0.message.split(separator: "names Article ").dropFirst().first?.split(separator: ",").first })
        #expect(named == ["41", "42", "43", "44", "45", "46"])
    }

    /// One paragraph of 30,000 words full of what the rules look for: counted days, numbers in
    /// words and digits, terms used as defined, references.
    @Test func oneVeryLongParagraph() throws {
        let sentence = "Within ten (11) working days the Course Load as defined above shall be set under Article 9; "
        let text = "ARTICLE 6\nWORKLOAD\n\nA. Hours\n" + String(repeating: sentence, count: 1_800) + "and five (5) business days.\n"
        #expect(text.split(separator: " ").count > 30_000)
        let set = [try CheckHarness.document(text)]
        let findings = Checker().check(set)
        let rules = Set(findings.map(\.ruleID))
        #expect(rules.isSuperset(of: ["numbers/word-mismatch", "numbers/day-units", "hygiene/undefined-term"]))
    }

    /// 3,000 articles in one document.
    @Test func thousandsOfArticles() throws {
        let text = (1...3_000).map { number in
            "ARTICLE \(number)\nTOPIC \(number)\n\nA. Rule\nThe employer shall give ten (10) working days' notice under Article \(number + 1).\n"
        }.joined(separator: "\n")
        let set = [try CheckHarness.document(text)]
        #expect(set[0].document.articles.count == 3_000)
        let findings = Checker().check(set)
        // Only the last article points past the end.
        #expect(findings.filter { $0.ruleID == "reference/missing" }.map(\.message) == [
            "“Article 3001” names Article 3001, which this document does not have; fix the reference or add the article"
        ])
    }
}
