import RedlineXML
import Testing

@Suite struct MarkupParserTests {
    func html(_ text: String) throws -> MarkupDocument {
        try MarkupParser.parseHTML(utf8: Array(text.utf8))
    }

    @Test func keepsNonASCIITextIntact() throws {
        let document = try html("<html><body><h1>ARTICLE 12 – GRIEVANCE</h1><p>“Grievant’s” café</p></body></html>")
        #expect(document.root.textContent.contains("ARTICLE 12 – GRIEVANCE"))
        #expect(document.root.textContent.contains("“Grievant’s” café"))
    }

    @Test func repairsTagSoupAndKeepsLines() throws {
        let document = try html("<html><body>\n<p>one\n<p>two<li>three\n</body>")
        let body = try #require(document.root.childElements.first { $0.name == "body" })
        let paragraphs = body.childElements.filter { $0.name == "p" }
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.line == 2)
        #expect(paragraphs.last?.line == 3)
    }

    @Test func lowercasesHTMLNamesAndReadsAttributes() throws {
        let document = try html(#"<HTML><BODY><OL TYPE="A" START=3><LI VALUE=5>x</LI></OL></BODY></HTML>"#)
        let body = try #require(document.root.childElements.first)
        let list = try #require(body.childElements.first)
        #expect(list.name == "ol")
        #expect(list.attribute("type") == "A")
        #expect(list.attribute("START") == "3")
    }

    @Test func reportsMalformedXMLWithLine() {
        #expect(throws: MarkupError.self) {
            try MarkupParser.parseXML(utf8: Array("<a>\n<b>\n</a>".utf8))
        }
        do {
            _ = try MarkupParser.parseXML(utf8: Array("<a>\n<b>\n</a>".utf8))
        } catch let MarkupError.malformed(message, line, _) {
            #expect(line == 3)
            #expect(!message.isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func doesNotLoadExternalEntities() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <doc>&secret;</doc>
            """
        let document = try MarkupParser.parseXML(utf8: Array(xxe.utf8))
        #expect(document.root.textContent == "&secret;")
    }

    @Test func doesNotExpandEntityBombs() throws {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            bomb += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        bomb += "]>\n<lolz>&lol9;</lolz>"
        // Either refused or left unexpanded; never a billion "lol"s.
        if let document = try? MarkupParser.parseXML(utf8: Array(bomb.utf8)) {
            #expect(document.root.textContent.count < 1000)
        }
    }

    @Test func enforcesDepthLimit() {
        let deep = String(repeating: "<div>", count: 400) + "x" + String(repeating: "</div>", count: 400)
        #expect(throws: MarkupError.self) {
            try MarkupParser.parseHTML(utf8: Array(deep.utf8), limits: MarkupLimits(maxDepth: 256))
        }
    }

    @Test func enforcesSizeLimit() {
        let text = "<p>" + String(repeating: "word ", count: 1000) + "</p>"
        #expect(throws: MarkupError.tooLarge(bytes: text.utf8.count, limit: 100)) {
            try MarkupParser.parseHTML(utf8: Array(text.utf8), limits: MarkupLimits(maxBytes: 100))
        }
    }

    @Test func emptyInputIsNoContent() {
        #expect(throws: MarkupError.noContent) { try MarkupParser.parseHTML(utf8: []) }
    }
}
