import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineRender
import RedlineTestSupport
import RedlineXML
import Testing

/// The renderers on small documents written to show one kind of change each.
@Suite struct RedlineRendererTests {
    static let contract = """
        ARTICLE 1 – RECOGNITION
        A. The University recognizes the Union as the exclusive representative of all academic student employees.
        B. The unit includes teaching assistants, readers and tutors in the titles listed in Appendix A.
        ARTICLE 2 – GRIEVANCE AND ARBITRATION
        A. A grievance is a written claim that the University has broken a specific term of this Agreement.
        B. A grievance must be filed within thirty (30) calendar days of the event that gave rise to it.
        C. The University shall answer each grievance in writing within fifteen (15) working days.
        D. The arbitrator's decision shall be final and binding on the University, the Union and the grievant.
        ARTICLE 3 – LAYOFF
        A. Layoff means an involuntary reduction in the hours or the end of an appointment before its end date.
        B. The University shall give the Union and the employee forty-five (45) days of written notice.
        ARTICLE 4 – IMMIGRATION
        A. An employee may take up to five (5) days of paid leave to attend immigration proceedings.
        B. The University shall reimburse fees for renewing a work visa required by the appointment.
        """

    func read(_ text: String, name: String = "t.txt") throws -> ContractDocument {
        try ContractReader().read(bytes: Array(text.utf8), name: name)
    }

    struct Rendered {
        let diff: DocumentDiff
        let old: ContractDocument
        let new: ContractDocument
        let html: MarkupElement
        let htmlText: String
        let docx: DOCXReadBack
        let markdown: String
        let terminal: String
    }

    /// Renders `old` → `new` in every format and checks the DOCX round trip on the way.
    func render(_ old: String, _ new: String, name: String = "t.txt", options: CompareOptions = CompareOptions()) throws -> Rendered {
        let before = try read(old, name: name), after = try read(new, name: name)
        let diff = DocumentComparer.compare(old: before, new: after, options: options)
        #expect(DiffInvariants.violations(diff, old: before, new: after) == [])
        let context = RenderContext(old: before, new: after, oldLabel: "Current", newLabel: "Proposal", date: fixedDate)
        let html = try HTMLRedlineRenderer().render(diff, context: context)
        let docx = try DOCXReadBack(try DOCXRedlineRenderer().render(diff, context: context))
        #expect(docx.revisionProblems() == [])
        let scope = options.scope == .newArticles ? Set(diff.alignments.flatMap { $0.old.map(\.id) }) : nil
        let groups = groupedClauses(diff)
        let newScope = options.scope == .newArticles ? Set(diff.alignments.flatMap { $0.new.map(\.id) }) : nil
        let expectedNew = expectedParagraphs(after, scope: newScope, plain: groups.new)
        let expectedOld = expectedParagraphs(before, scope: scope, plain: groups.old)
        #expect(docx.paragraphs(accept: true) == expectedNew, "accept-all: \(firstDifference(docx.paragraphs(accept: true), expectedNew))")
        #expect(docx.paragraphs(accept: false) == expectedOld, "reject-all: \(firstDifference(docx.paragraphs(accept: false), expectedOld))")
        let markdown = String(decoding: try MarkdownRedlineRenderer().render(diff, context: context), as: UTF8.self)
        let terminal = String(decoding: try TerminalRedlineRenderer().render(diff, context: context), as: UTF8.self)
        return Rendered(
            diff: diff, old: before, new: after, html: try MarkupParser.parseHTML(utf8: Array(html)).root,
            htmlText: String(decoding: html, as: UTF8.self), docx: docx, markdown: markdown, terminal: terminal)
    }

    @Test func identicalDocumentsHaveNoMarks() throws {
        let result = try render(Self.contract, Self.contract)
        #expect(result.diff.isEmpty)
        #expect(result.html.all("ins").isEmpty && result.html.all("del").isEmpty)
        #expect(result.docx.revisionText(inserted: true).isEmpty && result.docx.revisionText(inserted: false).isEmpty)
        #expect(!result.markdown.contains("{++") && !result.markdown.contains("{--"))
        #expect(!result.terminal.contains("[+") && !result.terminal.contains("[-"))
    }

