import Foundation
import RedlineChecks
import RedlineModel
import RedlineTestSupport
import Testing

/// Reference rules: missing targets, targets no document of the set holds, names that disagree.
@Suite struct ReferenceRulesTests {
    @Test(arguments: CheckHarness.ids("reference/"))
    func examples(_ id: String) throws {
        try CheckHarness.verifyExamples(try #require(RuleCatalog.rule(withID: id)))
    }

    @Test func theCorpusContractIsClean() throws {
        let text = try CheckHarness.corpus(Corpus.contractText)
        for rule in CheckHarness.rules("reference/") {
            let findings = try CheckHarness.findings(rule, on: text)
            #expect(findings.isEmpty, "\(rule.id): \(findings.map(\.message))")
        }
    }

    @Test func plantedWrongNameInTheContract() throws {
        // Article 1 sends disputes to "Article 12 (Grievance and Arbitration)"; call it Layoff instead.
        let text = try CheckHarness.corpus(Corpus.contractText)
        let planted = text.replacingOccurrences(of: "Article 12 (Grievance and Arbitration)", with: "Article 12 (Layoff)")
        try #require(planted != text)
        let findings = try CheckHarness.findings(ReferenceNameMismatchRule.self, on: planted)
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.message.contains("“Layoff”") && $0.message.contains("GRIEVANCE AND ARBITRATION") })
    }

    @Test func plantedMissingSectionAndArticle() throws {
        let text = try CheckHarness.corpus(Corpus.contractText)
        let planted = text.replacingOccurrences(of: "under Section D of this Article", with: "under Section K of this Article")
            .replacingOccurrences(of: "Article 12 (Grievance and Arbitration)", with: "Article 41 (Grievance and Arbitration)")
        try #require(planted != text)
        let findings = try CheckHarness.findings(ReferenceMissingRule.self, on: planted)
        #expect(findings.contains { $0.message.contains("Section K of this Article") })
        #expect(findings.contains { $0.message.contains("Article 41") })
    }

    @Test func aSingleArticleProposalMayPointAtOtherArticles() throws {
        // Alone, a proposal's references to other articles are not "missing"; in a set they are checked.
        let proposal = try CheckHarness.corpus("proposals/06-workload/02-management-counter.word.html")
        #expect(try CheckHarness.findings(ReferenceMissingRule.self, on: proposal).isEmpty)
        #expect(try CheckHarness.findings(ReferenceNotInSetRule.self, on: proposal).isEmpty)
        let layoff = try CheckHarness.corpus("proposals/15-layoff/02-management-counter.word.html")
        let inSet = try CheckHarness.findings(ReferenceNotInSetRule.self, on: proposal, companions: [layoff])
        // Management points at "Article 19 (Management and Academic Rights)", which neither proposal holds.
        #expect(inSet.contains { $0.message.contains("Article 19 (Management and Academic Rights)") })
        // Against the whole contract, every article is known.
        let contract = try CheckHarness.corpus(Corpus.contractWord)
        #expect(try CheckHarness.findings(ReferenceNotInSetRule.self, on: proposal, current: contract).isEmpty)
    }

    @Test func statutesAreNotContractReferences() throws {
        let text = """
            ARTICLE 4
            LEAVES

            A. General
            Leave is provided as required by Section 12945.2 of the California Government Code, Article 12 of the \
            Higher Education Employer-Employee Relations Act, Labor Code section 2802, Section 3 of Public Law 103-3, \
            Section 125 of the IRC and Title VII, Section 703. Sections 501 through 505 of the Stafford Act apply, as \
            authorized by section 306 and described in section 381E(d)(1) of the Consolidated Farm and Rural Development Act; \
            see also section 658F(b) (42 U.S.C. 9858d(b)) and section 284 of title 23.

            B. Other
            Text.
            """
        for rule in CheckHarness.rules("reference/") {
            #expect(try CheckHarness.findings(rule, on: text, companions: ["ARTICLE 5\nWAGES\n\nText.\n"]).isEmpty, "\(rule.id)")
        }
    }
}
