import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineRender
import RedlineTestSupport
import RedlineXML
import Testing

/// One pair of Word versions from `corpora/proposals/*/docx/`.
struct WordPair: CustomTestStringConvertible, Sendable {
    let old: URL
    let new: URL
    var testDescription: String { old.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent + ": "
        + old.lastPathComponent + " → " + new.lastPathComponent }

    /// Every sequence: each version against the current article, and each against the one before.
    static let all: [WordPair] = {
        let folder = Fixtures.corpora.appendingPathComponent("proposals")
        let sequences = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var pairs: [WordPair] = []
        for sequence in sequences {
            let files = Fixtures.files(in: folder.appendingPathComponent(sequence).appendingPathComponent("docx"), suffix: ".docx")
            guard files.count > 1 else { continue }
            for index in 1..<files.count {
                pairs.append(WordPair(old: files[0], new: files[index]))
                if index > 1 { pairs.append(WordPair(old: files[index - 1], new: files[index])) }
            }
        }
        return pairs
    }()

    /// The redline of this pair, as `redline compare` writes it.
    func render(oldIsWord: Bool = true, cover: Bool = false) throws -> (data: Data, diff: DocumentDiff) {
        let reader = ContractReader(proposalMarkup: .accept)
        let oldDocument = try reader.read(contentsOf: old), newDocument = try reader.read(contentsOf: new)
        let diff = DocumentComparer.compare(old: oldDocument, new: newDocument, oldName: old.lastPathComponent, newName: new.lastPathComponent)
        let context = RenderContext(old: oldDocument, new: newDocument, author: "Test Author", date: fixedDate)
        let renderer = SourceDOCXRedlineRenderer(
            newPackage: try Data(contentsOf: new), oldPackage: oldIsWord ? try Data(contentsOf: old) : nil, cover: cover)
        return (try renderer.render(diff, context: context), diff)
    }
}

@Suite("Word redlines written into the new document")
struct SourceDOCXRoundTripTests {
    @Test("the corpus has Word pairs")
    func corpusHasPairs() {
        #expect(WordPair.all.count >= 30)
    }