    @Test func wordChange() throws {
        let result = try render(Self.contract, Self.contract.replacingOccurrences(of: "thirty (30) calendar", with: "sixty (60) calendar"))
        #expect(result.html.all("del").map(\.visibleText) == ["thirty (30"])
        #expect(result.html.all("ins").map(\.visibleText) == ["sixty (60"])
        #expect(result.markdown.contains("{~~thirty (30~>sixty (60~~}"))
        #expect(result.terminal.contains("[-thirty (30-][+sixty (60+]"))
    }

    @Test func renumberedClauseShowsItsOldNumber() throws {
        let new = Self.contract.replacingOccurrences(
            of: "B. The University shall give the Union",
            with: "B. Before any layoff the University shall first seek volunteers and offer other open positions.\nC. The University shall give the Union")
        let result = try render(Self.contract, new)
        let layoff = try #require(result.diff.alignments.first { $0.new.first?.id == "art_3" })
        #expect(layoff.children.map(\.kind) == [.same, .added, .renumbered])
        let renumbered = try #require(result.html.all("div").first { $0.attribute("id") == "art_3__sec_c" })
        #expect(renumbered.first("p")?.visibleText.hasPrefix("C. (was B.) The University shall give") == true)
        #expect(renumbered.classes.contains("kind-renumbered"))
        #expect(result.markdown.contains("**C.** *(was B.)* The University shall give"))
        // In Word, the old letter is deleted and the new one inserted.
        #expect(result.docx.revisionText(inserted: false).contains("B."))
    }

    @Test func movedClauseIsMarkedMovedNotDeletedAndInserted() throws {
        let new = Self.contract.replacingOccurrences(
            of: "A. A grievance is a written claim that the University has broken a specific term of this Agreement.\nB. A grievance must be filed within thirty (30) calendar days of the event that gave rise to it.\nC. The University shall answer each grievance in writing within fifteen (15) working days.\nD. The arbitrator's decision shall be final and binding on the University, the Union and the grievant.",
            with: "A. A grievance is a written claim that the University has broken a specific term of this Agreement.\nB. The arbitrator's decision shall be final and binding on the University, the Union and the grievant.\nC. A grievance must be filed within thirty (30) calendar days of the event that gave rise to it.\nD. The University shall answer each grievance in writing within fifteen (15) working days.")
        let result = try render(Self.contract, new)
        let grievance = try #require(result.diff.alignments.first { $0.new.first?.id == "art_2" })
        #expect(grievance.children.contains { $0.kind == .moved })
        let moved = try #require(result.html.all("div").first { $0.classes.contains("kind-moved") })
        #expect(moved.visibleText.contains("Moved"))
        #expect(moved.all("del").isEmpty && moved.all("ins").isEmpty)
        #expect(moved.visibleText.contains("(was D.)"))
        #expect(result.markdown.contains("*[Moved]*"))
        #expect(result.terminal.contains("[moved]"))
    }

    @Test func movedArticleKeepsBothOrdersInWord() throws {
        let parts = Self.contract.components(separatedBy: "ARTICLE 4 – IMMIGRATION")
        let moved = "ARTICLE 4 – IMMIGRATION" + parts[1].replacingOccurrences(of: "five (5)", with: "ten (10)") + "\n" + parts[0]
        let result = try render(Self.contract, moved)
        #expect(result.diff.alignments.contains { $0.kind == .moved })
        #expect(result.html.all("article").first?.classes.contains("kind-moved") == true)
        #expect(result.html.all("article").first?.all("del").map(\.visibleText) == ["five (5"])
    }

