import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// The documents of `corpora/structure/` (an MOU of Divisions and Sections, single-article exports
/// with their title only in the metadata, only in the file name or nowhere, unbolded continuing
/// headings, PARTs as the top-level unit), in every format, against the trees in its manifest.
///
/// The manifest is written by `corpora/tools/build_structure.py` from the same data as the
/// documents, not from Redline's output.
@Suite struct StructureCorporaTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var expected: [[String: JSONValue]]
        var testDescription: String { path }
    }

    /// The subset of JSON the manifest uses.
    enum JSONValue: Sendable, Equatable {
        case string(String), strings([String]), null, table([String: [String]])

        init(_ any: Any) {
            switch any {
            case let text as String: self = .string(text)
            case let list as [String]: self = .strings(list)
            case let table as [String: [String]]: self = .table(table)
            default: self = .null
            }
        }

        var string: String? { if case .string(let text) = self { text } else { nil } }
        var strings: [String]? { if case .strings(let list) = self { list } else { nil } }
        var table: [String: [String]]? { if case .table(let table) = self { table } else { nil } }
    }

    static let folder = Fixtures.corpora.appendingPathComponent("structure")

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
            let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
        else { return [] }
        return manifest.keys.sorted().compactMap { path in
            guard let children = manifest[path]?["children"] as? [[String: Any]] else { return nil }
            let expected = children.map { child in child.mapValues { JSONValue($0) } }
            // PDFs need poppler's pdftohtml.
            if path.hasSuffix(".pdf"), !PDFReaderAvailability.installed { return nil }
            return Case(path: path, expected: expected)
        }
    }()

    @Test("the corpus is there, in every format")
    func corpusIsThere() {
        let extensions = Set(Self.cases.map { ($0.path as NSString).pathExtension })
        #expect(Self.cases.count >= 18)
        #expect(extensions.isSuperset(of: ["html", "txt", "md", "docx"]))
    }

    @Test("top-level kinds, ids, numbers, headings and direct children as in the manifest", arguments: cases)
    func tree(_ entry: Case) throws {
        let url = Self.folder.appendingPathComponent(entry.path)
        let document = try ContractReader().read(contentsOf: url, displayName: entry.path)
        let top = document.children
        #expect(top.map(\.kind.rawValue) == entry.expected.map { $0["kind"]?.string ?? "" }, "\(entry.path)")
        for (node, expected) in zip(top, entry.expected) where node.kind != .preamble {
            if let id = expected["id"]?.string { #expect(node.id == id, "\(entry.path)") }
            if let number = expected["number"] {
                #expect(node.number?.normalized == number.string, "\(entry.path): number of \(node.id)")
            }
            if let heading = expected["heading"] {
                #expect(node.heading?.plainText == heading.string, "\(entry.path): heading of \(node.id)")
            }
            if let children = expected["children"]?.strings {
                let numbered = node.children.compactMap { $0.number?.written }
                #expect(numbered == children, "\(entry.path): children of \(node.id)")
                #expect(node.children.filter { $0.number != nil }.allSatisfy { $0.kind == .section }, "\(entry.path)")
            }
            if let headings = expected["headings"]?.strings {
                let written = node.children.filter { $0.number != nil }.map(\.headingText)
                #expect(written == headings, "\(entry.path): headings under \(node.id)")
            }
            for (parent, numbers) in expected["grandchildren"]?.table ?? [:] {
                let child = try #require(node.children.first { $0.number?.written == parent }, "\(entry.path)")
                #expect(child.children.compactMap { $0.number?.written } == numbers, "\(entry.path): under \(parent)")
            }
        }
    }

    @Test("the MOU's title and table of contents are its preamble, not a side letter")
    func mouTitleIsNotASideLetter() throws {
        let url = Self.folder.appendingPathComponent("mou/marlow-county-mou-2025-2028.txt")
        let document = try ContractReader().read(contentsOf: url)
        let preamble = try #require(document.children.first)
        #expect(preamble.kind == .preamble)
        #expect(preamble.children.first?.text.plainText.hasPrefix("MEMORANDUM OF UNDERSTANDING") == true)
        // The table of contents stays in the preamble: every division appears once in the body.
        #expect(document.articles.filter { $0.kind == .article }.count == 8)
        #expect(document.articles.filter { $0.kind == .sideLetter }.map(\.id) == ["letter_a"])
    }
}

/// Whether poppler's `pdftohtml` is installed (PDF input needs it).
enum PDFReaderAvailability {
    static let installed: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftohtml") }
    }()
}
