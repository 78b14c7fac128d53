import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

@testable import RedlineAnalysis

/// Findings on the bundled Immigration proposals (union initial → management counter), checked by
/// reading the two documents: each expected change below is in the proposals' own words.
@Suite struct CorpusFindingsTests {
    private func read(_ name: String) throws -> ContractDocument {
        let url = Fixtures.corpora.appendingPathComponent("proposals/16-immigration/\(name)")
        return try ContractReader().read(contentsOf: url, displayName: name)
    }

    private func findings() throws -> [ChangeFinding] {
        let old = try read("01-union-initial.word.html")
        let new = try read("02-management-counter.word.html")
        return DiffAnalyzer.findings(DocumentComparer.compare(old: old, new: new), old: old, new: new)
    }

    private func has(_ findings: [ChangeFinding], _ clause: String, _ label: String, before: String? = nil, after: String? = nil) -> Bool {
        findings.contains { finding in
            finding.newClause == clause && finding.label == label && (before == nil || finding.before == before)
                && (after == nil || finding.after == after)
        }
    }

    @Test func counterProposalChangesInSubstance() throws {
        let found = try findings()
        // "(i) hold the appointment open for at least ninety (90) → sixty (60) calendar days"
        #expect(has(found, "art_16__sec_b__subsec_2__para_a__subpara_i", "quantity-changed:duration", before: "90 calendar days", after: "60 calendar days"))
        // "the University shall … → may, at its sole discretion, permit the ASE to work remotely"
        #expect(has(found, "art_16__sec_c__subsec_1", "obligation-weakened"))
        #expect(has(found, "art_16__sec_c__subsec_1", "discretion-added", after: "sole discretion"))
        // The new C.3: "… shall not be subject to the grievance and arbitration procedure of Article 12."
        #expect(has(found, "art_16__sec_c__subsec_3", "grievability-removed"))
        // "up to ten (10) → five (5) working days of paid leave"
        #expect(has(found, "art_16__sec_d__subsec_1", "quantity-changed:duration", before: "10 working days", after: "5 working days"))
        // The legal assistance fund: $150,000 → $75,000 a year.
        #expect(has(found, "art_16__sec_f__p_1", "quantity-changed:money", before: "$150000", after: "$75000"))
        // The union's item (v), an interest-free advance the University "shall" provide, is gone.
        #expect(found.contains { $0.oldClause == "art_16__sec_b__subsec_2__para_a__subpara_v" && $0.flag == .protectionDeleted })
        // The proposal's cover page (dates, "The Union reserves the right …") is not contract language.
        #expect(!found.contains { ($0.newClause ?? $0.oldClause ?? "").hasPrefix("preface") })
    }

    @Test func findingsCarrySpansIntoTheClauseText() throws {
        let new = try read("02-management-counter.word.html")
        let found = try findings()
        let finding = try #require(found.first { $0.label == "discretion-added" })
        let id = try #require(finding.newClause)
        let node = try #require(new.node(withID: id))
        let span = try #require(finding.newSpan)
        let text = Array(ClauseText.own(node).unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[span.start..<(span.start + span.length)])
        #expect(String(view) == "sole discretion")
    }

    @Test func aDocumentComparedWithItselfHasNoFindings() throws {
        let document = try read("04-tentative-agreement.word.html")
        #expect(DiffAnalyzer.findings(DocumentComparer.compare(old: document, new: document), old: document, new: document).isEmpty)
    }

    @Test func analyzeTabulatesStatementsPerParty() throws {
        let analysis = DocumentAnalysis(try read("02-management-counter.word.html"), name: "counter")
        // "The University shall provide, at no cost to the ASE, the institutional documents …"
        let clause = try #require(analysis.clauses.first { $0.id == "art_16__sec_b__subsec_1" })
        #expect(clause.statements.map(\.label) == ["employer obligation"])
        #expect((analysis.statementCounts["employer"]?["obligation"] ?? 0) >= 5)
        #expect(analysis.report().contains("employer obligation “The University shall” provide"))
    }
}
