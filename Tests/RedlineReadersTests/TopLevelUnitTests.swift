import RedlineModel
import RedlineReaders
import Testing

/// Which heading series carries a document, and where a single-article export's number comes from.
@Suite struct TopLevelUnitTests {
    static let sectionsOnly = """
        <h2>A. PURPOSE</h2><p>The Employer values the skills of its international staff.</p>
        <h2>B. DOCUMENTS</h2><p>1. The Employer writes the letters a visa needs.</p><p>2. It answers within ten (10) days.</p>
        <h2>D. NON-EXCLUSIVITY</h2><p>Nothing here limits other rights.</p>
        """

    @Test("a numbered <h2> is never the article's title; the file name gives the number and heading")
    func numberedHeadingIsNotTheTitle() throws {
        let document = try parse(Self.sectionsOnly, name: "exports/art16_immigration.html")
        let article = try #require(document.articles.first)
        #expect(document.articles.count == 1)
        #expect(article.id == "art_16")
        #expect(article.headingText == "Immigration")
        #expect(numbers(article) == ["A.", "B.", "D."])
        #expect(node(document, "art_16__sec_d")?.children.first?.text.plainText == "Nothing here limits other rights.")
    }

    @Test("without a title or a numbered file name it is one unnumbered article", arguments: ["export.html", "-"])
    func unnumbered(_ name: String) throws {
        let document = try parse(Self.sectionsOnly, name: name)
        let article = try #require(document.articles.first)
        #expect(document.articles.count == 1)
        #expect(article.number == nil)
        #expect(article.heading == nil)
        #expect(article.id == "art_unnumbered_1")
        #expect(numbers(article) == ["A.", "B.", "D."])
    }

    @Test("the title comes first: <title>, <meta name=title>, a proposal header naming the article")
    func titleSources() throws {
        let titled = try parse("<title>Article 7 – Layoff</title>" + Self.sectionsOnly, name: "art16_immigration.html")
        #expect(titled.articles.first?.id == "art_7")
        #expect(titled.articles.first?.headingText == "Layoff")
        let meta = try parse("<head><meta name=\"title\" content=\"Article 7. Layoff\"></head>" + Self.sectionsOnly, name: "x.html")
        #expect(meta.articles.first?.id == "art_7")
        let header = try parse(
            "<title>UNION PROPOSAL — Article 16 Immigration — Presented 3/14/2026</title>" + Self.sectionsOnly, name: "x.html")
        #expect(header.articles.first?.id == "art_16")
        #expect(header.articles.first?.headingText == "Immigration")
        // A title naming the whole agreement says nothing about the article.
        let agreement = try parse("<title>Tentative Agreement 2026</title>" + Self.sectionsOnly, name: "16-immigration.html")
        #expect(agreement.articles.first?.id == "art_16")
        #expect(agreement.articles.first?.headingText == "Immigration")
    }

    @Test("a first unnumbered heading is the article's heading and is not kept as a clause")
    func firstUnnumberedHeading() throws {
        let document = try parse("<h1>Immigration</h1>" + Self.sectionsOnly, name: "article-16.html")
        let article = try #require(document.articles.first)
        #expect(article.id == "art_16")
        #expect(article.headingText == "Immigration")
        #expect(article.children.first?.number?.written == "A.")
    }

    @Test(
        "file names that carry a division number",
        arguments: [
            ("art16_immigration.txt", "art_16", "Immigration"), ("Article_16_Immigration.txt", "art_16", "Immigration"),
            ("16-immigration.txt", "art_16", "Immigration"), ("article-16.txt", "art_16", ""),
            ("bx_12-grievance-and-arbitration_2022-2025.txt", "art_12", "Grievance and Arbitration"),
            ("br_appendix-b_panel-of-arbitrators_2022-2025.txt", "app_b", "Panel of Arbitrators"),
            ("br_sl-f_accessibility.txt", "letter_f", "Accessibility"),
            // A version number of a bargaining sequence is not an article number.
            ("04-tentative-agreement.txt", "art_unnumbered_1", ""), ("lsu-contract-2023-2026.txt", "art_unnumbered_1", ""),
        ])
    func fileNames(_ name: String, _ id: String, _ heading: String) throws {
        let document = try parse("A. FIRST\n\nThe parties agree.\n\nB. SECOND\n\nThe parties agree again.\n", name: name)
        #expect(document.articles.map(\.id) == [id], "\(name)")
        #expect(document.articles.first?.headingText == heading, "\(name)")
        #expect(document.articles.first.map(numbers) == ["A.", "B."], "\(name)")
    }

