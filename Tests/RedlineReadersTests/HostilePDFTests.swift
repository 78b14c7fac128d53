import Foundation
import RedlineModel
@testable import RedlineReaders
import Testing

/// PDFs built here by hand: a damaged font name (poppler copies it into its XML unescaped), a file
/// that only claims to be a PDF, an empty one, and thousands of blank pages. Each is read or refused
/// with one clear error, within a bound.
@Suite(.enabled(if: PDFReaderTests.pdftohtmlInstalled, "pdftohtml is not installed"))
struct HostilePDFTests {
    /// A PDF whose first page shows `lines` in Type 1 font `font` (a PDF name: `#FF` is byte 0xFF),
    /// followed by `blankPages` empty pages.
    static func pdf(font: String = "Helvetica", lines: [String], blankPages: Int = 0) -> [UInt8] {
        let content = "BT /F1 12 Tf 72 720 Td 14 TL " + lines.map { "(\($0)) '" }.joined(separator: " ") + " ET"
        let pageCount = 1 + blankPages
        let kids = (0..<pageCount).map { "\(6 + $0) 0 R" }.joined(separator: " ")
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>",
            "<< /F1 5 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /\(font) >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font 3 0 R >> /Contents 4 0 R >>",
        ]
        objects += Array(repeating: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>", count: blankPages)
        return PDFReaderTests.assemble(objects)
    }

    static let wages = ["ARTICLE 1 - WAGES", "A. The rate is paid monthly.", "B. Overtime is paid weekly."]

    @Test func aDamagedFontNameStillReads() throws {
        let clean = try ContractReader().read(bytes: Self.pdf(lines: Self.wages), name: "clean.pdf")
        // One byte of the name made 0xFF, and markup characters and a control character in it.
        for font in ["Hel#FFvetica", "Hel#26vetica", "Hel#3Cvetica#01"] {
            let damaged = try ContractReader().read(bytes: Self.pdf(font: font, lines: Self.wages), name: "damaged.pdf")
            #expect(damaged.children.map(\.fullText) == clean.children.map(\.fullText), "\(font)")
            #expect(damaged.children.map(\.fullText).joined().contains("Overtime is paid weekly."))
        }
    }

    @Test func repairKeepsGoodXMLAndClosesATruncatedRun() throws {
        let text = { (top: Int, words: String) in "<text top=\"\(top)\" left=\"108\" width=\"300\" height=\"17\" font=\"0\">\(words)</text>\n" }
        let page1 = "<page number=\"1\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1188\" width=\"918\">\n"
            + "\t<fontspec id=\"0\" size=\"12\" family=\"Ti&mes<\" color=\"#000000\"/>\n"
            + text(116, "ARTICLE 1 - WAGES") + text(137, "A. Pay &amp; hours.") + "</page>\n"
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pdf2xml producer=\"poppler\">\n"
        // What a run stopped in the middle of page 2 leaves: page 1 is kept and the root closed.
        let cut = Array((head + page1 + "<page number=\"2\">\n<text top=\"1").utf8)
        let repaired = PopplerXMLRepair.repair(cut, truncated: true)
        let document = try ContractReader().read(bytes: repaired, name: "cut.xml")
        #expect(document.articles.count == 1)
        #expect(document.children.map(\.fullText).joined().contains("Pay & hours."))
        // A complete conversion is unchanged but for the escaped family name.
        let whole = Array((head + page1 + "</pdf2xml>\n").utf8)
        #expect(String(decoding: PopplerXMLRepair.repair(whole, truncated: false), as: UTF8.self)
            == head + page1.replacingOccurrences(of: "Ti&mes<", with: "Ti&amp;mes&lt;") + "</pdf2xml>\n")
    }

    @Test func notAPDFAndAnEmptyPDFAreOneLine() throws {
        for (bytes, name) in [(Array("%PDF-1.7\nnot a PDF at all\n".utf8), "fake.pdf"), ([], "empty.pdf")] {
            do {
                _ = try ContractReader().read(bytes: bytes, name: name)
                Issue.record("\(name) was read")
            } catch let error as ReadError {
                #expect(error.description.hasPrefix("\(name): "))
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func thousandsOfBlankPagesAreBounded() throws {
        let bytes = Self.pdf(lines: Self.wages, blankPages: 3_000)
        let start = ContinuousClock.now
        let document = try ContractReader().read(bytes: bytes, name: "blank.pdf")
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(document.articles.count == 1)
    }
}