    @Test func addedAndRemovedClausesAndArticles() throws {
        var new = Self.contract.replacingOccurrences(of: "ARTICLE 3 – LAYOFF\nA. Layoff means an involuntary reduction in the hours or the end of an appointment before its end date.\nB. The University shall give the Union and the employee forty-five (45) days of written notice.\n", with: "")
        new += "\nARTICLE 5 – CHILDCARE\nA. The University pays a childcare subsidy of $900 each term to eligible employees.\nB. The subsidy is paid within thirty (30) days of the claim."
        new = new.replacingOccurrences(of: "D. The arbitrator's decision shall be final and binding on the University, the Union and the grievant.\n", with: "")
        let result = try render(Self.contract, new)
        #expect(result.diff.alignments.map(\.kind).contains(.added))
        #expect(result.diff.alignments.map(\.kind).contains(.removed))
        let removed = try #require(result.html.all("article").first { $0.classes.contains("kind-removed") })
        #expect(removed.all("ins").isEmpty)
        #expect(removed.all("h2").first?.first("del")?.visibleText == "ARTICLE 3 LAYOFF")
        let added = try #require(result.html.all("article").first { $0.classes.contains("kind-added") })
        #expect(added.all("del").isEmpty)
        #expect(result.markdown.contains("{--D. The arbitrator's decision"))
    }

    @Test func splitAndMergedClauses() throws {
        let split = Self.contract.replacingOccurrences(
            of: "C. The University shall answer each grievance in writing within fifteen (15) working days.",
            with: "C. The University shall answer each grievance in writing.\nD. The answer is due within fifteen (15) working days.\nE. The arbitrator's decision shall be final and binding on the University, the Union and the grievant.")
            .replacingOccurrences(of: "\nD. The arbitrator's decision shall be final and binding on the University, the Union and the grievant.\nARTICLE 3", with: "\nARTICLE 3")
        let result = try render(Self.contract, split)
        #expect(result.diff.alignments.contains { $0.children.contains { $0.kind == .split } })
        #expect(result.html.all("div").contains { $0.classes.contains("kind-split") })
        let merged = try render(split, Self.contract)
        #expect(merged.diff.alignments.contains { $0.children.contains { $0.kind == .merged } })
    }

    @Test func splitClauseWithRunInHeadings() throws {
        let old = """
            <h1>ARTICLE 7 – HOURS</h1>
            <p>A. <b>Overtime.</b> Hours beyond forty in a week are paid at time and one half of the regular rate, and overtime must be approved in advance by the supervisor in writing.</p>
            <p>B. <b>Meals.</b> A meal period of thirty minutes is unpaid.</p>
            """
        let new = """
            <h1>ARTICLE 7 – HOURS</h1>
            <p>A. <b>Overtime.</b> Hours beyond forty in a week are paid at time and one half of the regular rate.</p>
            <p>B. <b>Approval.</b> Overtime must be approved in advance by the supervisor in writing.</p>
            <p>C. <b>Meals.</b> A meal period of thirty minutes is unpaid.</p>
            """
        let result = try render(old, new, name: "t.html")
        #expect(result.diff.alignments.contains { $0.children.contains { $0.kind == .split } })
        #expect(result.new.node(withID: "art_7__sec_b")?.heading?.plainText == "Approval")
        #expect(result.markdown.contains("**C.** *(was B.)* **Meals**. A meal period"))
        let merged = try render(new, old, name: "t.html")
        #expect(merged.diff.alignments.contains { $0.children.contains { $0.kind == .merged } })
    }

    @Test func runInHeadingAgainstPlainText() throws {
        let old = "ARTICLE 7 – HOURS\nA. Overtime. Hours beyond forty in a week are paid at time and one half of the regular rate.\n"
        let new = "ARTICLE 7 – HOURS\nA. Hours beyond forty in a week are paid at time and one half of the regular rate.\n"
        _ = try render(old, new)
        _ = try render(new, old)
    }

