import RedlineModel
import RedlineReaders
import Testing

/// Structure recognition on small contract-shaped documents, one numbering habit at a time.
@Suite struct StructureRecognitionTests {
    @Test("ARTICLE 12 – HEADING, sections A., subsections 1., paragraphs a)")
    func classicLayout() throws {
        let document = try parse(
            """
            ARTICLE 12 – GRIEVANCE AND ARBITRATION

            A. GENERAL PROVISIONS
            1. A grievance is a written claim that the University broke a term of this Agreement.
            2. Only the Union may file a grievance about:
            a) the posting of positions under Article 23;
            b) the release of employee lists.
            B. TIME LIMITS
            1. A grievance must be filed within thirty (30) calendar days.
            """, name: "a.txt")
        let article = try #require(document.articles.first)
        #expect(article.id == "art_12")
        #expect(article.number?.normalized == "12")
        #expect(article.headingText == "GRIEVANCE AND ARBITRATION")
        #expect(numbers(article) == ["A.", "B."])
        let a2 = try #require(node(document, "art_12__sec_a__subsec_2"))
        #expect(numbers(a2) == ["a)", "b)"])
        #expect(a2.children[0].kind == .paragraph)
        #expect(node(document, "art_12__sec_b__subsec_1")?.text.plainText.hasPrefix("A grievance must") == true)
    }

    @Test("roman article numbers normalise to arabic")
    func romanArticle() throws {
        let document = try parse("Article XII. Grievance\n\nSection 1. Filing\n\nThe Union files grievances in writing.\n", name: "r.txt")
        let article = try #require(document.articles.first)
        #expect(article.number?.normalized == "12")
        #expect(article.number?.style == .upperRoman)
        #expect(article.headingText == "Grievance")
        #expect(article.children.first?.number?.prefix == "Section")
        #expect(article.children.first?.id == "art_12__sec_1")
    }

    @Test("\"12. Grievance Procedure\" is an article when no ARTICLE word is used")
    func numberedTopLevelHeadings() throws {
        let document = try parse(
            """
            <h1>Agreement</h1>
            <h2>11. Fee Remission</h2><p>1. The University pays fees for eligible employees.</p>
            <h2>12. Grievance Procedure</h2><p>1. Grievances are filed in writing.</p><p>2. Decisions are written.</p>
            """)
        #expect(document.articles.map { $0.number?.normalized } == ["11", "12"])
        #expect(document.articles.map(\.headingText) == ["Fee Remission", "Grievance Procedure"])
        #expect(numbers(document.articles[1]) == ["1.", "2."])
    }

    @Test("(i) after (h) is the letter i; (i) after (a) is roman one")
    func letterOrRoman() throws {
        let document = try parse(
            """
            ARTICLE 5 LEAVES
            A. Paid leave may be used for:
            (a) illness; (b) injury; (c) medical appointments; (d) caring for a child;
            (e) caring for a parent; (f) bereavement; (g) jury service; (h) voting;
            (i) appearing in court; (j) other reasons the parties agree upon.
            B. An employee on leave keeps:
            (a) seniority, which includes:
            (i) time worked before the leave;
            (ii) time on paid leave;
            (iii) time on an approved unpaid leave.
            (b) health benefits.
            """, name: "leaves.txt")
        let a = try #require(node(document, "art_5__sec_a"))
        #expect(a.children.map { $0.number?.normalized } == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(a.children[8].number?.style == .lowerAlpha)
        #expect(a.children[8].number?.value == 9)
        let ba = try #require(node(document, "art_5__sec_b__subsec_a"))
        #expect(ba.children.map { $0.number?.normalized } == ["i", "ii", "iii"])
        #expect(ba.children.allSatisfy { $0.number?.style == .lowerRoman })
        #expect(node(document, "art_5__sec_b__subsec_b")?.text.plainText == "health benefits.")
    }