    @Test("Sections under a title naming the agreement are its articles; the title is not a side letter")
    func sectionsUnderAnAgreementTitle() throws {
        let document = try parse(
            """
            <h1>Memorandum of Understanding 2021–2024</h1>
            <h2>Section 1: Recognition</h2><p>1.1 The County recognizes the Association.</p>
            <h2>Section 2: Separability</h2><p>A provision held invalid is replaced by agreement.</p>
            <h2>Section 3: Term</h2><p>3.1 This Memorandum runs three years.</p><p>3.2 Either party may reopen it.</p>
            <h2>Side Letter 1: Parking</h2><p>The County keeps the staff lot open.</p>
            """, name: "county.html")
        #expect(document.children.first?.kind == .preamble)
        #expect(document.articles.map(\.id) == ["art_1", "art_2", "art_3", "letter_1"])
        #expect(document.articles.map(\.headingText) == ["Recognition", "Separability", "Term", "Parking"])
        #expect(node(document, "art_3").map(numbers) == ["3.1", "3.2"])
    }

    @Test("without divisions or an agreement title, Section headings stay the sections of one article")
    func sectionsOfOneArticle() throws {
        let document = try parse(
            "<h2>Section 1. Purpose</h2><p>Text one.</p><h2>Section 2. Scope</h2><p>Text two.</p>", name: "art5_leaves.html")
        #expect(document.articles.map(\.id) == ["art_5"])
        #expect(document.articles.first?.children.map(\.id) == ["art_5__sec_1", "art_5__sec_2"])
    }

    @Test("PART headings above articles are groups; the article ids do not change")
    func partsAboveArticles() throws {
        let document = try parse(
            """
            PART I – GENERAL PROVISIONS

            ARTICLE 1 RECOGNITION

            A. The Board recognizes the Guild.

            ARTICLE 2 TERM

            A. The Agreement runs three years.

            PART II – PAY

            ARTICLE 3 WAGES

            A. Wages rise three percent a year.
            """, name: "a.txt")
        #expect(document.children.map(\.id) == ["part_1", "art_1", "art_2", "part_2", "art_3"])
        #expect(document.children.map(\.kind) == [.group, .article, .article, .group, .article])
        #expect(document.children[3].headingText == "PAY")
        #expect(document.articles.map(\.id) == ["art_1", "art_2", "art_3"])
    }

    @Test("Part headings first met inside an article are that article's subdivisions")
    func partsInsideAnArticle() throws {
        let document = try parse(
            """
            ARTICLE 4 BENEFITS

            Part 1. Eligibility

            Half-time employees are eligible.

            Part 2. Enrollment

            Enrollment opens each fall.

            ARTICLE 5 LEAVES

            A. Leave accrues monthly.
            """, name: "a.txt")
        #expect(document.articles.map(\.id) == ["art_4", "art_5"])
        #expect(document.children.allSatisfy { $0.kind != .group })
    }

    @Test("Chapter headings with nothing labelled below them are the articles")
    func chaptersAreArticles() throws {
        let document = try parse(
            "CHAPTER 1 – GENERAL\n\n1. The rules apply to all staff.\n\nCHAPTER 2 – PAY\n\n1. Pay is biweekly.\n\n2. Overtime is paid.\n",
            name: "a.txt")
        #expect(document.articles.map(\.id) == ["art_1", "art_2"])
        #expect(document.articles.map(\.headingText) == ["GENERAL", "PAY"])
        #expect(document.articles[1].children.map(\.id) == ["art_2__sec_1", "art_2__sec_2"])
    }

    @Test("numbered headings that restart under lettered sections are an article's clauses, not articles")
    func restartingNumberedHeadings() throws {
        let document = try parse(
            "<h2>A. FILING</h2><h3>1. Form</h3><p>Use the form.</p><h3>2. Time</h3><p>File on time.</p>"
                + "<h2>B. STEPS</h2><h3>1. Meeting</h3><p>Meet first.</p><h3>2. Appeal</h3><p>Appeal next.</p>",
            name: "export.html")
        #expect(document.articles.count == 1)
        #expect(document.articles.first.map(numbers) == ["A.", "B."])
    }

    @Test("unbolded continuing decimal headings in markdown and hard-wrapped text are sections")
    func continuingHeadings() throws {
        let document = try parse(
            """
            # ARTICLE 3 LAYOFF

            **3.9 Order of Layoff.** Layoffs go by seniority.
            3.10 Notice to employees. The Employer gives thirty days of notice.

            **3.11 Recall.** Laid off workers are recalled by seniority. 6.5 percent of them came back in 2021.
            """, name: "a.md")
        let article = try #require(document.articles.first)
        #expect(numbers(article) == ["3.9", "3.10", "3.11"])
        #expect(article.children.compactMap { $0.number == nil ? nil : $0.headingText }
            == ["Order of Layoff", "Notice to employees", "Recall"])
        #expect(article.children[0].heading?.runs.first?.style.contains(.bold) == true)
        // A decimal that continues nothing ("6.5 percent") stays text.
        #expect(article.children[2].text.plainText.hasSuffix("6.5 percent of them came back in 2021."))
    }
}
