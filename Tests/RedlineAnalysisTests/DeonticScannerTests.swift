import Testing

@testable import RedlineAnalysis

@Suite struct DeonticScannerTests {
    private func labels(_ text: String) -> [String] { DeonticScanner.scan(text).map(\.label) }

    @Test func modalVerbsAndTheirNegations() {
        #expect(labels("The University shall provide, at no cost to the ASE, the institutional documents.") == ["employer obligation"])
        #expect(labels("The University may provide the documents.") == ["employer permission"])
        #expect(labels("The University shall not require an ASE to work more than twenty (20) hours.") == ["employer prohibition"])
        #expect(labels("An ASE may not be assigned duties outside the appointment.") == ["employee prohibition"])
        #expect(labels("The Union must notify the University in writing.") == ["union obligation"])
        #expect(labels("The department should consult the ASE before the schedule is set.") == ["department recommendation"])
        #expect(labels("The University will endeavour to respond within ten (10) days.") == ["employer recommendation"])
        #expect(labels("The Employer shall make reasonable efforts to find a suitable position.") == ["employer recommendation"])
    }

    @Test func modalPhrases() {
        #expect(labels("Each ASE is entitled to two (2) days of paid leave.") == ["employee entitlement"])
        #expect(labels("The Union has the right to appoint stewards.") == ["union entitlement"])
        #expect(labels("The University is under no obligation to renew an appointment.") == ["employer permission"])
        #expect(labels("The University is required to post all vacancies.") == ["employer obligation"])
        #expect(labels("The parties agree to meet within thirty (30) days.") == ["both obligation"])
        #expect(labels("The arbitrator shall have no authority to modify this Agreement.") == ["arbitrator prohibition"])
        #expect(labels("The University retains the right to determine the size of the workforce.") == ["employer entitlement"])
    }

    @Test func subjectsFromGrammar() {
        #expect(labels("The chair of the department shall approve the schedule.") == ["department obligation"])
        #expect(labels("An ASE who is absent for more than three days shall provide a note.") == ["employee obligation"])
        #expect(labels("If the grievance is not resolved, the Union may appeal to Step 2.") == ["union permission"])
        #expect(labels("The University, at its sole discretion, may extend the deadline.") == ["employer permission"])
        #expect(labels("Neither the University nor the Union shall discriminate against any employee.") == ["both prohibition"])
        #expect(labels("A representative of the Union may attend the meeting.") == ["union permission"])
        #expect(labels("The Joint Safety Committee shall meet quarterly.") == ["committee obligation"])
        #expect(labels("The Contractor shall deliver the goods, and it may invoice monthly.") == ["unspecified obligation", "unspecified permission"])
    }

    @Test func passivesAndEntitlements() {
        #expect(labels("No ASE shall be disciplined without just cause.") == ["employee entitlement"])
        #expect(labels("Employees shall be paid on the last working day of the month.") == ["employee entitlement"])
        #expect(labels("Written notice shall be given by the University.") == ["employer obligation"])
        #expect(labels("Written notice shall be given to the Union.") == ["unspecified obligation"])
        #expect(labels("Postdocs shall receive a stipend of $450 per month.") == ["employee entitlement"])
        #expect(labels("Nothing in this Article shall prevent the University from offering more.") == [])
    }

    @Test func severalStatementsInOneSentence() {
        let statements = DeonticScanner.scan("The University shall notify the Union, and the Union may request a meeting; the ASE shall not be required to attend.")
        #expect(statements.map(\.label) == ["employer obligation", "union permission", "employee permission"])
        #expect(statements.map(\.action) == ["notify", "request", "attend"])
    }

    @Test func nonModalUsesAreNotStatements() {
        #expect(labels("The term of this Agreement is three years, ending May 1, 2026.") == [])
        #expect(labels("Employment at will does not apply to ASEs.") == [])
    }
}
