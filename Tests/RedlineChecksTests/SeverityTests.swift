import Testing
@testable import RedlineChecks

@Test func severitiesOrder() {
    #expect(Severity.note < Severity.warning)
    #expect(Severity.warning < Severity.error)
}
