import Foundation
import RedlineChecks
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// Proposal-markup rules against the current contract (`--against`).
@Suite struct MarkupRulesTests {
    @Test(arguments: CheckHarness.ids("markup/"))
    func examples(_ id: String) throws {
        try CheckHarness.verifyExamples(try #require(RuleCatalog.rule(withID: id)))
    }

    static let proposals = [
        "proposals/06-workload/01-union-initial.word.html", "proposals/12-grievance-and-arbitration/02-management-counter.word.html",
        "proposals/15-layoff/03-union-counter.word.html", "proposals/22-wages/01-union-initial.word.html",
        "proposals/16-immigration/01-union-initial.gdocs.html",
    ]

    @Test(arguments: proposals)
    func theCorpusProposalsMarkTheirChanges(_ path: String) throws {
        let proposal = try CheckHarness.corpus(path)
        let contract = try CheckHarness.corpus(Corpus.contractWord)
        for rule in CheckHarness.rules("markup/") {
            let findings = try CheckHarness.findings(rule, on: proposal, current: contract)
            #expect(findings.isEmpty, "\(path) \(rule.id): \(findings.map(\.message))")
        }
    }

    /// Every corpus proposal, in every format (Word HTML, Google Docs HTML, DOCX), read as the
    /// command line reads it, marks exactly its changes: no finding against the contract.
    @Test func everyCorpusProposalInEveryFormatIsClean() throws {
        let contract = try CheckHarness.corpus(Corpus.contractWord)
        let current = try ContractReader(proposalMarkup: .accept).read(bytes: CheckHarness.bytes(contract), name: "contract.html")
        let folder = Fixtures.corpora.appendingPathComponent("proposals")
        var checked = 0
        for topic in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let directory = folder.appendingPathComponent(topic)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
            where name.hasSuffix(".html") || name.hasSuffix(".docx") {
                let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
                let document = try CheckHarness.document(bytes: bytes, name: "\(topic)/\(name)")
                let findings = Checker(rules: CheckHarness.rules("markup/")).check([document], against: current)
                #expect(findings.isEmpty, "\(topic)/\(name): \(findings.map(\.message))")
                checked += 1
            }
        }
        #expect(checked >= 48)
    }

    /// Text of the layoff proposal's definition, which the proposal leaves as in the contract.
    static let unchangedText = "elimination of one or more accepted ASE appointments"

    @Test func plantedUnmarkedChange() throws {
        let proposal = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.word.html")
        let contract = try CheckHarness.corpus(Corpus.contractWord)
        let planted = proposal.replacingOccurrences(of: Self.unchangedText, with: "elimination of one or more ASE appointments")
        try #require(planted != proposal)
        let findings = try CheckHarness.findings(UnmarkedChangeRule.self, on: planted, current: contract)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("deleted “accepted”") == true)
        #expect(findings.first?.clauseID == "art_15__sec_a__p_1")
        #expect(try CheckHarness.findings(MarkedUnchangedRule.self, on: planted, current: contract).isEmpty)
    }

    @Test func plantedMarkOnUnchangedText() throws {
        let proposal = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.word.html")
        let contract = try CheckHarness.corpus(Corpus.contractWord)
        let planted = proposal.replacingOccurrences(of: Self.unchangedText, with: "<u>" + Self.unchangedText + "</u>")
        try #require(planted != proposal)
        let findings = try CheckHarness.findings(MarkedUnchangedRule.self, on: planted, current: contract)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("already in the current contract") == true)
        #expect(try CheckHarness.findings(UnmarkedChangeRule.self, on: planted, current: contract).isEmpty)
    }

    @Test func underlinedHeadingsAreAStyleNotMarkup() throws {
        let current = "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. Filing</p><p>A grievance is filed within thirty (30) days.</p></body></html>"
        let styled = "<html><body><h1>ARTICLE 12</h1><h2>GRIEVANCE</h2><p>A. <u>Filing</u></p><p>A grievance is filed within thirty (30) days.</p></body></html>"
        let document = try CheckHarness.document(styled, name: "styled.html")
        #expect(document.marked == nil)
        for rule in CheckHarness.rules("markup/") {
            #expect(try CheckHarness.findings(rule, on: styled, current: current).isEmpty)
        }
    }

    @Test func plantedUnmarkedRenumberingOfTheArticle() throws {
        // The proposal calls Layoff "Article 16" (Immigration's number) without marking it: one finding,
        // and the layoff text is still compared with the contract's Layoff article, not with Immigration.
        let proposal = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.word.html")
        let contract = try CheckHarness.corpus(Corpus.contractWord)
        let planted = proposal.replacingOccurrences(of: "ARTICLE 15 – LAYOFF", with: "ARTICLE 16 – LAYOFF")
        try #require(planted != proposal)
        let findings = try CheckHarness.findings(UnmarkedChangeRule.self, on: planted, current: contract)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("renumbered from “ARTICLE 15” to “ARTICLE 16”") == true)
    }

    @Test func withoutCurrentTheMarkupRulesAreSilent() throws {
        let proposal = try CheckHarness.corpus("proposals/15-layoff/01-union-initial.word.html")
        for rule in CheckHarness.rules("markup/") {
            #expect(try CheckHarness.findings(rule, on: proposal).isEmpty)
        }
    }
}
