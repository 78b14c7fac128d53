import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// A single article exported without its "Article 9" line (`corpora/structure/single-article/`) is an
/// unnumbered article; compared with the full contract (as `--scope auto` does for a proposal) or with
/// a numbered export of the same article, it pairs with Article 9 by content.
@Suite struct SingleArticleAlignmentTests {
    static let folder = Fixtures.corpora.appendingPathComponent("structure/single-article")

    @Test("an exported single article pairs by content with the article in the full contract and with a numbered sibling")
    func singleArticlePairs() throws {
        let folder = Self.folder
        let reader = ContractReader()
        let full = try reader.read(contentsOf: folder.appendingPathComponent("full-contract.html"))
        let numbered = try reader.read(contentsOf: folder.appendingPathComponent("art9_telework.html"))
        for name in ["telework-export.html", "telework-export.txt", "telework-export.md", "telework-export.docx"] {
            let export = try reader.read(contentsOf: folder.appendingPathComponent(name))
            #expect(export.articles.first?.number == nil, "\(name)")
            for old in [full, numbered] {
                let options = CompareOptions(scope: old.articles.count > 1 ? .newArticles : .all)
                let diff = DocumentComparer.compare(old: old, new: export, options: options)
                let top = diff.alignments.filter { !($0.old + $0.new).contains { $0.kind == .preamble } }
                #expect(top.count == 1, "\(name): \(top.map(\.kind))")
                let pair = try #require(top.first)
                #expect(pair.old.map(\.id) == ["art_9"], "\(name)")
                #expect(pair.new.map(\.id) == ["art_unnumbered_1"], "\(name)")
                #expect(pair.kind != .added && pair.kind != .removed && pair.kind != .renumbered, "\(name): \(pair.kind)")
                // The sections pair one to one (pandoc's DOCX makes the apostrophes curly, so a section may be modified).
                let sections = pair.children.map { ($0.old.map(\.id), $0.new.map(\.id)) }
                #expect(sections.map(\.0) == ["a", "b", "c", "d"].map { ["art_9__sec_\($0)"] }, "\(name)")
                #expect(sections.map(\.1) == ["a", "b", "c", "d"].map { ["art_unnumbered_1__sec_\($0)"] }, "\(name)")
                #expect(pair.children.allSatisfy { $0.kind == .same || $0.kind == .modified }, "\(name)")
            }
        }
    }
}
