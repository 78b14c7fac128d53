import Foundation
import RedlineChecks
import RedlineModel
import RedlineTestSupport
import Testing

/// Numbering rules: gaps, duplicates, order, mixed schemes, table of contents.
@Suite struct NumberingRulesTests {
    @Test(arguments: CheckHarness.ids("numbering/"))
    func examples(_ id: String) throws {
        try CheckHarness.verifyExamples(try #require(RuleCatalog.rule(withID: id)))
    }

    @Test func theCorpusContractIsClean() throws {
        let text = try CheckHarness.corpus(Corpus.contractText)
        for rule in CheckHarness.rules("numbering/") {
            #expect(try CheckHarness.findings(rule, on: text).isEmpty, "\(rule.id)")
        }
    }

    @Test func plantedGapInTheContract() throws {
        // Article 15 loses its Section C: D now follows B.
        var text = try CheckHarness.corpus(Corpus.contractText)
        let article = try #require(text.range(of: "ARTICLE 15"))
        let sectionC = try #require(text.range(of: "\nC. ", range: article.upperBound..<text.endIndex))
        let sectionD = try #require(text.range(of: "\nD. ", range: sectionC.upperBound..<text.endIndex))
        text.removeSubrange(sectionC.lowerBound..<sectionD.lowerBound)
        let findings = try CheckHarness.findings(NumberingGapRule.self, on: text)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("D. follows B.: C. is missing") == true)
        #expect(findings.first?.clauseID == "art_15__sec_d")
    }

    @Test func plantedDuplicateAndOrderInAProposal() throws {
        let html = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.word.html")
        // Reletter the proposal's Section C as B: two Bs.
        let duplicated = html.replacingOccurrences(of: ">C.<", with: ">B.<")
        try #require(duplicated != html)
        #expect(!(try CheckHarness.findings(NumberingDuplicateRule.self, on: duplicated, companions: [])).isEmpty)
        // Move Article 15 to be numbered out of order relative to a second article in the same file is
        // unusual; swap two section letters instead.
        let swapped = html.replacingOccurrences(of: ">B.<", with: ">@@.<").replacingOccurrences(of: ">C.<", with: ">B.<")
            .replacingOccurrences(of: ">@@.<", with: ">C.<")
        #expect(!(try CheckHarness.findings(NumberingOrderRule.self, on: swapped)).isEmpty)
    }

    @Test func plantedArticleGap() throws {
        let text = try CheckHarness.corpus(Corpus.contractText).replacingOccurrences(of: "ARTICLE 7 –", with: "ARTICLE 8 –")
        let findings = try CheckHarness.findings(NumberingGapRule.self, on: text)
            + CheckHarness.findings(NumberingDuplicateRule.self, on: text)
        #expect(findings.contains { $0.ruleID == NumberingGapRule.id && $0.message.contains("Article 7 is missing") })
        #expect(findings.contains { $0.ruleID == NumberingDuplicateRule.id })
    }

    @Test func romanAndDecimalSequences() throws {
        let roman = "ARTICLE 4\nLEAVES\n\n(i) one;\n\n(ii) two;\n\n(iv) four.\n"
        let gap = try CheckHarness.findings(NumberingGapRule.self, on: roman)
        #expect(gap.first?.message.contains("(iii) is missing") == true)
        let decimal = "ARTICLE 3\nAPPOINTMENTS\n\n3.1 One\nText.\n\n3.2 Two\nText.\n\n3.3 Three\nText.\n"
        #expect(try CheckHarness.findings(NumberingGapRule.self, on: decimal).isEmpty)
    }

    @Test func plantedContentsMismatchInTheContract() throws {
        // Give the corpus contract a table of contents built from its own headings: clean. Then let the
        // contents call Article 15 by an old name and list an article the body does not have.
        let text = try CheckHarness.corpus(Corpus.contractText)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("ARTICLE ") }.map(String.init)
        try #require(headings.count >= 20)
        let contents = "TABLE OF CONTENTS\n\n" + headings.map { $0.replacingOccurrences(of: " – ", with: " ") + " ........ 1" }.joined(separator: "\n\n")
        let article1 = try #require(text.range(of: "ARTICLE 1 –"))
        var withContents = text
        withContents.insert(contentsOf: contents + "\n\n", at: article1.lowerBound)
        #expect(try CheckHarness.findings(NumberingContentsMismatchRule.self, on: withContents).isEmpty)
        let planted = withContents.replacingOccurrences(of: "ARTICLE 15 LAYOFF ........", with: "ARTICLE 15 REDUCTION IN FORCE ........")
            .replacingOccurrences(of: "TABLE OF CONTENTS\n\n", with: "TABLE OF CONTENTS\n\nARTICLE 27 SAVINGS ........ 1\n\n")
        try #require(planted != withContents)
        let findings = try CheckHarness.findings(NumberingContentsMismatchRule.self, on: planted)
        #expect(findings.contains { $0.message.contains("calls Article 15 “REDUCTION IN FORCE” but its heading is “LAYOFF”") })
        #expect(findings.contains { $0.message.contains("lists Article 27 but the body has none") })
        #expect(findings.count == 2)
    }

    @Test func plantedMixedSchemeInAProposal() throws {
        // The Google Docs export of the layoff proposal numbers Section B's items from a list (1., 2.);
        // a paragraph numbered "(iii)" planted after them sits at their level.
        let html = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.gdocs.html")
        let anchor = try #require(html.range(of: "<ol class=\"c17 lst-kix_ca9ef80529ef-1 start\""))
        var planted = html
        planted.insert(
            contentsOf: "<p class=\"c1\"><span class=\"c0\">(iii) The notice shall be posted on the department website.</span></p>",
            at: anchor.lowerBound)
        #expect(try CheckHarness.findings(NumberingMixedSchemeRule.self, on: html).isEmpty)
        let findings = try CheckHarness.findings(NumberingMixedSchemeRule.self, on: planted)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("“(iii)” is numbered unlike the 2 other clauses at this level (1., 2.)") == true)
    }

    @Test func tableOfContentsMismatch() throws {
        let example = try #require(NumberingContentsMismatchRule.examples.first?.triggering.first)
        let findings = try CheckHarness.findings(NumberingContentsMismatchRule.self, on: example)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("“WAGES”") == true)
        #expect(findings.first?.message.contains("“HOURS OF WORK”") == true)
    }

    @Test func splitArticlesAndSparseAppendices() throws {
        // Article 32 split into 32A and 32B is no gap; appendices keep their letters when one is dropped.
        let text = """
            ARTICLE 31
            UNION SECURITY

            Text.

            ARTICLE 32A
            GENERAL WAGES

            Text.

            ARTICLE 32B
            SPECIAL WAGES

            Text.

            ARTICLE 33
            WAIVER

            Text.

            APPENDIX A
            FORMS

            Text.

            APPENDIX C
            WEBSITES

            Text.
            """
        for rule in CheckHarness.rules("numbering/") {
            let findings = try CheckHarness.findings(rule, on: text)
            #expect(findings.isEmpty, "\(rule.id): \(findings.map(\.message))")
        }
        let swapped = text.replacingOccurrences(of: "ARTICLE 32A", with: "ARTICLE 32X").replacingOccurrences(of: "ARTICLE 32B", with: "ARTICLE 32A")
            .replacingOccurrences(of: "ARTICLE 32X", with: "ARTICLE 32B")
        #expect(try CheckHarness.findings(NumberingOrderRule.self, on: swapped).first?.message.contains("Article 32A comes after Article 32B") == true)
    }
}
