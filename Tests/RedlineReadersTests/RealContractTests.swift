import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// The real UC–UAW 2022–2025 articles, in every HTML and text export, must give the right
/// article number and heading, and the same lettered sections.
///
/// The expected values are not written here: they come from an independent source, the
/// Jekyll front matter (`article_number`, `article_name`) and the `<div class="lvl2">`
/// markup of the current Jekyll files, which Redline's reader does not use for these exports.
@Suite(.enabled(if: Fixtures.hasSharedReal, "../shared/real is absent"))
struct RealContractTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var unit: String
        var stem: String
        var number: String
        var name: String
        var sections: [String]
        var testDescription: String { stem }
    }

    static let expectations: [Expectation] = {
        guard let real = Fixtures.sharedReal else { return [] }
        var result: [Expectation] = []
        for unit in ["ase", "gsr"] {
            let folder = real.appendingPathComponent("uc-uaw-2022/\(unit)/html")
            for file in Fixtures.files(in: folder, suffix: ".md") {
                let text = Fixtures.text(file)
                guard let number = frontMatter(text, "article_number"), let name = frontMatter(text, "article_name")
                else { continue }
                let sections = text.matches(of: /<div class="lvl2"><h2[^>]*>([A-Za-z0-9]+)[.)]/).map {
                    String($0.output.1).lowercased()
                }
                result.append(
                    Expectation(
                        unit: unit, stem: file.deletingPathExtension().lastPathComponent,
                        number: number.lowercased().filter { $0.isLetter || $0.isNumber }, name: name,
                        sections: sections))
            }
        }
        return result
    }()

    static func frontMatter(_ text: String, _ key: String) -> String? {
        for line in text.split(separator: "\n").prefix(12) where line.hasPrefix(key + ":") {
            return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Letters only, "&" read as "and", so "Training & Orientation" matches "TRAINING AND ORIENTATION".
    static func comparable(_ heading: String) -> String {
        heading.lowercased().replacingOccurrences(of: "&", with: "and").filter(\.isLetter)
    }

    /// Every export of each article. The PDFs themselves are read only when poppler's `pdftohtml` is
    /// installed; their `.pdftohtml.xml` conversions are always read.
    static let exports: [(String, String)] = {
        var exports = [
            ("html", ".md"), ("html-1dfd5d4", ".md"), ("exports", ".pandoc.html"), ("exports", ".lo.html"), ("src", ".md"),
            ("exports", ".docx"), ("exports", ".pdftohtml.xml"),
        ]
        if pdftohtmlInstalled { exports.append(("exports", ".pdf")) }
        return exports
    }()

    /// True when `pdftohtml` is on `PATH`.
    static let pdftohtmlInstalled: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftohtml") }
    }()

    @Test("enough real articles to test", .tags(.real))
    func corpusIsThere() {
        #expect(Self.expectations.count >= 60)
    }

    @Test("article number and heading in every export", .tags(.real), arguments: expectations)
    func articleNumberAndHeading(_ expected: Expectation) throws {
        let real = try #require(Fixtures.sharedReal)
        for (folder, suffix) in Self.exports {
            let url = real.appendingPathComponent("uc-uaw-2022/\(expected.unit)/\(folder)/\(expected.stem)\(suffix)")
            let document = try ContractReader().read(contentsOf: url)
            let articles = document.articles
            #expect(articles.count == 1, "\(folder)/\(expected.stem)\(suffix): \(articles.count) articles")
            let article = try #require(articles.first)
            #expect(article.kind == .article)
            #expect(article.number?.normalized == expected.number, "\(folder)/\(expected.stem)\(suffix)")
            // Several OCR'd headings differ slightly from the site's titles ("Plan(S)" vs "PLAN(S)" is fine).
            #expect(
                Self.comparable(article.headingText) == Self.comparable(expected.name),
                "\(folder)/\(expected.stem)\(suffix): \(article.headingText) ≠ \(expected.name)")
        }
    }

    @Test("lettered sections in every export", .tags(.real), arguments: expectations.filter { !$0.sections.isEmpty })
    func sections(_ expected: Expectation) throws {
        let real = try #require(Fixtures.sharedReal)
        for (folder, suffix) in Self.exports {
            let url = real.appendingPathComponent("uc-uaw-2022/\(expected.unit)/\(folder)/\(expected.stem)\(suffix)")
            let article = try #require(try ContractReader().read(contentsOf: url).articles.first)
            let letters = article.children.compactMap { node -> String? in
                guard let number = node.number, number.style == .upperAlpha || number.style == .lowerAlpha else { return nil }
                return number.normalized
            }
            #expect(letters == expected.sections, "\(folder)/\(expected.stem)\(suffix)")
        }
    }
}

extension Tag {
    /// Tests that read `../shared/real`.
    @Tag static var real: Self
}