    @Test("(i) after (h) whose next sibling is (ii) is roman")
    func lookAheadDecidesRoman() throws {
        let document = try parse(
            """
            ARTICLE 7 DEFINITIONS
            (a) "Day" means calendar day.
            (b) "Employee" means a member of the unit.
            (c) "Grievant" means the person filing.
            (d) "Term" means a quarter.
            (e) "Union" means the Local.
            (f) "University" means the Regents.
            (g) "Week" means seven days.
            (h) "Written" includes:
            (i) email;
            (ii) a signed letter.
            """, name: "defs.txt")
        let h = try #require(node(document, "art_7__sec_h"))
        #expect(h.children.map { $0.number?.normalized } == ["i", "ii"])
        #expect(h.children.first?.number?.style == .lowerRoman)
    }

    @Test("I. after H. is a letter; I. at the start is roman")
    func upperCaseAmbiguity() throws {
        let letters = try parse(
            "ARTICLE 1 X\nA. a.\nB. b.\nC. c.\nD. d.\nE. e.\nF. f.\nG. g.\nH. h.\nI. i.\nJ. j.\n", name: "x.txt")
        #expect(letters.articles[0].children.map { $0.number?.style } == Array(repeating: .upperAlpha, count: 10))
        let roman = try parse("ARTICLE 1 X\nI. One.\nII. Two.\nIII. Three.\n", name: "y.txt")
        #expect(roman.articles[0].children.map { $0.number?.value } == [1, 2, 3])
        #expect(roman.articles[0].children.allSatisfy { $0.number?.style == .upperRoman })
    }

    @Test("decimal numbering nests under its whole number")
    func decimalNumbers() throws {
        let document = try parse(
            """
            ARTICLE 3 WORKLOAD
            Section 3. Hours
            3.1 Employees work no more than twenty hours a week.
            3.2 Extra hours are paid.
            Section 4. Scheduling
            4.1 Schedules are posted two weeks ahead.
            """, name: "w.txt")
        let article = try #require(document.articles.first)
        #expect(numbers(article) == ["Section 3", "Section 4"])
        #expect(article.children[0].children.map { $0.number?.normalized } == ["3.1", "3.2"])
        #expect(article.children[1].children.first?.id == "art_3__sec_4__subsec_4.1")
    }

    @Test("\"Section 5.01 Probationary Period. Text\": decimal sections, plain run-in headings, references")
    func sectionDecimalsWithRunInHeadings() throws {
        let document = try parse(
            """
            ARTICLE 5
            PROBATION
            Section 5.01 Probationary Period. New employees serve a probationary period of six (6) months.
            Section 5.02 Extension. The period may be extended once by agreement, as provided in Section 5.01.
            Section 5.03 The Union. The Union is told of each extension.
            """, name: "p.txt")
        let article = try #require(document.articles.first)
        #expect(article.headingText == "PROBATION")
        #expect(article.children.map(\.id) == ["art_5__sec_5.1", "art_5__sec_5.2", "art_5__sec_5.3"])
        #expect(article.children.map(\.headingText) == ["Probationary Period", "Extension", ""])
        #expect(article.children[0].text.plainText == "New employees serve a probationary period of six (6) months.")
        #expect(article.children[2].text.plainText.hasPrefix("The Union. The Union is told"))
        #expect(article.children[1].references.first?.resolvedID == "art_5__sec_5.1")
    }

    @Test("grievance steps are labels; a sentence opening with a reference is not")
    func stepsAndSentencesOpeningWithReferences() throws {
        let document = try parse(
            """
            ARTICLE 9 GRIEVANCE
            Step 1 – Informal Review
            The employee meets the supervisor within ten (10) days.
            Step 2 – Formal Review
            The Union appeals in writing.

            Section 3 of Article 5 applies to every step.
            """, name: "s.txt")
        let article = try #require(document.articles.first)
        #expect(article.children.map { $0.number?.written } == ["Step 1", "Step 2"])
        #expect(article.children.map(\.headingText) == ["Informal Review", "Formal Review"])
        #expect(article.children[0].children.first?.text.plainText.hasPrefix("The employee meets") == true)
        let last = try #require(article.children[1].children.last)
        #expect(last.kind == .text)
        #expect(last.references.first?.article == "5")
    }

