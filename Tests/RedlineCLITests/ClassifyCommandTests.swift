import Foundation
import RedlineTestSupport
import Testing

/// `redline classify`: topics, JSON, evaluation and its errors.
extension CommandLineTests {
    @Test func classifyPrintsArticleTopicsWithEvidence() throws {
        let result = try run(["classify", "corpora/proposals/16-immigration/02-management-counter.word.html"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("art_16  ARTICLE 16  IMMIGRATION"))
        #expect(result.stdout.contains("immigration "))
        #expect(result.stdout.contains("heading “IMMIGRATION”"))
        #expect(result.stderr.isEmpty)
    }

    @Test func classifyClausesAsJSON() throws {
        let result = try run([
            "classify", "--level", "clause", "--format", "json", "corpora/proposals/12-grievance-and-arbitration/04-tentative-agreement.docx",
        ])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let clauses = try #require(json["clauses"] as? [[String: Any]])
        #expect(clauses.count > 20)
        let topics = clauses.compactMap { ($0["topics"] as? [[String: Any]])?.first?["topic"] as? String }
        #expect(topics.filter { $0 == "grievance-arbitration" }.count * 2 > topics.count)
    }

    @Test func classifyEvaluatesHeldOutLabels() throws {
        let result = try run(["classify", "--evaluate", "corpora/labels/lsu-contract-2023-2026.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Clauses: "))
        #expect(result.stdout.contains("macro-F1"))
        #expect(result.stdout.contains("Skipped "))
    }

    @Test func classifyRefusesABadLabelFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let labels = folder.appendingPathComponent("bad.jsonl")
        try Data(#"{"document":"corpora/contract/lsu-contract-2023-2026.plain.html","id":"art_1","topics":["pizza"]}"#.utf8)
            .write(to: labels)
        let result = try run(["classify", "--evaluate", labels.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.jsonl:1: 'pizza' is not a topic id"))
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test func classifyNeedsExactlyOneInput() throws {
        #expect(try run(["classify"]).status == 64)
        #expect(try run(["classify", "missing-file.html"]).status == 2)
    }

    @Test func classifyAFolderGivesEachDocument() throws {
        let result = try run(["classify", "--format", "json", "corpora/proposals/15-layoff"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count >= 9)
        for entry in entries {
            let topics = try #require(entry["topics"] as? [String: Any])
            let articles = try #require(topics["articles"] as? [[String: Any]])
            let primary = (articles.first?["topics"] as? [[String: Any]])?.first?["topic"] as? String
            #expect(primary == "layoff", "\(entry["file"] ?? "")")
        }
        let text = try run(["classify", "corpora/proposals/15-layoff"])
        #expect(text.stdout.contains("== corpora/proposals/15-layoff/04-tentative-agreement.docx"))
    }
}
