import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// The 2023–2026 contract against its reorganised 2026–2029 edition (`corpora/editions/`): every
/// article renumbered in Roman numerals, some reordered, headings and half the text rewritten, one
/// merge, one split, one article dropped and one new. The expected pairing is the hand-written
/// `lsu-contract-2026-2029.pairing.json`, not anything Redline computed.
@Suite struct ReorganisedEditionTests {
    struct Pairing: Decodable {
        var old: [String]
        var new: [String]
        var kind: String
    }

    struct Truth: Decodable {
        var articles: [Pairing]
    }

    static let truth: Truth = {
        let url = Fixtures.corpora.appendingPathComponent("editions/lsu-contract-2026-2029.pairing.json")
        return try! JSONDecoder().decode(Truth.self, from: Data(contentsOf: url))
    }()

    static let formats = ["txt", "plain.html", "word.html"]

    func diff(_ oldFormat: String, _ newFormat: String) throws -> DocumentDiff {
        let old = try ContractReader().read(
            contentsOf: Fixtures.corpora.appendingPathComponent("contract/lsu-contract-2023-2026.\(oldFormat)"))
        let new = try ContractReader().read(
            contentsOf: Fixtures.corpora.appendingPathComponent("editions/lsu-contract-2026-2029.\(newFormat)"))
        let diff = DocumentComparer.compare(old: old, new: new)
        #expect(DiffInvariants.violations(diff, old: old, new: new) == [])
        return diff
    }

    /// The pairing as "old ids → new ids: kind", one string per top-level alignment.
    func pairings(_ diff: DocumentDiff) -> Set<String> {
        Set(diff.alignments.map { "\($0.old.map(\.id).sorted()) → \($0.new.map(\.id).sorted()): \($0.kind.rawValue)" })
    }

    func expected() -> Set<String> {
        Set(Self.truth.articles.map { "\($0.old.sorted()) → \($0.new.sorted()): \($0.kind)" })
    }

    @Test("every article pairs as a careful reader pairs it", arguments: formats)
    func pairingMatchesTheTruth(_ format: String) throws {
        let result = pairings(try diff(format, format))
        #expect(result.subtracting(expected()).sorted() == [], "pairings Redline made that the truth does not have")
        #expect(expected().subtracting(result).sorted() == [], "true pairings Redline missed")
    }

    @Test("the pairing does not depend on the formats compared", arguments: [("txt", "word.html"), ("word.html", "plain.html")])
    func acrossFormats(_ formats: (String, String)) throws {
        let result = pairings(try diff(formats.0, formats.1))
        // Front matter differs between formats in its reading, not in its pairing.
        #expect(result.filter { !$0.hasPrefix("[\"preface\"]") } == expected().filter { !$0.hasPrefix("[\"preface\"]") })
    }

    @Test func renumberedArticlesSayFromWhat() throws {
        let diff = try diff("txt", "txt")
        let justCause = try #require(diff.alignments.first { $0.new.map(\.id) == ["art_11"] })
        #expect(justCause.kind == .renumbered && justCause.textChanged)
        #expect(justCause.old.first?.number == "ARTICLE 7" && justCause.new.first?.number == "ARTICLE XI")
        // Sections inside are paired too, not reported as removed and added.
        #expect(justCause.children.allSatisfy { $0.kind != .added && $0.kind != .removed })
    }
}
