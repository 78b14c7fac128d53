import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// Generic XML, Akoma Ntoso and USLM read into the clause tree.
@Suite struct XMLReaderTests {
    func read(_ xml: String, name: String = "test.xml", markup: ProposalMarkup = .keep) throws -> ContractDocument {
        try ContractReader(proposalMarkup: markup).read(bytes: Array(xml.utf8), name: name)
    }

    /// Every node below `node`, depth first.
    func descendants(_ node: ClauseNode) -> [ClauseNode] {
        node.children.flatMap { [$0] + descendants($0) }
    }

    func allNodes(_ document: ContractDocument) -> [ClauseNode] {
        document.children.flatMap { [$0] + descendants($0) }
    }

    // MARK: Generic XML

    @Test("generic XML: article/section/item with num and heading, any case")
    func genericXML() throws {
        let document = try read(
            """
            <?xml version="1.0"?>
            <contract>
              <title>Master Agreement</title>
              <article><num>ARTICLE 12</num><heading>GRIEVANCE</heading>
                <section><num>A.</num><heading>General</heading><p>A grievance is a <b>claim</b>.</p></section>
                <section><num>B.</num><para>Filing rules.</para>
                  <item><num>1.</num><text>First step.</text></item>
                  <item><num>2.</num><text>Second step.</text></item>
                </section>
              </article>
              <Article><Num>13</Num><Title>Seniority</Title><P>Seniority accrues.</P></Article>
            </contract>
            """)
        #expect(document.sourceFormat == .xml)
        #expect(document.metadata["reader"] == "xml")
        let articles = document.articles
        #expect(articles.map { $0.number?.normalized } == ["12", "13"])
        #expect(articles.map(\.headingText) == ["GRIEVANCE", "Seniority"])
        let twelve = try #require(articles.first)
        #expect(numbers(twelve) == ["A.", "B."])
        let sectionA = try #require(twelve.children.first { $0.number?.normalized == "a" })
        #expect(sectionA.headingText == "General")
        #expect(sectionA.children.first?.text.contains(style: .bold) == true)
        let sectionB = try #require(twelve.children.first { $0.number?.normalized == "b" })
        #expect(sectionB.text.plainText == "Filing rules.")
        #expect(numbers(sectionB) == ["1.", "2."])
        #expect(sectionB.location.path == "/contract/article/section[2]")
        #expect(articles[1].number?.prefix == "Article")
    }

    @Test("XML without any text gets a clear error")
    func xmlWithoutText() throws {
        do {
            _ = try read("<root><a x=\"1\"/><b/></root>", name: "empty.xml")
            Issue.record("expected an error")
        } catch let error as ReadError {
            #expect(error.description == "empty.xml: the XML document <root> holds no text, only elements and attributes")
        }
    }

    // MARK: Akoma Ntoso

