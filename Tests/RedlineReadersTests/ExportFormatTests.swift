import Foundation
import RedlineModel
import RedlineReaders
import Testing

/// Each export style people send across the table, written the way its generator writes it.
@Suite struct ExportFormatTests {
    static let word = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
        <meta name=Generator content="Microsoft Word 15 (filtered)">
        <style><!-- p.MsoNormal {margin:0in;} --></style></head>
        <body lang=EN-US>
        <div class=WordSection1>
        <p class=MsoNormal align=center><b><span style='font-size:12.0pt'>ARTICLE 16 \u{2013} IMMIGRATION<o:p></o:p></span></b></p>
        <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>A.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>An employee may take up to five (5) days of paid leave to attend an immigration hearing.<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>B.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>The University <u>shall</u> <s>may</s> reimburse visa fees.<o:p></o:p></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        </div></body></html>
        """

    @Test func wordSaveAsWebPage() throws {
        // Word declares windows-1252; encode it that way so the en dash is byte 0x96.
        let bytes = [UInt8](try #require(Self.word.data(using: .windowsCP1252)))
        #expect(bytes.contains(0x96))
        let document = try ContractReader().read(bytes: bytes, name: "immigration.htm")
        #expect(document.sourceFormat == .wordHTML)
        #expect(document.metadata["encoding"] == "windows-1252")
        let article = try #require(document.articles.first)
        #expect(article.number?.normalized == "16")
        #expect(article.headingText == "IMMIGRATION")
        #expect(numbers(article) == ["A.", "B."])
        let b = article.children[1]
        #expect(b.text.plainText == "The University shall may reimburse visa fees.")
        #expect(b.text.runs.first { $0.text == "shall" }?.style == .underline)
        #expect(b.text.runs.first { $0.text == "may" }?.style == .strikethrough)
    }

    @Test func googleDocsClassesAndListCounters() throws {
        let document = try parse(
            """
            <html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
            <style type="text/css">.lst-kix_abc-0>li:before{content:"" counter(lst-ctn-kix_abc-0,upper-latin) ". "}
            .lst-kix_abc-1>li:before{content:"" counter(lst-ctn-kix_abc-1,lower-latin) ") "}
            .c3{text-decoration:underline}.c7{text-decoration:line-through}.c1{font-weight:700}.c0{font-weight:400}</style></head>
            <body class="c5 doc-content"><p class="c2"><span class="c1">ARTICLE 9 &ndash; LAYOFF</span></p>
            <ol class="c4 lst-kix_abc-0 start" start="1"><li class="c6 li-bullet-0"><span class="c0">Layoff is by seniority within a department.</span></li></ol>
            <ol class="c4 lst-kix_abc-1 start" start="1"><li class="c6"><span class="c0">Notice is given </span><span class="c3">forty-five (45)</span><span class="c7">thirty (30)</span><span class="c0"> days ahead.</span></li></ol>
            <ol class="c4 lst-kix_abc-0" start="2"><li class="c6"><span class="c0">Recall rights last one year.</span></li></ol>
            </body></html>
            """)
        #expect(document.sourceFormat == .googleDocsHTML)
        let article = try #require(document.articles.first)
        #expect(article.number?.normalized == "9")
        #expect(article.headingText == "LAYOFF")
        #expect(article.children.map { $0.number?.written } == ["A.", "B."])
        let notice = try #require(article.children.first?.children.first)
        #expect(notice.number?.written == "a)")
        #expect(notice.text.runs.contains { $0.text == "forty-five (45)" && $0.style == .underline })
        #expect(notice.text.runs.contains { $0.text == "thirty (30)" && $0.style == .strikethrough })
    }

    @Test func libreOfficeListsWithValuesAndWrappedText() throws {
        let document = try parse(
            """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>
            <meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head>
            <body lang="en-US" dir="ltr"><h1 class="western">ARTICLE 23  POSTING</h1>
            <h2 class="western"><a name="a"></a>A. GENERAL</h2>
            <ol>
            \t<li value="1"><p class="compact">Vacancies shall be posted on the
            \tdepartment website.</p>
            \t<li><p class="compact">Postings shall stay up for two
            \tweeks.</p>
            </ol>
            </body></html>
            """)
        #expect(document.sourceFormat == .libreOfficeHTML)
        let section = try #require(document.articles.first?.children.first)
        #expect(section.headingText == "GENERAL")
        #expect(section.children.map { $0.number?.normalized } == ["1", "2"])
        #expect(section.children[0].text.plainText == "Vacancies shall be posted on the department website.")
    }

    @Test func staticSiteFrontMatterAndTooltips() throws {
        let document = try parse(
            """
            ---
            title: Article 22 - Parking
            ---
            <div class="lvl2"><h2>A. PERMITS</h2>
            <div class="lvl3"><h3 class="inline-header">1.</h3> Each <span class="tooltip">ASE<span class="tooltip-text">{{ glossary }} Academic Student Employee</span></span> may buy a permit.
            </div></div>
            """, name: "article-22.md")
        let article = try #require(document.articles.first)
        #expect(article.number?.normalized == "22")
        #expect(article.headingText == "Parking")
        #expect(document.metadata["title"] == "Article 22 - Parking")
        let item = try #require(node(document, "art_22__sec_a__subsec_1"))
        #expect(item.text.plainText == "Each ASE may buy a permit.")
        #expect(item.location.line == 5)
    }

    @Test func plainTextWithHardWrappedLines() throws {
        let document = try parse(
            """
            ARTICLE 6 HOLIDAYS

            A. The University observes these holidays: New Year's Day, Labor Day
            and Thanksgiving Day.
            B. A holiday that falls on a Saturday is observed on the Friday
            before it.
            """, name: "h.txt")
        #expect(document.sourceFormat == .plainText)
        let article = try #require(document.articles.first)
        #expect(article.children[0].text.plainText.hasSuffix("Labor Day and Thanksgiving Day."))
        #expect(article.children[1].location.line == 5)
    }

    @Test func sameArticleInTwoFormatsGivesTheSameTree() throws {
        let html = try parse(
            """
            <h1>ARTICLE 12 – GRIEVANCE</h1><h2>A. FILING</h2>
            <ol><li>A grievance is filed in writing.</li><li>It names the article violated, such as Article 7.</li></ol>
            """)
        let text = try parse(
            """
            ARTICLE 12 – GRIEVANCE
            A. FILING
            1. A grievance is filed in writing.
            2. It names the article violated, such as Article 7.
            """, name: "g.txt")
        func shape(_ document: ContractDocument) -> [String] {
            document.allNodes.map { "\($0.id)|\($0.headingText)|\($0.text.plainText)|\($0.references.map(\.target))" }
        }
        #expect(shape(html) == shape(text))
    }
}
