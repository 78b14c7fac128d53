import Foundation
import RedlineTestSupport
import Testing

/// A single article exported without its "Article 9" line, through the command line: `parse` reads
/// it (numbered from its file name when the name carries the number), `diff` and `compare` with
/// `--scope auto` pair it with Article 9 of the full contract by content, and `check` finds nothing.
extension CommandLineTests {
    static let singleArticle = "corpora/structure/single-article/"

    @Test func singleArticleExportsEndToEnd() throws {
        let parsed = try run(["parse", Self.singleArticle + "art9_telework.html"])
        #expect(parsed.status == 0)
        #expect(parsed.stdout.hasPrefix("art_9  Article 9  Telework"))
        #expect(parsed.stdout.contains("art_9__sec_d  D.  NON-EXCLUSIVITY"))

        for export in ["telework-export.html", "telework-export.txt", "telework-export.docx"] {
            let diff = try run(["diff", Self.singleArticle + "full-contract.html", Self.singleArticle + export])
            #expect(diff.status == 1, "\(export): \(diff.stderr)")
            let rows = diff.stdout.split(separator: "\n").dropFirst(2).dropLast()
            // One row for the article, paired by content: nothing reported as removed or added.
            #expect(rows.first?.hasPrefix("art_unnumbered_1") == true, "\(export): \(diff.stdout)")
            #expect(!diff.stdout.contains("removed") && !diff.stdout.contains("added"), "\(export): \(diff.stdout)")
            #expect(!diff.stdout.contains("renumbered"), "\(export): \(diff.stdout)")
            // Only the heading the export does not state (and pandoc's curly apostrophe in the DOCX) differ.
            #expect(diff.stdout.contains("\n1 of 1 divisions changed; words +"), "\(export): \(diff.stdout)")
            let markdown = try run(["compare", Self.singleArticle + "full-contract.html", Self.singleArticle + export, "--format", "md"])
            #expect(markdown.status == 1, "\(export): \(markdown.stderr)")
            #expect(!markdown.stdout.contains("HOURS OF WORK") && !markdown.stdout.contains("PARKING"), "\(export)")
            let check = try run(["check", Self.singleArticle + export])
            #expect(check.status == 0, "\(export): \(check.stdout)")
        }
    }
}
