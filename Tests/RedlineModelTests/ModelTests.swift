import Foundation
import RedlineModel
import Testing

@Suite struct NumberStyleTests {
    @Test(arguments: [("i", 1), ("iv", 4), ("ix", 9), ("xii", 12), ("XL", 40), ("mcmxc", 1990)])
    func romanValues(_ label: String, _ value: Int) {
        #expect(NumberStyle.romanValue(label) == value)
    }

    @Test(arguments: ["iiii", "vx", "il", "abc", ""])
    func rejectsNonCanonicalRoman(_ label: String) {
        #expect(NumberStyle.romanValue(label) == nil)
    }

    @Test func alphabeticValues() {
        #expect(NumberStyle.alphabeticValue("a") == 1)
        #expect(NumberStyle.alphabeticValue("H") == 8)
        #expect(NumberStyle.alphabeticValue("aa") == 27)
        #expect(NumberStyle.alphabeticValue("ab") == nil)
    }

    @Test func formatsInEachStyle() {
        #expect(NumberStyle.lowerAlpha.format(2) == "b")
        #expect(NumberStyle.upperAlpha.format(28) == "BB")
        #expect(NumberStyle.lowerRoman.format(14) == "xiv")
        #expect(NumberStyle.upperRoman.format(4) == "IV")
    }
}

@Suite struct InlineTextTests {
    @Test func mergesRunsWithTheSameStyle() {
        let text = InlineText(runs: [
            InlineRun("The University "), InlineRun("shall"), InlineRun(" may", style: .underline),
            InlineRun(" provide", style: .underline), InlineRun(""),
        ])
        #expect(text.runs.count == 2)
        #expect(text.plainText == "The University shall may provide")
        #expect(text.contains(style: .underline))
        #expect(!text.contains(style: .strikethrough))
    }
}

@Suite struct TreeTests {
    static let document: ContractDocument = {
        let location = SourceLocation(line: 3)
        let item = ClauseNode(
            kind: .subsection, id: "art_12__sec_a__subsec_1",
            number: ClauseNumber(written: "1.", normalized: "1", style: .arabic, delimiter: .period, value: 1, components: [1]),
            text: InlineText(runs: [InlineRun("A grievance is "), InlineRun("a claim", style: [.bold, .underline])]),
            references: [CrossReference(text: "Article 7", kind: .article, target: "7", article: nil, targetName: nil, offset: 0, length: 9)],
            location: location)
        let section = ClauseNode(
            kind: .section, id: "art_12__sec_a",
            number: ClauseNumber(written: "A.", normalized: "a", style: .upperAlpha, delimiter: .period, value: 1, components: [1]),
            heading: "GENERAL", location: location, children: [item])
        let article = ClauseNode(
            kind: .article, id: "art_12",
            number: ClauseNumber(
                written: "ARTICLE XII", normalized: "12", style: .upperRoman, delimiter: .none, value: 12, components: [12],
                prefix: "Article"),
            heading: "GRIEVANCE AND ARBITRATION", location: SourceLocation(line: 1, path: "/html/body/h1[1]"),
            children: [section])
        return ContractDocument(title: "Test", sourceFormat: .html, metadata: ["b": "2", "a": "1"], children: [article])
    }()

    @Test func walksInDocumentOrderWithDepth() {
        var visited: [(String, Int)] = []
        Self.document.walk { node, depth in
            visited.append((node.id, depth))
            return .visitChildren
        }
        #expect(visited.map(\.0) == ["art_12", "art_12__sec_a", "art_12__sec_a__subsec_1"])
        #expect(visited.map(\.1) == [0, 1, 2])
    }

    @Test func skipAndStopWork() {
        var count = 0
        Self.document.walk { node, _ in
            count += 1
            return node.kind == .section ? .skipChildren : .visitChildren
        }
        #expect(count == 2)
        #expect(Self.document.node(withID: "art_12__sec_a__subsec_1")?.number?.value == 1)
        #expect(Self.document.node(withID: "nope") == nil)
    }

    @Test func jsonIsDeterministicSortedAndRoundTrips() throws {
        let first = try Self.document.jsonData()
        let second = try Self.document.jsonData()
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        let keyA = try #require(text.range(of: "\"a\" : \"1\""))
        let keyB = try #require(text.range(of: "\"b\" : \"2\""))
        #expect(keyA.lowerBound < keyB.lowerBound)
        #expect(text.contains("\"style\" : [\n") && text.contains("\"bold\""))
        #expect(try ContractDocument.fromJSON(first) == Self.document)
    }

    @Test func fullTextJoinsNumbersHeadingsAndText() {
        let article = Self.document.children[0]
        #expect(article.fullText == "ARTICLE XII GRIEVANCE AND ARBITRATION\nA. GENERAL\n1. A grievance is a claim")
    }

    @Test func treeDumperShowsOutline() {
        let outline = TreeDumper.dump(Self.document)
        let lines = outline.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("art_12  ARTICLE XII  GRIEVANCE AND ARBITRATION"))
        #expect(lines[2].hasPrefix("    art_12__sec_a__subsec_1  1."))
        #expect(lines[2].contains("→ Article 7 (unresolved)"))
    }
}