    /// LibreOffice joins an insertion at the end of a paragraph with a following inserted paragraph;
    /// Word's own form (the earlier paragraph's mark inserted) keeps Reject All from joining paragraphs.
    @Test func insertedParagraphAfterAnInsertionMovesTheMarkUp() throws {
        let old = "ARTICLE 6 – WORKLOAD\nA. The estimate shall include:\n1. the number of students;\n2. any required training.\nB. The estimate is given in writing.\n"
        let new = "ARTICLE 6 – WORKLOAD\nA. The estimate shall include:\n1. the number of students;\n2. any required training; and\n3. the hours spent learning new software.\nB. The estimate is given in writing.\n"
        let result = try render(old, new)
        let paragraphs = try #require(result.docx.body).childElements.filter { $0.name == "p" }
        func mark(_ paragraph: MarkupElement) -> [String] {
            paragraph.first("pPr")?.childElements.first { $0.name == "rPr" }?.childElements.map(\.name) ?? []
        }
        let two = try #require(paragraphs.first { DOCXReadBack.text($0, accept: true).hasPrefix("2. any required training") })
        let three = try #require(paragraphs.first { DOCXReadBack.text($0, accept: true).hasPrefix("3. the hours") })
        #expect(mark(two) == ["ins"])
        #expect(mark(three) == [])
    }

    @Test func ignoredCaseStillRoundTripsInWord() throws {
        let new = Self.contract.replacingOccurrences(of: "The University shall reimburse", with: "THE UNIVERSITY SHALL reimburse")
        let result = try render(Self.contract, new, options: CompareOptions(text: DiffOptions(ignoreCase: true)))
        #expect(result.diff.isEmpty)
        #expect(result.html.all("del").isEmpty)  // the difference was asked to be ignored
        #expect(result.htmlText.contains("THE UNIVERSITY SHALL reimburse"))  // and the new text is shown
    }

    static let wages = """
        <html><head><title>Wages</title></head><body>
        <h2>ARTICLE 22 – WAGES</h2>
        <p>A. Rates are set out in Table 1.</p>
        <table>
        <tr><th>Step</th><th>2026–27</th><th>2027–28</th></tr>
        <tr><td>Step 1</td><td>$3,306</td><td>$3,389</td></tr>
        <tr><td>Step 2</td><td>$3,445</td><td>$3,531</td></tr>
        <tr><td>Step 3</td><td>$3,592</td><td>$3,682</td></tr>
        </table>
        <p>B. Rates are prorated for other appointment percentages.</p>
        </body></html>
        """

