import Foundation
import RedlineModel
import RedlineReaders
import Testing

/// Documents that mix automatic list numbering with labels typed into the text, as Word users
/// write them: a typed "a." under an automatic "1." belongs to it, and the automatic "2." that
/// follows continues "1." whatever list depth each paragraph claims.
@Suite struct MixedNumberingTests {
    /// List 1: "%1." decimal, then "%2)" lower letters; list 2: "%1)" lower letters at level 0.
    static let numbering = """
        <w:abstractNum w:abstractNumId="30">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="40">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="30"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="40"/></w:num>
        """

    static func typed(_ text: String) -> String {
        "<w:p>\(DOCXReaderTests.run(text))</w:p>"
    }

    static func auto(_ numID: Int, _ ilvl: Int, _ text: String) -> String {
        DOCXReaderTests.item(numID, ilvl, DOCXReaderTests.run(text))
    }

    /// Reads a document whose body is "ARTICLE 9 LEAVE" followed by `paragraphs`.
    static func read(_ paragraphs: [String]) throws -> ClauseNode {
        let body = ([typed("ARTICLE 9 LEAVE")] + paragraphs).joined()
        let bytes = try DOCXReaderTests.docx(body: body, numbering: numbering)
        let document = try ContractReader().read(bytes: bytes, name: "leave.docx")
        return try #require(document.articles.first)
    }

    /// The numbered nodes under `node`, one a line, indented two spaces a level.
    static func outline(_ node: ClauseNode, indent: String = "") -> [String] {
        node.children.filter { $0.number != nil }.flatMap { child in
            [indent + (child.number?.written ?? "")] + outline(child, indent: indent + "  ")
        }
    }

    @Test("typed (a) and (b) under an automatic 1. belong to it; the automatic 2. and 3. are its siblings")
    func typedParenthesisedLettersUnderAutomaticDecimal() throws {
        let article = try Self.read([
            Self.auto(1, 0, "Within ten days of the request the supervisor shall give the ASE:"),
            Self.typed("(a) the dates of the leave;"),
            Self.typed("(b) the name of the person who will cover the ASE’s duties."),
            Self.auto(1, 0, "A request for leave shall not be unreasonably refused."),
            Self.auto(1, 0, "Leave taken under this Article does not reduce the ASE’s pay."),
        ])
        #expect(Self.outline(article) == ["1.", "  (a)", "  (b)", "2.", "3."])
        #expect(article.children[0].children[1].text.plainText.hasPrefix("the name of the person"))
        #expect(article.children[2].text.plainText.hasPrefix("Leave taken"))
    }

    @Test("typed i. and ii. under an automatic a) belong to it; the automatic b) and 2. close them")
    func typedRomanUnderAutomaticLetter() throws {
        let article = try Self.read([
            Self.auto(1, 0, "The following kinds of leave are granted:"),
            Self.auto(1, 1, "sick leave, which covers:"),
            Self.typed("i. the ASE’s own illness;"),
            Self.typed("ii. the care of a family member;"),
            Self.auto(1, 1, "bereavement leave of up to five days."),
            Self.auto(1, 0, "Leave is recorded by the department."),
        ])
        #expect(Self.outline(article) == ["1.", "  a)", "    i.", "    ii.", "  b)", "2."])
        let roman = article.children[0].children[0].children.map { $0.number?.style }
        #expect(roman == [.lowerRoman, .lowerRoman])
    }

    @Test("automatic a) and b) under a typed 1. belong to it; the typed 2. continues 1.")
    func automaticLettersUnderTypedDecimal() throws {
        let article = try Self.read([
            Self.typed("1. An ASE may take unpaid leave for:"),
            Self.auto(2, 0, "jury duty; or"),
            Self.auto(2, 0, "a court appearance as a witness."),
            Self.typed("2. The ASE shall give notice as soon as the ASE learns of the need for leave."),
            Self.typed("3. The University shall not penalise an ASE for taking leave under this Section."),
        ])
        #expect(Self.outline(article) == ["1.", "  a)", "  b)", "2.", "3."])
    }

    @Test("a paragraph without a label after an automatic item still leaves the list")
    func unlabelledParagraphLeavesList() throws {
        let article = try Self.read([
            Self.auto(1, 0, "Leave shall be requested in writing."),
            Self.auto(1, 0, "Leave shall be granted in writing."),
            Self.typed("Nothing in this Article limits leave required by law."),
        ])
        #expect(Self.outline(article) == ["1.", "2."])
        #expect(article.children.last?.number == nil)
        #expect(article.children.last?.text.plainText.hasPrefix("Nothing in this Article") == true)
    }

    @Test("HTML: typed a. paragraphs after an ordered-list item belong to it; the list's next item is its sibling")
    func htmlTypedLettersAfterListItem() throws {
        let html = """
            <html><body><h1>ARTICLE 9 LEAVE</h1>
            <ol><li>Within ten days of the request the supervisor shall give the ASE:</li></ol>
            <p>a. the dates of the leave;</p>
            <p>b. the name of the person who will cover the ASE’s duties.</p>
            <ol start="2"><li>A request for leave shall not be unreasonably refused.</li>
            <li>Leave taken under this Article does not reduce the ASE’s pay.</li></ol>
            </body></html>
            """
        let article = try #require(try parse(html).articles.first)
        #expect(Self.outline(article) == ["1.", "  a.", "  b.", "2.", "3."])
    }
}
