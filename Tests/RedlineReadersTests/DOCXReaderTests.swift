import Foundation
import RedlineModel
import RedlineReaders
import Testing
import ZIPFoundation

/// Word .docx files built here, in memory: list numbering reconstruction, tracked changes,
/// tables, and archives that must be refused.
@Suite struct DOCXReaderTests {
    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A ZIP archive holding `entries` (path → content), deflated.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static func docx(body: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        var entries: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array("<Types/>".utf8)),
            ("word/document.xml", Array("<?xml version=\"1.0\"?><w:document \(namespace)><w:body>\(body)</w:body></w:document>".utf8)),
        ]
        if let numbering { entries.append(("word/numbering.xml", Array("<w:numbering \(namespace)>\(numbering)</w:numbering>".utf8))) }
        if let styles { entries.append(("word/styles.xml", Array("<w:styles \(namespace)>\(styles)</w:styles>".utf8))) }
        return try zip(entries)
    }

    /// A paragraph in list `numID` at level `ilvl`, with optional style and raw run markup.
    static func item(_ numID: Int, _ ilvl: Int, style: String? = nil, _ runs: String) -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        return "<w:p><w:pPr>\(styleXML)<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numID)\"/></w:numPr></w:pPr>\(runs)</w:p>"
    }

    static func run(_ text: String, _ properties: String = "") -> String {
        "<w:r>\(properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    /// "Article %1" / "%2." (upper letters) / "(%3)"; list 2 restarts the articles at 7.
    static let numbering = """
        <w:abstractNum w:abstractNumId="10">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%4)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="20">
          <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
        """

    static let styles = """
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>
        <w:style w:type="paragraph" w:styleId="ArticleHead"><w:name w:val="Article Head"/>
          <w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        """

    static var sample: [UInt8] {
        get throws {
            let body = [
                "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>\(run("Sample Agreement"))</w:p>",
                // Numbered by its style (ArticleHead carries numId 1, level 0): "Article 1".
                "<w:p><w:pPr><w:pStyle w:val=\"ArticleHead\"/></w:pPr>\(run("WAGES"))</w:p>",
                item(1, 1, run("General rule", "<w:b/>")),
                item(1, 2, run("First") + "<w:r><w:tab/></w:r>" + run("step.")),
                item(1, 2, run("Second step, ") + "<w:ins w:id=\"1\" w:author=\"U\">\(run("with added words"))</w:ins>"
                    + "<w:del w:id=\"2\" w:author=\"E\"><w:r><w:delText>with removed words</w:delText></w:r></w:del>"
                    + run(" and a ") + run("plain", "<w:u w:val=\"none\"/>") + run(" and ") + run("struck", "<w:strike/>") + run(".")),
                item(1, 3, run("A nested point.")),
                item(1, 1, run("Second section")),
                item(1, 2, run("Counting starts again.")),
                "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>\(run("HOURS"))</w:p>",
                item(1, 1, run("Hours of work")),
                """
                <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>\(run("Step table"))</w:p></w:tc></w:tr>
                <w:tr><w:tc><w:p>\(run("Step 1"))</w:p></w:tc><w:tc><w:p>\(run("$20.00"))</w:p><w:p>\(run("an hour"))</w:p></w:tc></w:tr></w:tbl>
                """,
                item(3, 0, run("A bullet.")),
                "<w:p><w:pPr><w:pStyle w:val=\"Kop2\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>\(run("SENIORITY"))</w:p>",
            ].joined()
            return try docx(body: body, numbering: numbering, styles: styles)
        }
    }

    @Test("list labels rebuilt from numbering.xml: Article %1, %2., (%3), with restarts and overrides")
    func numberingReconstruction() throws {
        let document = try ContractReader().read(bytes: try Self.sample, name: "sample.docx")
        #expect(document.metadata["reader"] == "docx")
        #expect(document.sourceFormat == .docx)
        #expect(document.title == "Sample Agreement")
        let articles = document.articles
        #expect(articles.map { $0.number?.written } == ["Article 1", "Article 2", "Article 7"])
        #expect(articles.map { $0.number?.normalized } == ["1", "2", "7"])
        #expect(articles.map(\.headingText) == ["WAGES", "HOURS", "SENIORITY"])
        let wages = articles[0]
        #expect(numbers(wages) == ["A.", "B."])
        let sectionA = wages.children[0]
        #expect(sectionA.number?.style == .upperAlpha)
        #expect(sectionA.number?.delimiter == .period)
        #expect(sectionA.headingText == "General rule")
        #expect(numbers(sectionA) == ["(1)", "(2)"])
        #expect(sectionA.children[0].number?.delimiter == .parentheses)
        #expect(sectionA.children[0].text.plainText == "First step.")
        #expect(numbers(sectionA.children[1]) == ["i)"])
        // Advancing "A." to "B." restarts the level below it.
        #expect(numbers(wages.children[1]) == ["(1)"])
        #expect(numbers(articles[1]) == ["A."])
        // Locations name the part and the paragraph.
        #expect(wages.children[0].location.path == "word/document.xml:/w:body/w:p[3]")
        #expect(wages.children[0].location.line > 0)
    }

    @Test("tracked changes and run formatting become proposal markup")
    func trackedChanges() throws {
        let document = try ContractReader().read(bytes: try Self.sample, name: "sample.docx")
        let second = try #require(document.node(withID: "art_1__sec_a__subsec_2"))
        let runs = second.text.runs
        #expect(runs.contains { $0.text == "with added words" && $0.style == [.underline] })
        #expect(runs.contains { $0.text == "with removed words" && $0.style == [.strikethrough] })
        #expect(runs.contains { $0.text.contains("plain") && $0.style.isEmpty })
        #expect(runs.contains { $0.text == "struck" && $0.style == [.strikethrough] })
        let accepted = try ContractReader(proposalMarkup: .accept).read(bytes: try Self.sample, name: "sample.docx")
        let acceptedText = try #require(accepted.node(withID: "art_1__sec_a__subsec_2")).text.plainText
        #expect(acceptedText.contains("with added words"))
        #expect(!acceptedText.contains("removed"))
    }

    @Test("tables keep rows, header rows and column spans; bullets are items")
    func tablesAndBullets() throws {
        let document = try ContractReader().read(bytes: try Self.sample, name: "sample.docx")
        let hours = try #require(document.articles.first { $0.number?.normalized == "2" })
        let table = try #require(hours.allNodes.first { $0.kind == .table }?.table)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[0].cells.first?.columnSpan == 2)
        #expect(table.rows[1].cells.map(\.text.plainText) == ["Step 1", "$20.00 an hour"])
        #expect(hours.allNodes.contains { $0.kind == .item && $0.text.plainText == "A bullet." })
    }

    // MARK: Bad archives

    func readError(_ bytes: [UInt8], zipLimits: ZipLimits = .standard) -> ReadError? {
        do {
            _ = try ContractReader(zipLimits: zipLimits).read(bytes: bytes, name: "bad.docx")
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            Issue.record("not a ReadError: \(error)")
            return nil
        }
    }

    @Test("a truncated or corrupt ZIP is a clear error")
    func corruptZip() throws {
        let good = try Self.sample
        for bytes in [Array(good.prefix(good.count / 2)), [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x41, count: 300)] {
            let error = try #require(readError(bytes))
            #expect(error.description.contains("ZIP archive that cannot be opened"), "\(error)")
        }
    }

    @Test("a ZIP without word/document.xml is not a .docx")
    func zipWithoutDocument() throws {
        let bytes = try Self.zip([("notes.txt", Array("hello".utf8)), ("content.xml", Array("<x/>".utf8))])
        let error = try #require(readError(bytes))
        #expect(error.description.contains("without word/document.xml, so not a Word .docx"))
        #expect(error.description.contains("notes.txt"))
    }

    /// A .docx whose document.xml is 8 MiB of zeros (it deflates to a few kilobytes).
    static func bomb() throws -> [UInt8] {
        let size = 8 << 20
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate
        ) { _, chunk in Data(count: chunk) }
        return [UInt8](try #require(archive.data))
    }

    static let smallLimits = ZipLimits(maxTotalBytes: 4 << 20, maxRatio: 100, minimumAllowance: 0)

    @Test("zip bomb: declared sizes beyond the limit are refused before extracting")
    func zipBombDeclared() throws {
        let bytes = try Self.bomb()
        #expect(bytes.count < 100_000)
        let error = try #require(readError(bytes, zipLimits: Self.smallLimits))
        guard case .limit(let message) = error.reason else {
            Issue.record("expected a limit error, got \(error)")
            return
        }
        #expect(message.contains("zip bomb"))
        // The ratio alone refuses it too: 8 MiB from a few kilobytes is far beyond 100 times.
        let byRatio = try #require(readError(bytes, zipLimits: ZipLimits(maxTotalBytes: 1 << 30, maxRatio: 100, minimumAllowance: 1 << 20)))
        #expect(byRatio.description.contains("zip bomb"))
    }

    @Test("zip bomb: an archive that lies about its sizes is stopped while extracting")
    func zipBombLying() throws {
        var bytes = try Self.bomb()
        // Claim 1000 bytes in the central directory and the local header.
        func patch(signature: [UInt8], sizeOffset: Int) {
            var index = 0
            while index + sizeOffset + 4 <= bytes.count {
                if Array(bytes[index..<index + 4]) == signature {
                    bytes.replaceSubrange((index + sizeOffset)..<(index + sizeOffset + 4), with: [0xE8, 0x03, 0, 0])
                }
                index += 1
            }
        }
        patch(signature: [0x50, 0x4B, 0x01, 0x02], sizeOffset: 24)
        patch(signature: [0x50, 0x4B, 0x03, 0x04], sizeOffset: 22)
        let error = try #require(readError(bytes, zipLimits: Self.smallLimits))
        guard case .limit(let message) = error.reason else {
            Issue.record("expected a limit error, got \(error)")
            return
        }
        #expect(message.contains("zip bomb"))
    }

    @Test("the format is sniffed from the bytes, not the name")
    func sniffedNotNamed() throws {
        let document = try ContractReader().read(bytes: try Self.sample, name: "looks-like.html")
        #expect(document.metadata["reader"] == "docx")
        #expect(document.sourceFormat == .docx)
    }
}

extension ClauseNode {
    /// This node and every node below it.
    var allNodes: [ClauseNode] { [self] + children.flatMap(\.allNodes) }
}