    @Test func tableCellsChangeInPlace() throws {
        let new = Self.wages.replacingOccurrences(of: "$3,389", with: "$3,400").replacingOccurrences(of: "$3,592", with: "$3,600")
        let result = try render(Self.wages, new, name: "w.html")
        let table = try #require(result.html.all("table").first { $0.classes.contains("redline-table") })
        let cells = table.all("td").filter { !$0.all("del").isEmpty }
        // "$" is a token of its own and stays.
        #expect(cells.map { $0.all("del").map(\.visibleText).joined() } == ["3,389", "3,592"])
        #expect(cells.map { $0.all("ins").map(\.visibleText).joined() } == ["3,400", "3,600"])
        #expect(cells.map { $0.visibleText } == ["$deleted: 3,389inserted: 3,400", "$deleted: 3,592inserted: 3,600"].map {
            $0.replacingOccurrences(of: "deleted: ", with: "").replacingOccurrences(of: "inserted: ", with: "")
        })
        #expect(table.all("tr").count == 4)
        #expect(result.markdown.contains("| Step 1 | $3,306 | ${~~3,389~>3,400~~} |"))
    }

    @Test func tableRowsAddedAndRemoved() throws {
        let added = Self.wages.replacingOccurrences(
            of: "</table>", with: "<tr><td>Step 4</td><td>$3,743</td><td>$3,837</td></tr>\n</table>")
        let result = try render(Self.wages, added, name: "w.html")
        let table = try #require(result.html.all("table").first { $0.classes.contains("redline-table") })
        #expect(table.all("tr").count == 5)
        _ = try render(added, Self.wages, name: "w.html")
        let fewer = Self.wages.replacingOccurrences(of: "<tr><td>Step 2</td><td>$3,445</td><td>$3,531</td></tr>\n", with: "")
        _ = try render(Self.wages, fewer, name: "w.html")
        let column = Self.wages.replacingOccurrences(of: "</th></tr>", with: "</th><th>2028–29</th></tr>")
            .replacingOccurrences(of: "</td></tr>", with: "</td><td>$4,000</td></tr>")
        _ = try render(Self.wages, column, name: "w.html")
    }

    @Test func markupInTheTextIsEscaped() throws {
        let hostile = Self.contract.replacingOccurrences(
            of: "in the titles listed in Appendix A.",
            with: "in the titles <script>alert(1)</script> & \"listed\" {++in++} {~~x~>y~~} ]]> \u{1B}[31m Appendix A.")
        let result = try render(Self.contract, hostile)
        #expect(result.html.all("script").isEmpty)
        #expect(result.htmlText.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        // CriticMarkup in the text does not read as marks: the only insertion is the one the diff made.
        let marks = criticMarkList(result.markdown)
        #expect(!marks.inserted.isEmpty)
        #expect(!marks.inserted.contains("in") && !marks.inserted.contains("y") && !marks.deleted.contains("x"))
        #expect(!result.terminal.contains("\u{1B}"))
        #expect(result.docx.paragraphs(accept: true).joined().contains("<script>"))
    }

    @Test func colourOnlyWhenAllowed() throws {
        let before = try read(Self.contract)
        let after = try read(Self.contract.replacingOccurrences(of: "five (5)", with: "ten (10)"))
        let diff = DocumentComparer.compare(old: before, new: after)
        let plain = try TerminalRedlineRenderer().render(diff, context: RenderContext(old: before, new: after, colour: false))
        let coloured = try TerminalRedlineRenderer().render(diff, context: RenderContext(old: before, new: after, colour: true))
        #expect(!plain.contains(0x1B))
        #expect(coloured.contains(0x1B))
        let text = String(decoding: coloured, as: UTF8.self)
        #expect(text.contains("\u{1B}[31;9mfive (5\u{1B}[0m"))
        #expect(text.contains("\u{1B}[32;4mten (10\u{1B}[0m"))
    }

    @Test func wholeContractWithTwoPercentChangedRoundTrips() throws {
        let url = Fixtures.corpora.appendingPathComponent("contract/lsu-contract-2023-2026.plain.html")
        let html = try String(contentsOf: url, encoding: .utf8)
        var mutated = mutateHTMLText(html, rate: 0.02)
        // Swap two articles so that top-level moves are exercised too.
        if let four = mutated.range(of: "<section id=\"article-4\""), let five = mutated.range(of: "<section id=\"article-5\""),
            let six = mutated.range(of: "<section id=\"article-6\"")
        {
            let articleFour = String(mutated[four.lowerBound..<five.lowerBound])
            let articleFive = String(mutated[five.lowerBound..<six.lowerBound])
            mutated.replaceSubrange(four.lowerBound..<six.lowerBound, with: articleFive + articleFour)
        }
        let result = try render(html, mutated, name: "c.html")
        #expect(result.diff.wordsInserted > 50 && result.diff.wordsDeleted > 50)
        #expect(result.diff.alignments.contains { $0.kind == .moved })
    }

    /// LibreOffice's `soffice`, when installed.
    static let soffice: URL? = ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"].split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("soffice") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    @Test("LibreOffice opens the DOCX and converts it to text", .enabled(if: soffice != nil, "soffice (LibreOffice) is not installed"))
    func libreOfficeOpensTheDOCX() throws {
        let soffice = try #require(Self.soffice)
        let before = try read(Self.contract)
        let after = try read(Self.contract.replacingOccurrences(of: "five (5)", with: "ten (10)"))
        let diff = DocumentComparer.compare(old: before, new: after)
        let data = try DOCXRedlineRenderer().render(diff, context: RenderContext(old: before, new: after, date: fixedDate))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("redline.docx")
        try data.write(to: input)
        let process = Process()
        process.executableURL = soffice
        process.arguments = [
            "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless",
            "--convert-to", "txt:Text", "--outdir", folder.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("redline.txt"), encoding: .utf8)
        #expect(text.contains("GRIEVANCE AND ARBITRATION"))
        #expect(text.contains("ten (10)"))
    }
}
