import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// pdftohtml's XML (built here, and real conversions) and PDFs through pdftohtml.
@Suite struct PDFReaderTests {
    static let pdftohtmlInstalled: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftohtml") }
    }()

    static func text(_ top: Int, _ left: Int, _ font: Int, _ content: String, height: Int = 23) -> String {
        "<text top=\"\(top)\" left=\"\(left)\" width=\"600\" height=\"\(height)\" font=\"\(font)\">\(content)</text>"
    }

    static func page(_ number: Int, _ lines: [String]) -> String {
        let header = text(40, 108, 2, "MASTER AGREEMENT 2024")
        return "<page number=\"\(number)\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1188\" width=\"918\">\n"
            + (number == 1
                ? """
                <fontspec id="0" size="24" family="Sans" color="#4f81bd"/>
                <fontspec id="1" size="21" family="Sans" color="#4f81bd"/>
                <fontspec id="2" size="18" family="Serif" color="#000000"/>

                """ : "")
            + ([header] + lines).joined(separator: "\n") + "\n</page>\n"
    }

    /// Three pages with a running header, page numbers, headings by size, hanging indents, a
    /// page break inside a clause, and words broken across lines.
    static let sample: String = {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE pdf2xml SYSTEM \"pdf2xml.dtd\">\n<pdf2xml producer=\"poppler\" version=\"22.12.0\">\n"
        xml += page(1, [
            text(144, 108, 0, "<b>ARTICLE 5  HOURS OF WORK</b>", height: 31),
            text(187, 108, 1, "<b>A. GENERAL</b>", height: 27),
            text(214, 126, 2, "1. A full-time work week of employ-"),
            text(235, 162, 2, "ment is forty hours. A self-"),
            text(256, 162, 2, "represented employee may <i>ask</i>."),
            text(280, 126, 2, "2. Part-time staff may also be self-represented at"),
            text(301, 162, 2, "meetings with the Employer-"),
            text(322, 162, 2, "Union committee."),
            text(1140, 450, 2, "1"),
        ])
        xml += page(2, [
            text(108, 126, 2, "3. Overtime is paid at time and"),
            text(129, 162, 2, "a half."),
            text(170, 108, 1, "<b>B. SCHEDULES</b>", height: 27),
            text(200, 108, 2, "Schedules are posted"),
            text(221, 108, 2, "two weeks ahead."),
            text(1140, 420, 2, "Page 2 of 3"),
        ])
        xml += page(3, [
            text(108, 108, 1, "<b>C. POSTING</b>", height: 27),
            text(140, 108, 2, "Notices stay up for ten days."),
            text(180, 108, 2, "Definitions"),
            text(210, 108, 2, "Words have their usual meaning."),
            text(1140, 450, 2, "3"),
        ])
        xml += """
            <outline>
            <item page="1">ARTICLE 5 HOURS OF WORK</item>
            <outline>
            <item page="1">A. GENERAL</item>
            <item page="2">B. SCHEDULES</item>
            <item page="3">C. POSTING</item>
            <outline>
            <item page="3">Definitions</item>
            </outline>
            </outline>
            </outline>
            </pdf2xml>
            """
        return xml
    }()

    @Test("lines become clauses: headings by size, labels, hanging indents, page breaks")
    func structureFromLines() throws {
        let document = try ContractReader().read(bytes: Array(Self.sample.utf8), name: "hours.pdftohtml.xml")
        #expect(document.metadata["reader"] == "pdftohtml-xml")
        #expect(document.sourceFormat == .pdf)
        let article = try #require(document.articles.first)
        #expect(document.articles.count == 1)
        #expect(article.number?.normalized == "5")
        #expect(article.headingText == "HOURS OF WORK")
        #expect(numbers(article) == ["A.", "B.", "C."])
        let general = article.children[0]
        #expect(general.headingText == "GENERAL")
        // Clause 3 starts on page 2 and is still under A.
        #expect(numbers(general) == ["1.", "2.", "3."])
        #expect(general.children[2].text.plainText == "Overtime is paid at time and a half.")
        #expect(general.children[0].location.path == "/pdf2xml/page[1]/text[4]")
        let schedules = article.children[1]
        #expect(schedules.children.first?.text.plainText == "Schedules are posted two weeks ahead.")
        // A body-size line that is a bookmark is a heading, at its bookmark's depth.
        let posting = article.children[2]
        #expect(posting.children.contains { $0.headingText == "Definitions" })
    }

    @Test("words broken across lines are rejoined; compounds keep their hyphen")
    func hyphenation() throws {
        let document = try ContractReader().read(bytes: Array(Self.sample.utf8), name: "hours.pdftohtml.xml")
        let first = try #require(document.node(withID: "art_5__sec_a__subsec_1"))
        // "employ-" + "ment": one word. "self-" + "represented": the document writes "self-represented" elsewhere.
        #expect(first.text.plainText == "A full-time work week of employment is forty hours. A self-represented employee may ask.")
        #expect(first.text.runs.contains { $0.text == "ask" && $0.style == [.italic] })
        let second = try #require(document.node(withID: "art_5__sec_a__subsec_2"))
        // A capitalised second part is a compound: "Employer-Union".
        #expect(second.text.plainText.hasSuffix("meetings with the Employer-Union committee."))
    }

    @Test("running headers, footers and page numbers are dropped")
    func runningHeadersDropped() throws {
        let document = try ContractReader().read(bytes: Array(Self.sample.utf8), name: "hours.pdftohtml.xml")
        let text = document.children.map(\.fullText).joined(separator: "\n")
        #expect(!text.contains("MASTER AGREEMENT"))
        #expect(!text.contains("Page 2"))
        #expect(!document.articles[0].allNodes.contains { $0.text.plainText == "1" || $0.text.plainText == "3" })
    }

    @Test("a PDF without a text layer (a scan) is a clear error")
    func scannedPDFXML() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler" version="22.12.0">
            <page number="1" position="absolute" top="0" left="0" height="1188" width="918">
            <fontspec id="0" size="18" family="Serif" color="#000000"/>
            </page>
            </pdf2xml>
            """
        do {
            _ = try ContractReader().read(bytes: Array(xml.utf8), name: "scan.pdftohtml.xml")
            Issue.record("expected an error")
        } catch let error as ReadError {
            #expect(error.description.contains("no text layer; this looks like a scanned PDF"))
        }
    }

    /// A one-page PDF with nothing on the page, written by hand.
    static func emptyPDF() -> [UInt8] {
        assemble([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ])
    }

    /// A PDF file of `objects` (numbered from 1; the first is the catalog), with its cross-reference table.
    static func assemble(_ objects: [String]) -> [UInt8] {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(pdf.utf8)
    }

    @Test("a real PDF without text, through pdftohtml, is a clear error", .enabled(if: pdftohtmlInstalled))
    func scannedPDF() throws {
        do {
            _ = try ContractReader().read(bytes: Self.emptyPDF(), name: "scan.pdf")
            Issue.record("expected an error")
        } catch let error as ReadError {
            #expect(error.description.hasPrefix("scan.pdf: "))
            #expect(error.description.contains("no text layer; this looks like a scanned PDF"), "\(error)")
        }
    }

    @Test("a damaged PDF is a clear error, not a crash", .enabled(if: pdftohtmlInstalled))
    func damagedPDF() throws {
        do {
            _ = try ContractReader().read(bytes: Array("%PDF-1.7\nthis is not really a PDF\n".utf8), name: "bad.pdf")
            Issue.record("expected an error")
        } catch let error as ReadError {
            #expect(error.description.hasPrefix("bad.pdf: "))
            #expect(error.description.contains("PDF"))
        }
    }

    @Test("a real PDF and its pdftohtml conversion give the same tree", .tags(.real),
        .enabled(if: Fixtures.hasSharedReal && pdftohtmlInstalled))
    func pdfMatchesItsConversion() throws {
        let exports = try #require(Fixtures.sharedReal).appendingPathComponent("uc-uaw-2022/gsr/exports")
        let pdfs = Fixtures.files(in: exports, suffix: ".pdf").prefix(6)
        #expect(pdfs.count == 6)
        for pdf in pdfs {
            let converted = pdf.deletingPathExtension().appendingPathExtension("pdftohtml.xml")
            guard let fromPDF = try? ContractReader().read(contentsOf: pdf) else {
                // An export without text (the scanned appendix-A form) fails both ways.
                #expect(throws: ReadError.self) { try ContractReader().read(contentsOf: converted) }
                continue
            }
            let fromXML = try ContractReader().read(contentsOf: converted)
            #expect(fromPDF.children.map(\.fullText) == fromXML.children.map(\.fullText), "\(pdf.lastPathComponent)")
            #expect(fromPDF.allNodes.map(\.id) == fromXML.allNodes.map(\.id))
        }
    }
}