    @Test("gaps and duplicates are kept as found, with unique ids")
    func gapsAndDuplicates() throws {
        let document = try parse(
            "ARTICLE 2 POSTING\nA. First rule.\nB. Second rule.\nD. Fourth rule.\nD. Another fourth rule.\n", name: "p.txt")
        let article = try #require(document.articles.first)
        #expect(numbers(article) == ["A.", "B.", "D.", "D."])
        #expect(article.children.map(\.id) == ["art_2__sec_a", "art_2__sec_b", "art_2__sec_d", "art_2__sec_d_dup2"])
    }

    @Test("HTML list numbering: <ol type=A>, start and value")
    func htmlListNumbering() throws {
        let document = try parse(
            """
            <html><body><h1>ARTICLE 9 LAYOFF</h1>
            <ol type="A">
              <li>Notice<ol><li>The University gives thirty days' notice.</li><li>Notice goes to the Union.</li></ol></li>
              <li>Recall</li>
            </ol>
            <ol type="A" start="4"><li>Severance</li></ol>
            <ol type="a"><li value="3">Pay in lieu of notice.</li></ol>
            </body></html>
            """)
        let article = try #require(document.articles.first)
        #expect(article.children.map { $0.number?.normalized } == ["a", "b", "d"])
        #expect(article.children[0].children.map { $0.number?.normalized } == ["1", "2"])
        #expect(article.children[2].children.first?.number?.normalized == "c")
    }

    @Test("run-in bold headings split from their text")
    func runInHeadings() throws {
        let document = try parse(
            "<h1>ARTICLE 4 CHILDCARE</h1><p>A. <b>Subsidy.</b> Employees with children receive a subsidy each term.</p>")
        let section = try #require(document.articles.first?.children.first)
        #expect(section.headingText == "Subsidy")
        #expect(section.text.plainText == "Employees with children receive a subsidy each term.")
    }

    @Test("article number on its own line, heading on the next")
    func headingOnNextLine() throws {
        let document = try parse("<p>ARTICLE 16</p><p>IMMIGRATION</p><p>A. Employees may take leave for visa appointments.</p>")
        let article = try #require(document.articles.first)
        #expect(article.number?.normalized == "16")
        #expect(article.headingText == "IMMIGRATION")
        #expect(numbers(article) == ["A."])
    }

    @Test("a table of contents is not taken for articles")
    func tableOfContentsIsPreamble() throws {
        let document = try parse(
            """
            <p>CONTENTS</p>
            <p>Article 1 Recognition ........ 1</p><p>Article 2 Posting ........ 3</p><p>Article 3 Workload ........ 5</p>
            <h1>ARTICLE 1 RECOGNITION</h1><p>The University recognizes the Union.</p>
            <h1>ARTICLE 2 POSTING</h1><p>Positions are posted.</p>
            """)
        #expect(document.articles.map { $0.number?.normalized } == ["1", "2"])
        #expect(document.children.first?.kind == .preamble)
    }

    @Test("clauses run together in one paragraph are split when the numbering proves it")
    func runTogetherClauses() throws {
        let document = try parse(
            """
            <h1>ARTICLE 8 DISCIPLINE</h1>
            <p>A. Discipline must be for just cause. B. The employee may have a steward present. C. Records of
            discipline are removed after two years. This is required by Section C of Article 10.</p>
            """)
        let article = try #require(document.articles.first)
        #expect(numbers(article) == ["A.", "B.", "C."])
        #expect(article.children[2].text.plainText.hasSuffix("required by Section C of Article 10."))
    }

