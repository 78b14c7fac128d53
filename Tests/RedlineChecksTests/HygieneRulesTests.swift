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
        // The layoff proposal's Section B (NOTICE) keeps its heading and loses everything under it.
        let html = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.word.html")
        let sectionB = try #require(html.range(of: "<b>B.<span"))
        let afterHeading = try #require(html.range(of: "</p>", range: sectionB.upperBound..<html.endIndex))
        let sectionC = try #require(html.range(of: "<p class=MsoNormal\r\nstyle='margin-left:0.50in;text-indent:-.5in;page-break-after:avoid'><b>C.<span"))
        var planted = html
        planted.removeSubrange(afterHeading.upperBound..<sectionC.lowerBound)
        #expect(try CheckHarness.findings(EmptyClauseRule.self, on: html).isEmpty)
        let empty = try CheckHarness.findings(EmptyClauseRule.self, on: planted)
        #expect(empty.count == 1)
        #expect(empty.first?.clauseID == "art_15__sec_b")
        #expect(empty.first?.message.contains("“NOTICE” has no text") == true)
        let unbalanced = try CheckHarness.corpus(Corpus.contractText)
            .replacingOccurrences(of: "ten (10) working days from", with: "ten (10 working days from")
        let findings = try CheckHarness.findings(UnbalancedRule.self, on: unbalanced)
        #expect(findings.count == 1)
        #expect(findings.first?.clauseID == "art_3__sec_3.3")
    }

    @Test func plantedUndefinedTerm() throws {
        let text = try CheckHarness.corpus(Corpus.contractText)
        var planted = text
        let sentence = try #require(text.range(of: "A student shall have at least ten (10) working days"))
        planted.replaceSubrange(sentence, with: "During the Review Window, as defined above, a student shall have at least ten (10) working days")
        let findings = try CheckHarness.findings(UndefinedTermRule.self, on: planted)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("“Review Window”") == true)
        #expect(try CheckHarness.findings(UndefinedTermRule.self, on: text).isEmpty)
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
