import Foundation
import RedlineModel
import RedlineReaders
import Testing

/// Every bad input gets a clear error that names the file, never a crash.
@Suite struct BadInputTests {
    func error(_ bytes: [UInt8], name: String = "bad.html", limits: RedlineXML_Limits = .init()) -> ReadError? {
        do {
            _ = try ContractReader(limits: .init(maxBytes: limits.maxBytes, maxDepth: limits.maxDepth)).read(bytes: bytes, name: name)
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            Issue.record("not a ReadError: \(error)")
            return nil
        }
    }

    struct RedlineXML_Limits {
        var maxBytes = 64 * 1024 * 1024
        var maxDepth = 256
    }

    @Test func missingFile() throws {
        #expect(throws: ReadError(file: "nope.html", reason: .unreadable("no such file"))) {
            try ContractReader().read(contentsOf: URL(fileURLWithPath: "/no/such/nope.html"), displayName: "nope.html")
        }
    }

    @Test func folderIsNotAFile() {
        #expect(throws: ReadError.self) { try ContractReader().read(contentsOf: URL(fileURLWithPath: "/tmp")) }
    }

    @Test func emptyAndWhitespaceOnly() {
        #expect(error([])?.reason == .empty)
        #expect(error(Array("  \n\t \n".utf8))?.reason == .empty)
        #expect(error(Array("<html><body><p> </p></body></html>".utf8))?.reason == .empty)
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP"), ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], "PDF"),
        ([0x00, 0x01, 0x02, 0x41, 0x42, 0x43], "NUL"),
    ] as [([UInt8], String)])
    func binaryFiles(_ bytes: [UInt8], _ what: String) throws {
        let failure = try #require(error(bytes))
        guard case .binary(let description) = failure.reason else {
            Issue.record("expected binary, got \(failure)")
            return
        }
        #expect(description.uppercased().contains(what))
        #expect(failure.description.hasPrefix("bad.html: not a document Redline can read: "))
    }

    @Test func randomBytesAreBinary() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
        let failure = try #require(error(bytes, name: "noise.html"))
        guard case .binary = failure.reason else {
            Issue.record("expected binary, got \(failure)")
            return
        }
    }

    @Test func invalidUTF8SaysWhichLine() throws {
        var bytes = Array("ARTICLE 1 RECOGNITION\nA. The Union \n".utf8)
        bytes.insert(0xE9, at: bytes.count - 2)  // a Latin-1 é in an undeclared file
        let failure = try #require(error(bytes, name: "latin1.txt"))
        #expect(failure.reason == .encoding(
            "byte 0xE9 is not valid UTF-8 and the file declares no other charset; save it as UTF-8 or declare its charset (<meta charset=\"windows-1252\">)",
            line: 2))
        #expect(failure.description.hasPrefix("latin1.txt:2: byte 0xE9"))
    }

    @Test func declaredLatin1AndUTF16Work() throws {
        var latin = Array("<meta charset=\"iso-8859-1\"><h1>ARTICLE 1 ".utf8)
        latin += [0x96]  // en dash in windows-1252
        latin += Array(" RECOGNITION</h1><p>A. Text.</p>".utf8)
        let document = try ContractReader().read(bytes: latin, name: "l.html")
        #expect(document.articles.first?.headingText == "RECOGNITION")
        let utf16 = [UInt8]([0xFF, 0xFE]) + [UInt8](try #require("ARTICLE 2 – POSTING\nA. Postings last two weeks.\n".data(using: .utf16LittleEndian)))
        let fromUTF16 = try ContractReader().read(bytes: utf16, name: "u.txt")
        #expect(fromUTF16.articles.first?.number?.normalized == "2")
        #expect(fromUTF16.metadata["encoding"] == "UTF-16LE")
    }

    @Test func noRecognisableArticle() throws {
        let failure = try #require(error(Array("just some words\nwith nothing numbered\n".utf8), name: "prose.txt"))
        #expect(failure.reason == .noArticle)
        #expect(failure.description.contains("no article found"))
    }

    @Test func tooLargeAndTooDeep() throws {
        let big = Array(("<p>" + String(repeating: "x", count: 2000) + "</p>").utf8)
        guard case .limit(let message) = try #require(error(big, limits: .init(maxBytes: 1000))).reason else {
            Issue.record("expected a limit error")
            return
        }
        #expect(message.contains("more than the limit of 1000 bytes"))
        let deep = Array((String(repeating: "<div>", count: 600) + "ARTICLE 1 X" + String(repeating: "</div>", count: 600)).utf8)
        guard case .limit(let depth) = try #require(error(deep)).reason else {
            Issue.record("expected a depth error")
            return
        }
        #expect(depth.contains("nested more than 256 levels"))
    }

    @Test func malformedXMLNamesTheLine() throws {
        let failure = try #require(error(Array("<?xml version=\"1.0\"?>\n<contract>\n<article>\n</contract>".utf8), name: "c.xml"))
        guard case .markup(let message, let line) = failure.reason else {
            Issue.record("expected a markup error, got \(failure)")
            return
        }
        #expect(line == 4)
        #expect(message.contains("not well formed"))
    }

    @Test func malformedHTMLIsRepairedNotRejected() throws {
        let document = try parse("<h1>ARTICLE 3 <b>SECURITY</h1><p>A. Broken <i>markup <p>B. Still read.")
        #expect(document.articles.first.map(numbers) == ["A.", "B."])
    }

    @Test func readingNeverModifiesTheInput() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redline-input-\(UUID().uuidString).txt")
        let original = Data("ARTICLE 1 RECOGNITION\nA. The University recognizes the Union.\n".utf8)
        try original.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let before = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        _ = try ContractReader().read(contentsOf: url)
        #expect(try Data(contentsOf: url) == original)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == before)
    }
}
