import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineRender
import RedlineTestSupport
import RedlineXML
import Testing

/// Every corpus comparison rendered in all five formats, and the content of each checked
/// against the diff and the documents.
@Suite struct CorpusRedlineTests {
    @Test func thereAreComparisons() {
        #expect(CorpusPair.all.count >= 6 * 4 * 2)
    }

    @Test("HTML: parses, summary counts equal the diff's, every changed word is marked", arguments: CorpusPair.all)
    func html(_ pair: CorpusPair) throws {
        let data = try HTMLRedlineRenderer().render(pair.diff, context: pair.context())
        let root = try MarkupParser.parseHTML(utf8: Array(data)).root
        #expect(root.name == "html")
        #expect(root.attribute("lang") == "en")
        #expect(root.first("title")?.textContent.contains("New & improved") == true)
        #expect(root.all("script").isEmpty)
        #expect(root.all("link").isEmpty)
        #expect(root.all("h1").count == 1)
        let main = try #require(root.first("main"))

        // The summary table: one row per top-level division, counts equal the diff's.
        let table = try #require(main.all("table").first { $0.classes.contains("summary-table") })
        let rows = try #require(table.first("tbody")).all("tr")
        #expect(rows.count == pair.diff.alignments.count)
        for (row, alignment) in zip(rows, pair.diff.alignments) {
            let cells = row.childElements.filter { $0.name == "td" }.map { $0.textContent }
            #expect(cells.count == 4)
            #expect(Array(cells.dropFirst()) == ["\(alignment.wordsInserted)", "\(alignment.wordsDeleted)", "\(alignment.wordsMoved)"])
            #expect(cells.first?.hasPrefix(alignment.kind.rawValue) == true)
            let href = try #require(row.first("a")?.attribute("href"))
            let anchor = String(href.dropFirst())
            #expect(main.all("article").contains { $0.attribute("id") == anchor }, "no article for \(href)")
        }
        let totals = try #require(table.first("tfoot")).all("td").map(\.textContent)
        #expect(Array(totals.dropFirst()) == ["\(pair.diff.wordsInserted)", "\(pair.diff.wordsDeleted)", "\(pair.diff.wordsMoved)"])

        // One article per top-level division, each with an h2; ids unique.
        #expect(main.all("article").count == pair.diff.alignments.count)
        let ids = root.all("*").isEmpty ? [] : allIDs(root)
        #expect(Set(ids).count == ids.count, "duplicate ids")

        // Every deleted word of the diff inside a <del>, every inserted word inside an <ins>.
        let deleted = words(main.all("del").map(\.visibleText).joined(separator: " "))
        let inserted = words(main.all("ins").map(\.visibleText).joined(separator: " "))
        #expect(missing(words(pair.diff.operationText(.delete)), from: deleted) == [])
        #expect(missing(words(pair.diff.operationText(.insert)), from: inserted) == [])
        // Each mark has its hidden label for screen readers.
        #expect(main.all("del").allSatisfy { $0.first("span")?.textContent == "deleted: " })
        #expect(main.all("ins").allSatisfy { $0.first("span")?.textContent == "inserted: " })
        // Headings do not skip levels.
        var level = 1
        for heading in headings(root) {
            #expect(heading <= level + 1, "h\(heading) after h\(level)")
            level = heading
        }
    }