    @Test("Accept All gives the new paragraphs (text and properties), Reject All the old text", arguments: WordPair.all)
    func roundTrip(_ pair: WordPair) throws {
        let output = try PackageParts(try pair.render().data)
        let newParts = try PackageParts(try Data(contentsOf: pair.new))
        let oldParts = try PackageParts(try Data(contentsOf: pair.old))
        let redline = try output.document()
        let accepted = TrackedChangesResolver.paragraphs(redline, accept: true)
        let expectedNew = TrackedChangesResolver.paragraphs(try newParts.document(), accept: true)
        #expect(accepted == expectedNew)
        let rejected = TrackedChangesResolver.paragraphs(redline, accept: false).map(\.text)
        let expectedOld = TrackedChangesResolver.paragraphs(try oldParts.document(), accept: true).map(\.text)
        #expect(rejected == expectedOld)
        if rejected != expectedOld {
            for (a, b) in zip(rejected, expectedOld) where a != b { print("REJECT got: \(a)\n   wanted: \(b)") }
        }
        // The versions differ, so the redline must carry changes.
        if expectedNew.map(\.text) != expectedOld {
            #expect(output.files["word/document.xml"]!.range(of: Data("<w:ins ".utf8)) != nil
                || output.files["word/document.xml"]!.range(of: Data("<w:del ".utf8)) != nil)
        }
    }

    @Test("every part but document.xml and core.xml is the new package's, byte for byte, in its order", arguments: WordPair.all.prefix(6))
    func otherPartsUntouched(_ pair: WordPair) throws {
        let output = try PackageParts(try pair.render().data)
        let newParts = try PackageParts(try Data(contentsOf: pair.new))
        #expect(output.paths == newParts.paths)
        for path in newParts.paths where path != "word/document.xml" && path != "docProps/core.xml" {
            #expect(output.files[path] == newParts.files[path], "\(path) changed")
        }
    }

    @Test("elements in w:p, w:r, w:pPr, w:rPr and table rows follow the schema's order", arguments: WordPair.all)
    func schemaOrder(_ pair: WordPair) throws {
        let redline = try PackageParts(try pair.render().data).document()
        #expect(WordSchemaOrder.violations(in: redline) == [])
    }

    @Test("the schema-order check catches a misplaced element")
    func schemaOrderCheckWorks() throws {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:pPr><w:ind w:left="720"/><w:numPr/></w:pPr><w:r><w:t>x</w:t><w:rPr/></w:r></w:p></w:body></w:document>
            """
        let root = try MarkupParser.parseXML(utf8: Array(xml.utf8), limits: MarkupLimits()).root
        #expect(WordSchemaOrder.violations(in: root) == ["pPr: numPr after ind", "r: properties not first"])
    }

    @Test("unchanged paragraphs are copied as written, revision ids are unique and above the document's own")
    func unchangedCopiedAndIDsUnique() throws {
        let pair = try #require(WordPair.all.first)
        let output = try PackageParts(try pair.render().data)
        let redline = String(decoding: output.files["word/document.xml"]!, as: UTF8.self)
        let newXML = String(decoding: try PackageParts(try Data(contentsOf: pair.new)).files["word/document.xml"]!, as: UTF8.self)
        let oldXML = String(decoding: try PackageParts(try Data(contentsOf: pair.old)).files["word/document.xml"]!, as: UTF8.self)
        // Paragraphs present, as written, in both versions are in the redline as written.
        let paragraphs = Set(newXML.components(separatedBy: "<w:p>").dropFirst().map { "<w:p>" + $0.components(separatedBy: "</w:p>")[0] + "</w:p>" })
        let shared = paragraphs.filter { oldXML.contains($0) && !$0.contains("<w:p>", after: 1) }
        #expect(shared.count > 10)
        for paragraph in shared { #expect(redline.contains(paragraph)) }
        let ids = redline.matches(of: /<w:(?:ins|del|moveFrom|moveTo)(?:RangeStart)? w:id="(\d+)"/).map { Int($0.1)! }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count)
        #expect(ids.min()! > 1)  // the document's footnote reference uses w:id="1"
    }

    @Test("the labels and summary go into the document properties, not the body; --cover adds an untracked first page")
    func labelsInProperties() throws {
        let pair = try #require(WordPair.all.first)
        let plain = try PackageParts(try pair.render().data)
        let core = String(decoding: plain.files["docProps/core.xml"]!, as: UTF8.self)
        #expect(core.contains("<dc:title>Redline: "))
        #expect(core.contains("<dc:description>Tracked changes by Test Author, 2025-05-08"))
        #expect(core.contains("<dc:creator>Lakeshore bargaining teams</dc:creator>"))
        let body = String(decoding: plain.files["word/document.xml"]!, as: UTF8.self)
        #expect(!body.contains("Tracked changes by"))
        let covered = try PackageParts(try pair.render(cover: true).data)
        let coveredBody = try covered.document()
        let accepted = TrackedChangesResolver.paragraphs(coveredBody, accept: true).map(\.text)
        let rejected = TrackedChangesResolver.paragraphs(coveredBody, accept: false).map(\.text)
        #expect(accepted.prefix(3) == rejected.prefix(3))
        #expect(accepted.contains { $0.hasPrefix("Tracked changes by Test Author") })
    }

    @Test("an old version that is not a Word file: Accept All is still the new document, Reject All has the old words")
    func oldFromText() throws {
        let folder = Fixtures.corpora.appendingPathComponent("proposals/16-immigration")
        let pair = WordPair(old: folder.appendingPathComponent("clean/00-current.txt"),
                            new: folder.appendingPathComponent("docx/02-management-counter.docx"))
        let output = try PackageParts(try pair.render(oldIsWord: false).data)
        let redline = try output.document()
        let expectedNew = TrackedChangesResolver.paragraphs(try PackageParts(try Data(contentsOf: pair.new)).document(), accept: true)
        #expect(TrackedChangesResolver.paragraphs(redline, accept: true) == expectedNew)
        let rejected = TrackedChangesResolver.paragraphs(redline, accept: false).map(\.text).joined(separator: " ")
        let old = try ContractReader().read(contentsOf: pair.old)
        var oldWords: [String: Int] = [:]
        old.walk { node, _ in
            for part in [node.number?.written ?? "", node.heading?.plainText ?? "", node.text.plainText] {
                for (word, count) in words(part) { oldWords[word, default: 0] += count }
            }
            return .visitChildren
        }
        #expect(missing(oldWords, from: words(rejected)) == [])
    }
}

private extension String {
    func contains(_ other: String, after count: Int) -> Bool { components(separatedBy: other).count > count + 1 }
}