    @Test("unnumbered headings inside an article become containers")
    func unnumberedHeadings() throws {
        let document = try parse(
            """
            <h1>ARTICLE 20 WAGES</h1><h2>Salary Scale</h2><p>Rates rise each October.</p>
            <h2>Retroactive Pay</h2><p>Back pay is paid within sixty days.</p>
            """)
        let article = try #require(document.articles.first)
        #expect(article.children.map(\.headingText) == ["Salary Scale", "Retroactive Pay"])
        #expect(article.children.map(\.id) == ["art_20__hcontainer_1", "art_20__hcontainer_2"])
        #expect(article.children[1].children.first?.kind == .text)
    }

    @Test("appendices and side letters are top-level divisions")
    func appendicesAndSideLetters() throws {
        let document = try parse(
            """
            ARTICLE 36 DURATION
            This Agreement runs until June 30, 2026.

            APPENDIX A – SALARY TABLE
            Rates are in Article 20.

            SIDE LETTER ON HOUSING
            The parties will meet about housing.
            """, name: "d.txt")
        #expect(document.articles.map(\.kind) == [.article, .appendix, .sideLetter])
        #expect(document.articles.map(\.id) == ["art_36", "app_a", "letter_unnumbered_1"])
        #expect(document.articles[2].headingText == "ON HOUSING")
    }

    @Test("columns laid out with spaces in plain text are a table")
    func plainTextTables() throws {
        let document = try parse(
            """
            ARTICLE 22 – WAGES
            A. The minimum monthly rates are:
            Step      2026–27    2027–28
            Step 1    $3,467     $3,710
            Step 2    $3,613     $3,866
            B. Rates rise on October 1 each year.
            """, name: "w.txt")
        let a = try #require(document.articles.first?.children.first)
        let table = try #require(a.children.first?.table)
        #expect(table.rows.map { $0.cells.map(\.text.plainText) } == [
            ["Step", "2026–27", "2027–28"], ["Step 1", "$3,467", "$3,710"], ["Step 2", "$3,613", "$3,866"],
        ])
        #expect(table.rows[0].isHeader && !table.rows[1].isHeader)
        #expect(numbers(try #require(document.articles.first)) == ["A.", "B."])
    }

    @Test("tables are kept as rows and cells")
    func tables() throws {
        let document = try parse(
            """
            <h1>ARTICLE 20 WAGES</h1><p>A. The minimum rates are:</p>
            <table><thead><tr><th>Step</th><th>2025</th><th>2026</th></tr></thead>
            <tbody><tr><td>1</td><td>$2,500</td><td>$2,600</td></tr><tr><td colspan="2">Total</td><td>$2,600</td></tr></tbody></table>
            """)
        let section = try #require(document.articles.first?.children.first)
        let table = try #require(section.children.first?.table)
        #expect(section.children.first?.kind == .table)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[1].cells.map(\.text.plainText) == ["1", "$2,500", "$2,600"])
        #expect(table.rows[2].cells[0].columnSpan == 2)
        #expect(table.columnCount == 3)
    }
}

/// Numbered items run together in one paragraph, where the last one starts in lower case.
@Suite struct RunTogetherLowerCaseTests {
    @Test("\"…; and F. it may include…\" continues A.–E. and is split; \"either a) …, or b) …\" is not")
    func lowerCaseContinuation() throws {
        let document = try parse(
            """
            ARTICLE 2 APPOINTMENT NOTIFICATION

            1. Supplemental documentation shall set forth the following: A. a description of required duties; B. the supervisor to whom the individual will report; C. the class assigned if applicable; and D. it may include the estimated time for each duty.

            2. A grievance must be filed within thirty (30) days of whichever occurs first: a) the date of the event, or b) the date on which the grievant knew of it.
            """, name: "run.txt")
        #expect(node(document, "art_2__sec_1__subsec_d")?.text.plainText.hasPrefix("it may include") == true)
        #expect(node(document, "art_2__sec_1__subsec_c")?.text.plainText == "the class assigned if applicable; and")
        let second = try #require(node(document, "art_2__sec_2"))
        #expect(second.children.isEmpty)
        #expect(second.text.plainText.contains("or b) the date on which"))
    }
}
