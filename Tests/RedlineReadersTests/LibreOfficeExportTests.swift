import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// Habits of LibreOffice "Save as HTML" exports: `h1.western` style rules, contents pages written
/// with tabs, and lists whose items end in abbreviations.
@Suite struct LibreOfficeExportTests {
    private static let head = """
        <html><head><style>
        h1.western { font-family: "Liberation Serif", serif; font-size: 14pt; font-weight: bold }
        p.western { margin-bottom: 0.08in }
        </style></head><body>
        """

    @Test("an h1.western rule makes h1 bold, not every class=\"western\" paragraph")
    func elementClassRules() throws {
        let html = Self.head + """
            <h1 class="western">Article 3. Management Rights</h1>
            <p class="western">Section 3.2 Specific Rights. Without limiting Section 3.1, the retained rights include the right to:</p>
            <p class="western">(a) direct the work;</p>
            </body></html>
            """
        let document = try parse(html, name: "lo.html")
        let section = try #require(node(document, "art_3__sec_3.2"))
        #expect(section.headingText == "Specific Rights")
        #expect(section.text.plainText.hasPrefix("Without limiting"))
        #expect(!section.text.contains(style: .bold))
    }

    @Test("a contents page with tabs before the page numbers, followed at once by Article 1")
    func contentsFollowedByBody() throws {
        var html = Self.head + "<p class=\"western\"><b>TABLE OF CONTENTS</b></p>\n"
        let headings = ["Recognition", "Definitions", "Appointments", "Wages"]
        for (index, heading) in headings.enumerated() {
            html += "<p class=\"toc\">Article \(index + 1). \(heading)\t\(index + 3)</p>\n"
        }
        for (index, heading) in headings.enumerated() {
            html += "<h1 class=\"western\">Article \(index + 1). \(heading)</h1>\n"
            html += "<p class=\"western\">Section \(index + 1).1 General. The parties agree to the terms of this Article.</p>\n"
        }
        html += "</body></html>"
        let document = try parse(html, name: "toc.html")
        #expect(document.articles.map(\.id) == ["art_1", "art_2", "art_3", "art_4"])
        #expect(document.articles.first?.headingText == "Recognition")
    }

    @Test("a period after an abbreviation does not end a run-in heading")
    func abbreviations() throws {
        let document = try parse(
            """
            ARTICLE 19 HOLIDAYS

            19.1 The following days are holidays:

            (a) New Year's Day;

            (b) Martin Luther King Jr. Day;

            (c) Presidents' Day.

            19.2 Eligibility. An employee on paid status the day before a holiday is paid for it.
            """, name: "h.txt")
        let item = try #require(node(document, "art_19__sec_19.1__subsec_b"))
        #expect(item.heading == nil)
        #expect(item.text.plainText == "Martin Luther King Jr. Day;")
        #expect(node(document, "art_19__sec_19.2")?.headingText == "Eligibility")
    }
}

/// Where an unnumbered paragraph after a list belongs.
@Suite struct ClosingParagraphTests {
    @Test("a paragraph after a finished enumeration of fragments belongs to the clause that introduced it")
    func closesEnumeration() throws {
        let document = try parse(
            """
            ARTICLE 3 APPOINTMENTS

            3.2 Timing. The University shall issue appointment letters by:

            (a) June 1, for the fall term;

            (b) November 15, for the spring term; and

            (c) April 15, for the summer session.

            When an unforeseen change in enrollment requires a later appointment, the letter is sent as soon as possible.
            """, name: "t.txt")
        #expect(node(document, "art_3__sec_3.2__p_1")?.text.plainText.hasPrefix("When an unforeseen") == true)
        #expect(node(document, "art_3__sec_3.2__subsec_c")?.children.isEmpty == true)
    }

    @Test("a paragraph after an item that is a sentence of its own continues the item")
    func continuesItem() throws {
        let document = try parse(
            """
            ARTICLE 7 DISCIPLINE

            A. Corrective action.

            1. A written warning states the reasons for it.

            2. A suspension is without pay.

            The Union receives a copy of the notice.
            """, name: "d.txt")
        #expect(node(document, "art_7__sec_a__subsec_2__p_1") != nil)
    }

    @Test("the Ridgeview contract gives the same clause ids as HTML and as text")
    func ridgeviewTwins() throws {
        let folder = Fixtures.corpora.appendingPathComponent("contract")
        let html = try ContractReader().read(
            contentsOf: folder.appendingPathComponent("ridgeview-researchers-2024-2028.html"), displayName: "r.html")
        let text = try ContractReader().read(
            contentsOf: folder.appendingPathComponent("ridgeview-researchers-2024-2028.txt"), displayName: "r.txt")
        func ids(_ document: ContractDocument) -> [String] {
            var result: [String] = []
            for article in document.articles { article.walk { node, _ in result.append(node.id); return .visitChildren } }
            return result
        }
        #expect(html.articles.count == 38)
        #expect(ids(html) == ids(text))
    }
}

/// All-capitals list entries are text when the next entry follows at once.
@Suite struct CapitalisedListEntryTests {
    @Test("title codes in capitals are the items' text, while a capitalised heading over text stays a heading")
    func titleCodes() throws {
        let document = try parse(
            """
            ARTICLE 1 RECOGNITION

            A. TITLES IN THE UNIT

            1. The unit includes these titles:

            a. GSR-FULL FEE REM, 3282

            b. GSR-PARTIAL FEE REM, 3276

            c. GSR-NO REM, 3266

            B. EXCLUSIONS

            Students appointed as readers only are excluded.
            """, name: "codes.txt")
        let entry = try #require(node(document, "art_1__sec_a__subsec_1__para_a"))
        #expect(entry.heading == nil)
        #expect(entry.text.plainText == "GSR-FULL FEE REM, 3282")
        #expect(node(document, "art_1__sec_a")?.headingText == "TITLES IN THE UNIT")
        #expect(node(document, "art_1__sec_b")?.headingText == "EXCLUSIONS")
    }
}
