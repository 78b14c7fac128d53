import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// The real UC–UAW articles exported without their "ARTICLE N" heading line, as a proposal for one
/// article often is: the reader must still find one article with all its lettered sections, numbered
/// from the file name when the file name carries the number, unnumbered otherwise.
///
/// The heading is removed in memory (nothing of the real text is copied into the repository); the
/// expected numbers and sections come from the Jekyll front matter and markup (see ``RealContractTests``).
@Suite(.enabled(if: Fixtures.hasSharedReal, "../shared/real is absent"))
struct RealSingleArticleTests {
    /// The markdown source without its first article heading line.
    static func withoutArticleHeading(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { line in
            line.lowercased().drop { $0 == "#" || $0 == " " }.hasPrefix("article")
        }) {
            lines.remove(at: index)
        }
        return lines.joined(separator: "\n")
    }

    @Test(
        "an article without its heading line is one article, numbered from its file name", .tags(.real),
        arguments: RealContractTests.expectations)
    func headingRemoved(_ expected: RealContractTests.Expectation) throws {
        let real = try #require(Fixtures.sharedReal)
        let url = real.appendingPathComponent("uc-uaw-2022/\(expected.unit)/src/\(expected.stem).md")
        let stripped = Self.withoutArticleHeading(Fixtures.text(url))
        #expect(!stripped.lowercased().contains("# article \(expected.number) "), "\(expected.stem): heading still there")
        // Without a number in its name, an article whose text has no numbered clause at all (one paragraph of
        // prose) is not recognisable as a contract and is refused; one with sections is an unnumbered article.
        var names: [(String, String?)] = [("\(expected.stem).md", expected.number)]
        if !expected.sections.isEmpty { names.append(("export.md", nil)) }
        for (name, number) in names {
            let document = try ContractReader().read(bytes: Array(stripped.utf8), name: name)
            #expect(document.articles.count == 1, "\(name): \(document.articles.map(\.id))")
            let article = try #require(document.articles.first)
            #expect(article.kind == .article, "\(name)")
            #expect(article.number?.normalized == number, "\(expected.stem) as \(name)")
            let letters = article.children.compactMap { node -> String? in
                guard let number = node.number, number.style == .upperAlpha || number.style == .lowerAlpha else { return nil }
                return number.normalized
            }
            #expect(letters == expected.sections, "\(expected.stem) as \(name)")
        }
    }

    @Test("every real export with text parses: none is refused as having no article", .tags(.real))
    func everyExportParses() throws {
        let real = try #require(Fixtures.sharedReal)
        var read = 0
        for unit in ["ase", "gsr"] {
            for folder in ["src", "html", "html-1dfd5d4", "exports"] {
                let directory = real.appendingPathComponent("uc-uaw-2022/\(unit)/\(folder)")
                for suffix in [".md", ".pandoc.html", ".lo.html", ".docx", ".pdftohtml.xml"] {
                    for url in Fixtures.files(in: directory, suffix: suffix) where !(suffix == ".md" && folder == "exports") {
                        do {
                            let document = try ContractReader().read(contentsOf: url)
                            #expect(!document.articles.isEmpty, "\(url.lastPathComponent)")
                            read += 1
                        } catch let error as ReadError {
                            // Only the scanned Appendix A forms, which hold no text at all, may fail.
                            let noText = error.reason == .empty || error.description.contains("no text layer")
                            #expect(noText && url.lastPathComponent.contains("appendix-a"), "\(error)")
                        }
                    }
                }
            }
        }
        #expect(read >= 400)
    }
}
