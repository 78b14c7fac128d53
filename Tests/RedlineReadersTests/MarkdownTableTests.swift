import RedlineModel
import RedlineReaders
import Testing

/// Tables in markdown sources: raw HTML blocks and pipe tables become table nodes, not text.
@Suite struct MarkdownTableTests {
    @Test("a raw <table> block inside a list item becomes a table, and the text after it stays text")
    func rawHTMLTable() throws {
        let document = try parse(
            """
            # ARTICLE 21 PARKING AND TRANSIT

            A. TRANSIT

            1. The University matches the employee's monthly transit contribution:
            <table>
            <caption>Monthly match</caption>
              <thead><tr><th>Employee</th><th>University</th><th>Total</th></tr></thead>
              <tbody>
                <tr><td>$5</td><td>$10</td><td>$15</td></tr>
                <tr><td>$10</td><td>$20</td><td>$30</td></tr>
              </tbody>
            </table>

            2. Parking rates are set each July.
            """, name: "parking.md")
        let item = try #require(node(document, "art_21__sec_a__subsec_1"))
        #expect(!item.text.plainText.contains("<table"))
        let table = try #require(item.children.first { $0.kind == .table }?.table)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[2].cells.map(\.text.plainText) == ["$10", "$20", "$30"])
        #expect(node(document, "art_21__sec_a__subsec_2")?.text.plainText == "Parking rates are set each July.")
    }

    @Test("pipe tables, with alignment colons and an escaped pipe, become tables")
    func pipeTables() throws {
        let document = try parse(
            """
            # APPENDIX K – CAMPUS OFFICES

            | LOCATION | WEBSITE | CONTACT |
            | :--- | :---: | ---: |
            | Northfield | https://example.edu/hr | hr@example.edu |
            | Southgate | https://example.edu/a\\|b | 555-0100 |

            | STEP | RATE |
            |------|------|
            | 1 | $2,100 |
            """, name: "appendix.md")
        let appendix = try #require(document.articles.first)
        let tables = appendix.children.compactMap(\.table)
        #expect(appendix.children.map(\.id) == ["app_k__table_1", "app_k__table_2"])
        #expect(tables.count == 2)
        #expect(tables[0].rows.count == 3)
        #expect(tables[0].rows[0].isHeader)
        #expect(tables[0].rows[2].cells.map(\.text.plainText) == ["Southgate", "https://example.edu/a|b", "555-0100"])
        #expect(tables[1].rows[1].cells.map(\.text.plainText) == ["1", "$2,100"])
    }

    @Test("a line with a pipe but no separator row is text")
    func notATable() throws {
        let document = try parse(
            """
            ARTICLE 3 APPOINTMENTS

            A. Offers state the title | the dates | the percentage of time.
            """, name: "a.md")
        #expect(node(document, "art_3__sec_a")?.table == nil)
        #expect(node(document, "art_3__sec_a")?.text.plainText.contains("| the dates |") == true)
    }
}
