import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// The same real UC–UAW article read from its pandoc HTML, its DOCX and its PDF (through
/// pdftohtml's XML) must give the same tree up to formatting: the diff between the readings is
/// checked, not just the numbers.
@Suite(.enabled(if: Fixtures.hasSharedReal, "../shared/real is absent"))
struct CrossFormatDiffTests {
    static let stems: [String] = {
        guard let real = Fixtures.sharedReal else { return [] }
        let folder = real.appendingPathComponent("uc-uaw-2022/ase/exports")
        return Fixtures.files(in: folder, suffix: ".docx").map { $0.deletingPathExtension().lastPathComponent }
            .filter { $0.hasPrefix("bx_") && !$0.contains("appendix") }
    }()

    /// Differences that are formatting, not words: case, spacing, punctuation.
    static let options = CompareOptions(
        text: DiffOptions(ignoreCase: true, ignoreWhitespace: true, ignorePunctuation: true))

    struct Outcome {
        var similarity: Double
        var structural: [String]
    }

    func compare(_ stem: String, _ otherSuffix: String) throws -> Outcome {
        let folder = try #require(Fixtures.sharedReal).appendingPathComponent("uc-uaw-2022/ase/exports")
        let html = try ContractReader().read(contentsOf: folder.appendingPathComponent(stem + ".pandoc.html"))
        let other = try ContractReader().read(contentsOf: folder.appendingPathComponent(stem + otherSuffix))
        let diff = DocumentComparer.compare(old: html, new: other, options: Self.options)
        #expect(DiffInvariants.violations(diff, old: html, new: other) == [], "\(stem)\(otherSuffix)")
        var structural: [String] = []
        for alignment in diff.alignments {
            alignment.forEach { node in
                if node.kind == .added || node.kind == .removed, (node.new.first ?? node.old.first)?.number != nil {
                    structural.append("\(node.kind) \((node.new.first ?? node.old.first)!.id)")
                }
            }
        }
        let words = diff.wordsInserted + diff.wordsDeleted
        let total = html.allNodes.reduce(0) { $0 + $1.text.plainText.split(separator: " ").count }
        return Outcome(similarity: 1 - Double(words) / Double(max(1, 2 * total)), structural: structural)
    }

    @Test func enoughArticles() {
        #expect(Self.stems.count >= 30)
    }

    /// Articles whose source has raw-HTML tables: the DOCX step of the exports dropped the table
    /// markup and wrote the cells as separate paragraphs (see shared/real/SOURCES.md), so their
    /// words are the same but spread differently; they get a lower floor.
    static func hasLostTable(_ stem: String) -> Bool {
        guard let real = Fixtures.sharedReal else { return false }
        let source = Fixtures.text(real.appendingPathComponent("uc-uaw-2022/ase/src/\(stem).md"))
        return source.contains("<table")
    }

    @Test("HTML and DOCX readings of an article differ only in formatting", arguments: stems)
    func htmlAgainstDOCX(_ stem: String) throws {
        let outcome = try compare(stem, ".docx")
        // pandoc writes math (amounts, percentages) as OMML in the DOCX; a handful of such words may differ.
        #expect(outcome.similarity >= (Self.hasLostTable(stem) ? 0.8 : 0.97), "\(stem): similarity \(outcome.similarity)")
        #expect(outcome.structural.isEmpty, "\(stem): \(outcome.structural)")
    }

    @Test("HTML and PDF readings of an article agree in their words", arguments: stems)
    func htmlAgainstPDF(_ stem: String) throws {
        let outcome = try compare(stem, ".pdftohtml.xml")
        #expect(outcome.similarity >= (Self.hasLostTable(stem) ? 0.8 : 0.95), "\(stem): similarity \(outcome.similarity)")
    }
}
