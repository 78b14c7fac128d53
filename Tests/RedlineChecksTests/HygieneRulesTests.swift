import Foundation
import RedlineChecks
import RedlineModel
import RedlineTestSupport
import Testing

/// Hygiene rules: empty clauses, unbalanced marks, placeholders, duplicate headings, defined terms.
@Suite struct HygieneRulesTests {
    @Test(arguments: CheckHarness.ids("hygiene/"))
    func examples(_ id: String) throws {
        try CheckHarness.verifyExamples(try #require(RuleCatalog.rule(withID: id)))
    }

    @Test func theCorpusIsClean() throws {
        for path in [Corpus.contractText, Corpus.contractWord, "proposals/22-wages/04-tentative-agreement.word.html"] {
            let text = try CheckHarness.corpus(path)
            for rule in CheckHarness.rules("hygiene/") {
                let findings = try CheckHarness.findings(rule, on: text)
                #expect(findings.isEmpty, "\(path) \(rule.id): \(findings.map(\.message))")
            }
        }
    }

    @Test func plantedPlaceholdersInAProposal() throws {
        let html = try CheckHarness.corpus("proposals/22-wages/01-union-initial.word.html")
        let planted = html.replacingOccurrences(of: "are set out in Appendix A", with: "are set out in Appendix A and increase by XX%")
        try #require(planted != html)
        let findings = try CheckHarness.findings(PlaceholderRule.self, on: planted)
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.message.contains("“XX%”") && $0.severity == .error })
        // Allowed by configuration.
        let allowed = Configuration(allowedPlaceholders: ["xx%"])
        #expect(try CheckHarness.findings(PlaceholderRule.self, on: planted, configuration: allowed).isEmpty)
    }

    @Test func plantedEmptySectionAndUnbalancedParenthesis() throws {
        var text = try CheckHarness.corpus(Corpus.contractText)
        // Article 15, Section B keeps its heading and loses its text.
        let article = try #require(text.range(of: "ARTICLE 15"))
        let sectionB = try #require(text.range(of: "\nB. ", range: article.upperBound..<text.endIndex))
        let sectionC = try #require(text.range(of: "\nC. ", range: sectionB.upperBound..<text.endIndex))
        let heading = "\nB. NOTICE\n"
        text.replaceSubrange(sectionB.lowerBound..<sectionC.lowerBound, with: heading)
        let empty = try CheckHarness.findings(EmptyClauseRule.self, on: text)
        // Section B's sibling sections have run-in text, so "B. NOTICE" alone reads as an empty clause or a heading
        // of the next text; either way the rule must not crash, and the contract's other articles stay clean.
        #expect(empty.allSatisfy { $0.clauseID?.hasPrefix("art_15") == true })
        let unbalanced = try CheckHarness.corpus(Corpus.contractText)
            .replacingOccurrences(of: "ten (10) working days from", with: "ten (10 working days from")
        let findings = try CheckHarness.findings(UnbalancedRule.self, on: unbalanced)
        #expect(findings.count == 1)
        #expect(findings.first?.clauseID == "art_3__sec_3.3")
    }

    @Test func plantedDuplicateHeadingAndUnusedTerm() throws {
        let text = try CheckHarness.corpus(Corpus.contractText)
        let duplicated = text.replacingOccurrences(of: "ARTICLE 8 – EMPLOYMENT FILES AND EVALUATION", with: "ARTICLE 8 – DISCIPLINE AND DISMISSAL")
        try #require(duplicated != text)
        let findings = try CheckHarness.findings(DuplicateHeadingRule.self, on: duplicated)
        #expect(findings.count == 1)
        #expect(findings.first?.clauseID == "art_8")
        // "Grievant" is defined in Article 2 and used elsewhere; rename its uses and it is unused.
        let unused = text.replacingOccurrences(of: "grievant", with: "employee")
            .replacingOccurrences(of: "Part 1 – Grievant", with: "Part 1 – Employee")
        let unusedFindings = try CheckHarness.findings(UnusedTermRule.self, on: unused)
        #expect(unusedFindings.contains { $0.message.contains("“Grievant”") })
    }
}