    static let akomaNtoso = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act name="agreement">
            <meta><identification source="#x"><FRBRWork><FRBRname value="Sample Agreement"/></FRBRWork></identification></meta>
            <preface><p><docTitle>Sample Collective Agreement</docTitle></p></preface>
            <body>
              <article eId="art_12">
                <num>Article 12</num><heading>Grievance Procedure</heading>
                <paragraph eId="art_12__para_1"><num>1.</num><content><p>Disputes go to the committee.</p></content></paragraph>
                <paragraph eId="art_12__para_2"><num>2.</num>
                  <intro><p>The steps are:</p></intro>
                  <point eId="art_12__para_2__point_a"><num>(a)</num><content><p>an informal talk;</p></content></point>
                  <point eId="art_12__para_2__point_b"><num>(b)</num><content><p>a <ins>written</ins> <del>oral</del> appeal.</p></content></point>
                  <wrapUp><p>Time limits may be extended.</p></wrapUp>
                </paragraph>
              </article>
              <article eId="art_13">
                <num>Article 13</num><heading>Seniority</heading>
                <hcontainer eId="art_13__hcontainer_1"><heading>General</heading><content><p>Seniority is continuous service.</p></content></hcontainer>
              </article>
            </body>
          </act>
        </akomaNtoso>
        """

    @Test("Akoma Ntoso: articles, paragraphs, points, intro and wrapUp; eIds kept in paths")
    func akomaNtoso() throws {
        let document = try read(Self.akomaNtoso, name: "agreement.akn.xml")
        #expect(document.metadata["reader"] == "akoma-ntoso")
        #expect(document.sourceFormat == .akomaNtoso)
        #expect(document.title == "Sample Collective Agreement")
        #expect(document.articles.map { $0.number?.normalized } == ["12", "13"])
        #expect(document.articles.map(\.headingText) == ["Grievance Procedure", "Seniority"])
        let twelve = try #require(document.articles.first)
        #expect(numbers(twelve) == ["1.", "2."])
        let second = try #require(twelve.children.last)
        #expect(second.text.plainText == "The steps are:")
        #expect(numbers(second) == ["(a)", "(b)"])
        let pointB = try #require(second.children.first { $0.number?.normalized == "b" })
        #expect(pointB.text.runs.contains { $0.text == "written" && $0.style.contains(.underline) })
        #expect(pointB.text.runs.contains { $0.text == "oral" && $0.style.contains(.strikethrough) })
        // The existing eIds stay in the node paths.
        #expect(twelve.children.first?.location.path == "/akomaNtoso/act/body/article[@eId='art_12']/paragraph[@eId='art_12__para_1']")
        #expect(pointB.location.path?.contains("point[@eId='art_12__para_2__point_b']") == true)
        let thirteen = try #require(document.articles.last)
        #expect(thirteen.children.first?.headingText == "General")
    }

    // MARK: USLM bills (real)

    static var bills: URL? { Fixtures.sharedReal?.appendingPathComponent("uslm-bills") }

    func bill(_ path: String, markup: ProposalMarkup = .keep) throws -> (ContractDocument, String) {
        let url = try #require(Self.bills).appendingPathComponent(path)
        let document = try ContractReader(proposalMarkup: markup).read(contentsOf: url)
        return (document, Fixtures.text(url))
    }

    /// Section numbers as the XML writes them (`<num value="101"><inline …>Sec. 101. </inline></num>`):
    /// an oracle independent of the reader.
    func sectionNumbers(inXML xml: String) -> [String] {
        xml.matches(of: #/<num value="(\d+)">(?:<inline[^>]*>)?(?:Sec|SEC|Section|SECTION)\.? /#).map { String($0.output.1) }
    }

    func titleNumbers(inXML xml: String) -> [String] {
        xml.matches(of: #/<title [^>]*><num value="([IVXL]+)">TITLE/#).map { String($0.output.1) }
    }

    @Test("USLM H.R. 2157: titles are the top divisions, sections numbered as in the XML", .tags(.real),
        .enabled(if: Fixtures.hasSharedReal), arguments: ["116hr2157/H2157_IH.XML", "116hr2157/h2157_enr.XML"])
    func appropriationsBill(_ path: String) throws {
        let (document, xml) = try bill(path)
        #expect(document.metadata["reader"] == "uslm")
        #expect(document.sourceFormat == .uslm)
        #expect(document.title?.hasPrefix("Making supplemental appropriations") == true)
        let titles = titleNumbers(inXML: xml)
        #expect(titles.count >= 11)
        #expect(document.articles.map { $0.number?.written } == titles.map { "TITLE \($0)" })
        #expect(document.articles.map { $0.number?.prefix } == titles.map { _ in "Title" })
        #expect(document.articles.first?.number?.normalized == "1")
        #expect(document.articles.first?.headingText == "DEPARTMENT OF AGRICULTURE")
        // Every numbered section, in order, and none invented from text that starts "Section 20601 of …".
        let sections = allNodes(document).filter { $0.number?.prefix == "Section" }
        #expect(sections.map { $0.number!.normalized } == sectionNumbers(inXML: xml))
        #expect(sections.allSatisfy { $0.number!.written.hasPrefix("Sec. ") })
        // Sections live in their title: 101… in title I, 1101… (or 1201…) in the last.
        #expect(document.articles[0].allDescendantNumbers(prefix: "Section").allSatisfy { $0.count == 3 && $0.hasPrefix("1") })
        // Lower levels nest as the XML nests them: "(a)" holds "(1)" and "(2)" in section 104 (introduced) / 103 (enrolled).
        let nested = try #require(sections.first { $0.number?.normalized == (path.contains("IH") ? "104" : "103") })
        let subsectionA = try #require(nested.children.first { $0.number?.written == "(a)" })
        #expect(numbers(subsectionA) == ["(1)", "(2)"])
        #expect(subsectionA.location.path?.hasPrefix("/bill/main/title[1]/section[") == true)
        #expect(subsectionA.location.path?.hasSuffix("/subsection[1]") == true)
    }

    @Test("USLM S. Con. Res. 13: three versions, identical operative text", .tags(.real), .enabled(if: Fixtures.hasSharedReal))
    func identicalVersions() throws {
        var outlines: [[String]] = []
        for path in ["116sconres13/SC13_ATS.XML", "116sconres13/SC13_ES.XML", "116sconres13/SC13_RFH.XML"] {
            let (document, xml) = try bill(path)
            let article = try #require(document.articles.first)
            // The resolving clause's nine paragraphs, as numbered in the XML.
            let resolved = try #require(xml.range(of: "<resolvingClause"))
            let operative = xml[resolved.lowerBound...].matches(of: #/<paragraph[^>]*><num value="(\d+)">/#).map { String($0.output.1) }
            #expect(operative == (1...9).map(String.init))
            #expect(Array(article.children.compactMap { $0.number?.normalized }.suffix(9)) == operative)
            outlines.append(descendants(article).map { node in
                [node.id, node.number?.written ?? "", node.headingText, node.text.plainText].joined(separator: "|")
            })
        }
        #expect(outlines[0] == outlines[1])
        #expect(outlines[1] == outlines[2])
    }

    @Test("USLM S. Con. Res. 10 as reported: changed=deleted/added read as strike-through/underline", .tags(.real),
        .enabled(if: Fixtures.hasSharedReal))
    func reportedResolutionMarkup() throws {
        let (kept, xml) = try bill("116sconres10/BILLS-116sc10rs.xml")
        #expect(xml.contains("changed=\"deleted\"") && xml.contains("changed=\"added\""))
        let nodes = allNodes(kept).filter { !$0.text.isEmpty }
        let struck = nodes.filter { $0.text.runs.allSatisfy { $0.style.contains(.strikethrough) } }
        let underlined = nodes.filter { $0.text.runs.allSatisfy { $0.style.contains(.underline) } }
        #expect(!struck.isEmpty)
        #expect(!underlined.isEmpty)
        // Accepting the amendment leaves the new resolving text, (1)–(5); rejecting it, the old one, which is
        // the introduced version's (1)–(4).
        let (accepted, _) = try bill("116sconres10/BILLS-116sc10rs.xml", markup: .accept)
        let (rejected, _) = try bill("116sconres10/BILLS-116sc10rs.xml", markup: .reject)
        let (introduced, _) = try bill("116sconres10/SC10_IS.XML")
        func operative(_ document: ContractDocument) -> [String] {
            document.articles.first.map { $0.children.compactMap { $0.number?.written } } ?? []
        }
        #expect(operative(accepted) == ["(1)", "(2)", "(3)", "(4)", "(5)"])
        #expect(operative(rejected) == ["(1)", "(2)", "(3)", "(4)"])
        #expect(operative(rejected) == operative(introduced))
        #expect(!allNodes(accepted).contains { $0.text.contains(style: .strikethrough) })
    }

    // MARK: xmldiff fixtures (real)

    @Test("xmldiff fixtures parse or fail with a clear ReadError", .tags(.real), .enabled(if: Fixtures.hasSharedReal))
    func xmldiffFixtures() throws {
        let folder = try #require(Fixtures.sharedReal).appendingPathComponent("xmldiff-fixtures/test_data")
        let files = Fixtures.files(in: folder, suffix: "")
        #expect(files.count >= 24)
        var parsed = 0
        for file in files {
            do {
                _ = try ContractReader().read(contentsOf: file)
                parsed += 1
            } catch let error as ReadError {
                #expect(error.description.hasPrefix(file.path + ":"), "\(error)")
            }
        }
        #expect(parsed >= 5)
        // The RML documents read as generic XML, with their section titles as headings.
        let rml = try ContractReader().read(contentsOf: folder.appendingPathComponent("rmldoc.left.xml"))
        #expect(rml.title == "Offer Letter")
        #expect(rml.articles.first?.children.contains { $0.headingText == "Base Compensation" } == true)
    }

    @Test("byte-order marks: bom_1.xml and bom_2.xml are decoded and parsed as XML", .tags(.real),
        .enabled(if: Fixtures.hasSharedReal), arguments: ["bom_1.xml", "bom_2.xml"])
    func byteOrderMark(_ name: String) throws {
        let url = try #require(Fixtures.sharedReal).appendingPathComponent("xmldiff-fixtures/test_data/\(name)")
        #expect(try Data(contentsOf: url).starts(with: [0xEF, 0xBB, 0xBF]))
        // The files hold only elements and attributes (no text), so there is no clause tree to build;
        // the BOM and the XML declaration are read without complaint, and the message says so.
        do {
            _ = try ContractReader().read(contentsOf: url)
            Issue.record("a document without text gave a tree")
        } catch let error as ReadError {
            #expect(error.reason == .markup("the XML document <metadataRoot> holds no text, only elements and attributes", line: 0))
        }
    }
}

extension ClauseNode {
    /// The normalised numbers of descendants whose number has `prefix`.
    func allDescendantNumbers(prefix: String) -> [String] {
        children.flatMap { child in
            (child.number?.prefix == prefix ? [child.number!.normalized] : []) + child.allDescendantNumbers(prefix: prefix)
        }
    }
}