    @Test("DOCX: tracked changes hold every changed word; Accept All gives the new text, Reject All the old", arguments: CorpusPair.all)
    func docx(_ pair: CorpusPair) throws {
        let data = try DOCXRedlineRenderer().render(pair.diff, context: pair.context())
        let docx = try DOCXReadBack(data)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/_rels/document.xml.rels", "docProps/core.xml"] {
            #expect(docx.files[part] != nil, "missing \(part)")
        }
        for part in docx.files.keys where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
            #expect(throws: Never.self, "\(part) is not well-formed XML") {
                _ = try MarkupParser.parseXML(utf8: Array(docx.files[part]!), limits: MarkupLimits(maxBytes: 1 << 30))
            }
        }
        #expect(docx.revisionProblems() == [])
        #expect(missing(words(pair.diff.operationText(.delete)), from: words(docx.revisionText(inserted: false))) == [])
        #expect(missing(words(pair.diff.operationText(.insert)), from: words(docx.revisionText(inserted: true))) == [])

        let scope = Set(pair.diff.alignments.flatMap { $0.old.map(\.id) })
        let groups = groupedClauses(pair.diff)
        let expectedNew = expectedParagraphs(pair.new, scope: Set(pair.diff.alignments.flatMap { $0.new.map(\.id) }), plain: groups.new)
        let expectedOld = expectedParagraphs(pair.old, scope: scope, plain: groups.old)
        let accepted = docx.paragraphs(accept: true)
        let rejected = docx.paragraphs(accept: false)
        #expect(accepted == expectedNew, "accept-all: \(firstDifference(accepted, expectedNew))")
        #expect(rejected == expectedOld, "reject-all: \(firstDifference(rejected, expectedOld))")
    }

    @Test("Markdown: summary counts equal the diff's, every changed word is in CriticMarkup", arguments: CorpusPair.all)
    func markdown(_ pair: CorpusPair) throws {
        let text = String(decoding: try MarkdownRedlineRenderer().render(pair.diff, context: pair.context()), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| Division |") })
        let rows = lines[(header + 2)...].prefix { $0.hasPrefix("| ") && !$0.hasPrefix("| **Total**") }
        #expect(rows.count == pair.diff.alignments.count)
        for (row, alignment) in zip(rows, pair.diff.alignments) {
            let numbers = row.split(separator: "|").suffix(3).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(numbers == ["\(alignment.wordsInserted)", "\(alignment.wordsDeleted)", "\(alignment.wordsMoved)"])
        }
        let marks = criticMarks(text)
        #expect(missing(words(pair.diff.operationText(.delete)), from: words(marks.deleted)) == [])
        #expect(missing(words(pair.diff.operationText(.insert)), from: words(marks.inserted)) == [])
        #expect(text.components(separatedBy: "\n## ").count - 1 == pair.diff.alignments.count + 1)  // + the summary
    }

    @Test("terminal: no escape sequences without colour, marks with it", arguments: CorpusPair.all)
    func terminal(_ pair: CorpusPair) throws {
        let plain = String(decoding: try TerminalRedlineRenderer().render(pair.diff, context: pair.context(colour: false)), as: UTF8.self)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("[+") == (pair.diff.wordsInserted > 0))
        #expect(plain.contains("[-") == (pair.diff.wordsDeleted > 0))
        let coloured = String(decoding: try TerminalRedlineRenderer(width: 80).render(pair.diff, context: pair.context(colour: true)), as: UTF8.self)
        #expect(coloured.contains("\u{1B}[32;4m") == (pair.diff.wordsInserted > 0))
        #expect(!coloured.contains("[+"))
    }

    @Test("JSON: the diff itself", arguments: CorpusPair.all.prefix(4))
    func json(_ pair: CorpusPair) throws {
        let data = try JSONRedlineRenderer().render(pair.diff, context: pair.context())
        #expect(try JSONDecoder().decode(DocumentDiff.self, from: data) == pair.diff)
        #expect(data.last == 0x0A)
    }

    @Test("renders are deterministic", arguments: CorpusPair.all.prefix(3))
    func deterministic(_ pair: CorpusPair) throws {
        let renderers: [any RedlineRenderer] = [
            HTMLRedlineRenderer(), DOCXRedlineRenderer(), MarkdownRedlineRenderer(), TerminalRedlineRenderer(), JSONRedlineRenderer(),
        ]
        for renderer in renderers {
            #expect(try renderer.render(pair.diff, context: pair.context()) == renderer.render(pair.diff, context: pair.context()))
        }
    }

    // MARK: Helpers

    func allIDs(_ element: MarkupElement) -> [String] {
        var ids: [String] = []
        func visit(_ element: MarkupElement) {
            if let id = element.attribute("id") { ids.append(id) }
            element.childElements.forEach(visit)
        }
        visit(element)
        return ids
    }

    func headings(_ element: MarkupElement) -> [Int] {
        var levels: [Int] = []
        func visit(_ element: MarkupElement) {
            if element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()) { levels.append(level) }
            element.childElements.forEach(visit)
        }
        visit(element)
        return levels
    }
}

/// The CriticMarkup marks of `text`: insertions (with the new side of substitutions) and deletions
/// (with the old side of substitutions).
func criticMarkList(_ text: String) -> (inserted: [String], deleted: [String]) {
    var inserted: [String] = [], deleted: [String] = []
    func captures(_ pattern: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }
    for match in captures(#"\{\+\+(.*?)\+\+\}"#) { inserted.append(match[0]) }
    for match in captures(#"\{--(.*?)--\}"#) { deleted.append(match[0]) }
    for match in captures(#"\{~~(.*?)~>(.*?)~~\}"#) {
        deleted.append(match[0])
        inserted.append(match[1])
    }
    return (inserted, deleted)
}

/// The text of all CriticMarkup insertions and of all deletions, each joined by spaces.
func criticMarks(_ text: String) -> (inserted: String, deleted: String) {
    let marks = criticMarkList(text)
    return (marks.inserted.joined(separator: " "), marks.deleted.joined(separator: " "))
}

/// Where two paragraph lists first differ, for failure messages.
func firstDifference(_ actual: [String], _ expected: [String]) -> String {
    for index in 0..<max(actual.count, expected.count) {
        let a = index < actual.count ? actual[index] : "<none>"
        let e = index < expected.count ? expected[index] : "<none>"
        if a != e { return "paragraph \(index): got «\(a.prefix(160))» expected «\(e.prefix(160))»" }
    }
    return "none"
}
