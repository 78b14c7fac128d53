import Foundation
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// Every document in `corpora/` against `corpora/manifest.json`, which the corpus generator
/// writes from the same data as the documents (so it is right by construction, and not
/// derived from Redline's parser).
@Suite struct CorporaTests {
    struct ManifestArticle: Decodable, Sendable {
        var kind: String
        var number: Number?
        var title: String?
        var sections: [String]?
        var subsections: [String: [String]]?

        /// Article numbers are integers; appendices and side letters are letters or numbers as strings.
        enum Number: Decodable, Sendable {
            case int(Int), string(String)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let value = try? container.decode(Int.self) { self = .int(value) } else { self = .string(try container.decode(String.self)) }
            }
            var normalized: String {
                switch self {
                case .int(let value): String(value)
                case .string(let value): value.lowercased()
                }
            }
        }
    }

    struct ManifestReference: Decodable, Sendable {
        var kind: String
        var target: String
        var text: String
    }

    struct ManifestDocument: Decodable, Sendable, CustomTestStringConvertible {
        var path: String
        var kind: String
        var file: String { path }
        var articles: [ManifestArticle]
        var all_cross_references: [ManifestReference]?
        var testDescription: String { file }
    }

    struct Manifest: Decodable { var documents: [ManifestDocument] }

    static let documents: [ManifestDocument] = {
        let url = Fixtures.corpora.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data).documents
        } catch {
            print("manifest.json: \(error)")
            return []
        }
    }()

    /// "A." → "a", "(iv)" → "iv", "Section 3." → "3", "3.1" → "3.1".
    static func normalize(_ label: String) -> String {
        var text = label.lowercased()
        for prefix in ["section ", "article "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "().: "))
        return text
    }

    @Test func manifestIsThere() {
        #expect(Self.documents.count >= 40)
    }

    @Test("articles, sections and subsections as in the manifest", arguments: documents)
    func structure(_ expected: ManifestDocument) throws {
        // For proposals the manifest lists the accept-all structure.
        let document = try ContractReader(proposalMarkup: expected.kind == "proposal" ? .accept : .keep)
            .read(contentsOf: Fixtures.corpora.appendingPathComponent(expected.file))
        let articles = document.articles
        #expect(articles.map { $0.number?.normalized ?? "" } == expected.articles.map { $0.number?.normalized ?? "" })
        for (article, wanted) in zip(articles, expected.articles) {
            if let title = wanted.title {
                #expect(article.headingText.lowercased() == title.lowercased(), "\(article.id)")
            }
            guard let sections = wanted.sections else { continue }
            let numbered = article.children.filter { $0.number != nil }
            #expect(numbered.map { Self.normalize($0.number!.normalized) } == sections.map(Self.normalize), "\(article.id)")
            for (label, children) in wanted.subsections ?? [:] {
                guard let section = numbered.first(where: { Self.normalize($0.number!.normalized) == Self.normalize(label) }) else {
                    Issue.record("\(article.id): no section \(label)")
                    continue
                }
                #expect(
                    section.children.compactMap { $0.number.map { Self.normalize($0.normalized) } } == children.map(Self.normalize),
                    "\(section.id)")
            }
        }
    }

    @Test("cross-references as in the manifest", arguments: documents.filter { !($0.all_cross_references ?? []).isEmpty })
    func crossReferences(_ expected: ManifestDocument) throws {
        let document = try ContractReader().read(contentsOf: Fixtures.corpora.appendingPathComponent(expected.file))
        let found = document.allReferences.map(\.reference)
        // Redline records references to articles, sections, appendices and side letters (not tables).
        for reference in (expected.all_cross_references ?? []) where reference.kind != "table" {
            let parts = reference.target.split(separator: ":").map(String.init)
            let target = Self.normalize(parts.last!)
            let match = found.contains { candidate in
                // "article-by-name" ("the Leaves article") is an article reference resolved by heading.
                candidate.kind.rawValue == (reference.kind == "article-by-name" ? "article" : reference.kind)
                    && Self.normalize(candidate.target) == target
                    && (parts.count == 1 || candidate.article == parts[0])
            }
            #expect(match, "\(reference.text) → \(reference.target)")
        }
    }
}
