import Foundation
import RedlineChecks
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// `redline check` on the documents of `corpora/structure/`: a single article exported without its
/// "Article N" line is not an error, and unbolded continuing headings ("3.10 Notice to employees."
/// after "**3.9 Order of Layoff.**") leave no false numbering gap, nor do Division/Section MOUs.
@Suite struct StructureCorporaCheckTests {
    static let folder = Fixtures.corpora.appendingPathComponent("structure")

    static let files: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String {
            // PDFs need pdftohtml; their DOCX twins are checked.
            if [".html", ".txt", ".md", ".docx"].contains(where: path.hasSuffix) { result.append(path) }
        }
        return result.sorted()
    }()

    @Test("no numbering finding and no error", arguments: files)
    func clean(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(path)))
        let document = try CheckHarness.document(bytes: bytes, name: path)
        let findings = Checker().check([document])
        #expect(findings.filter { $0.ruleID.hasPrefix("numbering/") }.map(\.message) == [], "\(path)")
        #expect(findings.filter { $0.severity == .error }.map(\.message) == [], "\(path)")
    }

    @Test("the corpus holds the continuing-heading and single-article documents")
    func corpusIsThere() {
        #expect(Self.files.contains("continuing/harbor-transit-agreement-wrapped.md"))
        #expect(Self.files.contains("single-article/telework-export.txt"))
        #expect(Self.files.count >= 18)
    }
}
