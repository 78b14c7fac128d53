import Foundation
import RedlineXML
import Testing

/// Entities a document declares in its DTD are never expanded: a reference stays `&name;` in text
/// and in attributes, so nested or repeated declarations cannot multiply the text (a 200 KB file of
/// nested entities once took 56 s and was silently cut at 1 MiB). Character references and the five
/// predefined entities are still resolved.
@Suite struct HostileXMLTests {
    /// Declarations `e0` … `e\(levels)`, each referencing the one before `fan` times, and a body
    /// that references the last one `references` times in text and once in an attribute.
    static func nested(fan: Int, levels: Int, references: Int) -> [UInt8] {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [\n<!ENTITY e0 \"the Union \">\n"
        for level in 1...levels {
            text += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: fan) + "\">\n"
        }
        text += "]>\n<doc><p kind=\"&e\(levels);\">" + String(repeating: "&e\(levels); ", count: references) + "</p></doc>"
        return Array(text.utf8)
    }

    /// Parses with a hang guard: the result, and whether it came back within `seconds`.
    func parse(_ bytes: [UInt8], within seconds: Double = 5) throws -> (MarkupDocument?, Bool) {
        let start = ContinuousClock.now
        let document = try? MarkupParser.parseXML(utf8: bytes)
        return (document, ContinuousClock.now - start < .seconds(seconds))
    }

    @Test func internalEntitiesAreKeptAsWritten() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE doc [<!ENTITY party "the Union"><!ENTITY pay "wages &amp; benefits">]>
            <doc><p who="&party;">&party; negotiates &pay; &amp; hours &#169; &lt;2026&gt;</p></doc>
            """
        let document = try MarkupParser.parseXML(utf8: Array(xml.utf8))
        let paragraph = try #require(document.root.childElements.first)
        #expect(paragraph.textContent == "&party; negotiates &pay; & hours © <2026>")
        #expect(paragraph.attribute("who") == "&party;")
    }

    @Test(arguments: [(10, 5, 10_000), (2, 20, 2_000), (3, 12, 5_000), (1, 1, 40_000), (10, 9, 1)])
    func nestedEntitiesFinishQuicklyUnexpanded(_ fan: Int, _ levels: Int, _ references: Int) throws {
        let (document, inTime) = try parse(Self.nested(fan: fan, levels: levels, references: references))
        #expect(inTime)
        // Refused by libxml2's amplification guard, or read with every reference kept as written.
        if let document {
            let text = try #require(document.root.childElements.first).textContent
            #expect(!text.contains("the Union"))
            #expect(text.components(separatedBy: "&e\(levels);").count - 1 == references)
        }
    }

    @Test func parameterEntitiesAndExternalSubsetsAreNotLoaded() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("redline-secret-\(UUID().uuidString).dtd")
        try Data("<!ENTITY leaked \"SECRET-TEXT\">".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let cases = [
            "<!DOCTYPE doc [<!ENTITY % ext SYSTEM \"\(secret.path)\"> %ext;]><doc>&leaked;</doc>",
            "<!DOCTYPE doc SYSTEM \"\(secret.path)\"><doc>&leaked;</doc>",
            "<!DOCTYPE doc SYSTEM \"http://127.0.0.1:9/remote.dtd\"><doc>&leaked;</doc>",
            "<!DOCTYPE doc [<!ENTITY leaked SYSTEM \"\(secret.path)\">]><doc>&leaked;</doc>",
            "<doc xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(secret.path)\" parse=\"text\"/></doc>",
        ]
        for xml in cases {
            let (document, inTime) = try parse(Array(("<?xml version=\"1.0\"?>\n" + xml).utf8))
            #expect(inTime)
            #expect(!(document?.root.textContent.contains("SECRET-TEXT") ?? false), "\(xml)")
        }
    }

    @Test func libxml2MessagesAreOneLine() {
        // libxml2 reports a bad byte on two lines ("…indicate encoding !" then "Bytes: 0xFF …").
        let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc>caf".utf8) + [0xFF, 0xFE] + Array("</doc>".utf8)
        #expect {
            try MarkupParser.parseXML(utf8: bytes)
        } throws: { error in
            guard case .malformed(let message, let line, _) = error as? MarkupError else { return false }
            return line == 2 && message.contains("Bytes: 0xFF") && !message.contains("\n") && !message.hasSuffix(" ")
        }
    }
}
