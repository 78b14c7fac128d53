import Testing
@testable import RedlineTopics

@Suite("Topic tokenizer")
struct TopicTokenizerTests {
    private func words(_ text: String) -> [String] {
        TopicTokenizer.tokens(text).map { token in
            let bytes = Array(text.utf8)[Int(token.start)..<Int(token.end)]
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test("words keep inner hyphens; numbers, quotes and dashes separate")
    func splitting() {
        #expect(
            words("The H-1B holder’s “non-grievable” claim – within 30 days.")
                == ["The", "H-1B", "holder", "non-grievable", "claim", "within", "days"])
    }

    @Test("stems agree across plural and verb forms, but not for dues")
    func stemming() {
        #expect(TopicTokenizer.stemmed("Grievances") == "grievance")
        #expect(TopicTokenizer.stemmed("policies") == "policy")
        #expect(TopicTokenizer.stemmed("bargaining") == "bargain")
        #expect(TopicTokenizer.stemmed("dismissed") == "dismiss")
        #expect(TopicTokenizer.stemmed("dues") == "dues")
        #expect(TopicTokenizer.stemmed("status") == "status")
    }

    @Test("stop words are marked, not dropped")
    func stopWords() {
        let tokens = TopicTokenizer.tokens("not subject to the grievance procedure")
        #expect(tokens.count == 6)
        #expect(tokens.filter(\.isStopWord).count == 3)
    }

    @Test("offsets point at the words in UTF-8 text with accents")
    func offsets() {
        let text = "Café workers’ leave"
        let found = words(text)
        #expect(found == ["Café", "workers", "leave"])
    }
}
