import Testing
@testable import RedlineTopics

@Test func topicIDsOrder() {
    #expect(Topic("layoff") < Topic("wages"))
}
