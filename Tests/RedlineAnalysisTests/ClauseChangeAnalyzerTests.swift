import Testing

@testable import RedlineAnalysis

@Suite struct ClauseChangeAnalyzerTests {
    private func labels(_ old: String?, _ new: String?) -> [String] {
        ClauseChangeAnalyzer.compare(old: old, new: new).map(\.label)
    }

    @Test func weakenedDutyCarriesBothTriggers() throws {
        let findings = ClauseChangeAnalyzer.compare(
            old: "The University shall provide housing assistance.", new: "The University may provide housing assistance.")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.flag == .obligationWeakened)
        #expect(finding.before == "shall")
        #expect(finding.after == "may")
        #expect(finding.oldSpan == TextSpan(start: 15, length: 5))
        #expect(finding.newSpan == TextSpan(start: 15, length: 3))
    }

    @Test func quantityChangesHaveDeltas() throws {
        let days = try #require(
            ClauseChangeAnalyzer.compare(old: "Respond within 210 calendar days.", new: "Respond within ninety (90) calendar days.").first)
        #expect(days.label == "quantity-changed:duration")
        #expect(days.before == "210 calendar days")
        #expect(days.after == "90 calendar days")
        #expect(days.delta == "−120 calendar days")
        let raise = try #require(ClauseChangeAnalyzer.compare(old: "a raise of 5%", new: "a raise of three percent (3%)").first)
        #expect(raise.summary == "percentage 5% → 3% (−2 points)")
        let cap = try #require(
            ClauseChangeAnalyzer.compare(old: "Transit passes are reimbursed up to $224/month.", new: "Transit passes are reimbursed.").first)
        #expect(cap.summary == "money $224/month removed")
    }

    @Test func unitChangesCountEvenWhenTheNumberStays() {
        #expect(labels("within ten (10) working days", "within ten (10) calendar days") == ["unit-changed:duration"])
        #expect(labels("within ten (10) working days", "within ten (10) business days") == [])
    }

    @Test func wholeClauses() {
        #expect(labels("No ASE shall be disciplined except for just cause.", nil) == ["protection-deleted"])
        #expect(labels("The purpose of this Article is to describe workload.", nil) == [])
        #expect(labels(nil, "A decision under this Section shall not be subject to the grievance procedure.") == ["grievability-removed"])
        #expect(labels(nil, "The University shall provide a locker.") == ["obligation-added"])
    }

    @Test func partyAndVoice() {
        #expect(labels("The University shall provide the equipment.", "The department shall provide the equipment.") == ["party-changed"])
        #expect(labels("Employees shall be paid monthly.", "The University shall pay employees monthly.") == [])
    }

    @Test func movesIntoManagementRights() {
        let findings = DiffAnalyzer.moveFindings(
            from: "ARTICLE 16 IMMIGRATION", to: "ARTICLE 19 MANAGEMENT AND ACADEMIC RIGHTS",
            fromExcludes: DiffAnalyzer.headingExcludesGrievances("IMMIGRATION"),
            toExcludes: DiffAnalyzer.headingExcludesGrievances("MANAGEMENT AND ACADEMIC RIGHTS"))
        #expect(findings.map(\.label) == ["moved-across-articles", "grievability-removed"])
        #expect(findings[0].before == "ARTICLE 16 IMMIGRATION")
        #expect(findings[0].after == "ARTICLE 19 MANAGEMENT AND ACADEMIC RIGHTS")
    }
}
