import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

@Suite struct StableIDTests {
    @Test func sameDocumentTwiceGivesIdenticalJSON() throws {
        let text = "ARTICLE 4 – CHILDCARE\nA. Subsidy\n1. Each term the University pays a subsidy.\n(a) up to $900;\n(b) more for two children.\n"
        let first = try parse(text, name: "c.txt").jsonData()
        let second = try parse(text, name: "c.txt").jsonData()
        #expect(first == second)
    }

    @Test func idsFollowNumbersNotPositions() throws {
        let before = try parse("ARTICLE 4 X\nA. One.\nB. Two.\nC. Three.\n", name: "a.txt")
        let after = try parse("ARTICLE 4 X\nA. One.\nNew words inserted here.\nB. Two.\nC. Three.\n", name: "a.txt")
        let numbered = { (document: ContractDocument) in document.allNodes.filter { $0.number != nil }.map(\.id) }
        #expect(numbered(before) == numbered(after))
    }

    @Test(.enabled(if: Fixtures.hasSharedReal))
    func realArticleHasTheSameIDsInPandocAndLibreOffice() throws {
        let folder = try #require(Fixtures.sharedReal).appendingPathComponent("uc-uaw-2022/ase/exports")
        for stem in ["bx_12-grievance-and-arbitration_2022-2025", "bx_18-leaves_2022-2025", "bx_30-union-access-and-rights_2022-2025"] {
            let pandoc = try ContractReader().read(contentsOf: folder.appendingPathComponent(stem + ".pandoc.html"))
            let libre = try ContractReader().read(contentsOf: folder.appendingPathComponent(stem + ".lo.html"))
            // LibreOffice loses math spans (amounts become images), so compare structure, not every word.
            #expect(pandoc.allNodes.filter { $0.number != nil }.map(\.id) == libre.allNodes.filter { $0.number != nil }.map(\.id), "\(stem)")
        }
    }
}
