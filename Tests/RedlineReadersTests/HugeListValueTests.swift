import Foundation
import RedlineModel
import RedlineReaders
import Testing

/// List values of absurd size (`<ol start>`, `<li value>`, Word's `w:start`/`w:startOverride`) used to
/// make the label renderer allocate terabytes of letters or overflow when counting on: past
/// ``NumberStyle/largestLetterValue`` a label is decimal, and values are held to ``NumberStyle/listValueRange``.
@Suite struct HugeListValueTests {
    static let huge = ["99999999999999", "9223372036854775807", "99999999999999999999999", "-9223372036854775808"]

    func html(start: String, value: String) -> [UInt8] {
        Array(
            """
            <html><body><h1>ARTICLE 1 – WAGES</h1>
            <ol type="a" start="\(start)"><li>The first step.</li><li>The second step.</li></ol>
            <h1>ARTICLE 2 – HOURS</h1>
            <ol type="I"><li value="\(value)">A long day.</li><li>A short day.</li></ol>
            </body></html>
            """.utf8)
    }

    @Test(arguments: huge)
    func htmlListValues(_ value: String) throws {
        let document = try ContractReader().read(bytes: html(start: value, value: value), name: "lists.html")
        let labels = document.allNodes.compactMap(\.number?.written)
        #expect(labels.count == 6)
        // Every label is short: written in decimal, never expanded into letters or roman numerals.
        #expect(labels.allSatisfy { $0.count <= 24 }, "\(labels)")
        let items = document.allNodes.filter { $0.text.plainText.hasSuffix("step.") || $0.text.plainText.hasSuffix("day.") }
        #expect(items.count == 4)
        #expect(items.allSatisfy { ($0.number?.written.dropLast().allSatisfy { $0 == "-" || $0.isNumber }) ?? false })
    }

    @Test func valuesBelowTheBoundAreStillLetters() throws {
        let document = try ContractReader().read(bytes: html(start: "27", value: "4"), name: "lists.html")
        let labels = document.allNodes.compactMap(\.number?.written)
        #expect(labels.contains("aa.") && labels.contains("bb.") && labels.contains("IV.") && labels.contains("V."))
    }

    @Test(arguments: huge)
    func docxStartValues(_ value: String) throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="\(value)"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="\(value)"/></w:lvlOverride></w:num>
            """
        typealias Build = DOCXReaderTests
        let body = [
            Build.item(1, 0, Build.run("WAGES")), Build.item(1, 1, Build.run("The first step.")),
            Build.item(1, 1, Build.run("The second step.")), Build.item(2, 0, Build.run("HOURS")),
            Build.item(2, 1, Build.run("A long day.")),
        ].joined()
        let document = try ContractReader().read(bytes: try Build.docx(body: body, numbering: numbering), name: "lists.docx")
        let labels = document.allNodes.compactMap(\.number?.written)
        #expect(document.articles.count == 2)
        #expect(labels.allSatisfy { $0.count <= 24 }, "\(labels)")
    }

    @Test func labelsAndListValuesAreBounded() {
        #expect(NumberStyle.lowerAlpha.format(28) == "bb")
        #expect(NumberStyle.upperAlpha.format(NumberStyle.largestLetterValue).count == 3847)
        #expect(NumberStyle.lowerAlpha.format(NumberStyle.largestLetterValue + 1) == "100001")
        #expect(NumberStyle.upperRoman.format(99_999_999_999_999) == "99999999999999")
        #expect(NumberStyle.lowerAlpha.format(Int.max) == String(Int.max))
        #expect(NumberStyle.listValue(" 12 ") == 12)
        #expect(NumberStyle.listValue("-3") == -3)
        #expect(NumberStyle.listValue("0007") == 7)
        #expect(NumberStyle.listValue("12a") == nil)
        #expect(NumberStyle.listValue("") == nil)
        #expect(NumberStyle.listValue("99999999999999999999999") == NumberStyle.listValueRange.upperBound)
        #expect(NumberStyle.listValue("-9223372036854775808") == NumberStyle.listValueRange.lowerBound)
        #expect(NumberStyle.listValue(String(repeating: "9", count: 100_000)) == NumberStyle.listValueRange.upperBound)
    }
}
