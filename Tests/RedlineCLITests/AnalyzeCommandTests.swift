import Foundation
import RedlineTestSupport
import Testing

/// `redline analyze`, and the findings `redline diff` and `redline compare` add.
extension CommandLineTests {
    @Test func analyzeListsStatementsAndQuantities() throws {
        let result = try run(["analyze", "corpora/proposals/16-immigration/02-management-counter.word.html"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("art_16__sec_b__subsec_1"))
        #expect(result.stdout.contains("employer obligation “The University shall” provide"))
        #expect(result.stdout.contains("quantities: 60 calendar days"))
        #expect(result.stdout.contains("discretion “sole discretion”"))
        #expect(result.stderr.isEmpty)
    }

    @Test func analyzeAsJSON() throws {
        let result = try run(["analyze", "--format", "json", "corpora/proposals/16-immigration/02-management-counter.word.html"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let clauses = try #require(json["clauses"] as? [[String: Any]])
        let item = try #require(clauses.first { $0["id"] as? String == "art_16__sec_b__subsec_2__para_a__subpara_i" })
        let quantity = try #require((item["quantities"] as? [[String: Any]])?.first)
        #expect(quantity["value"] as? Double == 60)
        #expect(quantity["unit"] as? String == "day")
        #expect(quantity["qualifier"] as? String == "calendar")
    }

    @Test func analyzeEvaluatesTheLabelledSets() throws {
        let result = try run(["analyze", "--evaluate", "corpora/analysis/changes.jsonl", "corpora/analysis/quantities.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("changes.jsonl: "))
        #expect(result.stdout.contains("(held-out fifth;"))
        #expect(result.stdout.contains("modal verbs alone: macro-F1"))
        #expect(result.stdout.contains("wording-only pairs: "))
    }

    @Test func analyzeNeedsAFileOrLabels() throws {
        let result = try run(["analyze"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("give a FILE to analyse, or --evaluate LABELS.jsonl"))
        let missing = try run(["analyze", "--evaluate", "no-such-labels.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-labels.jsonl: cannot read the file"))
        #expect(!missing.stderr.contains("\n  "))
    }

    @Test func diffPutsFindingsFirstAndInJSON() throws {
        let old = "corpora/proposals/16-immigration/01-union-initial.word.html"
        let new = "corpora/proposals/16-immigration/02-management-counter.word.html"
        let text = try run(["diff", old, new])
        #expect(text.status == 1)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 3 && lines[2] == "What changed in substance:")
        #expect(text.stdout.contains("art_16__sec_d__subsec_1  duration 10 working days → 5 working days (−5 working days)"))
        let json = try run(["diff", "--format", "json", old, new])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["flag"] as? String == "grievability-removed" && $0["newClause"] as? String == "art_16__sec_c__subsec_3" })
        #expect(object["alignments"] != nil)
    }

    @Test func manyFindingsAreCountedInTextAndAllListedInJSON() throws {
        // Two editions of the contract: far more findings than fit before the summary table.
        let old = "corpora/contract/lsu-contract-2023-2026.txt"
        let new = "corpora/editions/lsu-contract-2026-2029.txt"
        let text = try run(["diff", old, new])
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "What changed in substance:"))
        let section = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(section.count == 41)
        let more = try #require(section.last)
        #expect(more.hasPrefix("  … and ") && more.hasSuffix(" more (--format json, html or md lists every one)"))
        let counted = Int(more.dropFirst("  … and ".count).prefix { $0.isNumber }) ?? 0
        let json = try run(["diff", "--format", "json", old, new])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        // Repeated findings of one kind in one clause are folded into one line, so JSON holds at least as many.
        #expect(findings.count >= 40 + counted)
    }

    @Test func aDiffWithoutFindingsIsUnchanged() throws {
        let file = "corpora/proposals/16-immigration/04-tentative-agreement.word.html"
        let json = try run(["diff", "--format", "json", file, file])
        #expect(json.status == 0)
        #expect(!json.stdout.contains("\"findings\""))
        let text = try run(["diff", file, file])
        #expect(!text.stdout.contains("What changed in substance"))
    }

    @Test func compareOpensWithTheSubstance() throws {
        let old = "corpora/proposals/15-layoff/01-union-initial.word.html"
        let new = "corpora/proposals/15-layoff/02-management-counter.word.html"
        let markdown = try run(["compare", "--format", "md", old, new])
        #expect(markdown.status == 1)
        let substance = try #require(markdown.stdout.range(of: "## What changed in substance"))
        let summary = try #require(markdown.stdout.range(of: "## Summary of changes"))
        #expect(substance.lowerBound < summary.lowerBound)
        #expect(markdown.stdout.contains("- `art_15__sec_d__subsec_2` — obligation weakened: the department shall → may (offer)"))
        let html = try run(["compare", "--format", "html", old, new])
        #expect(html.stdout.contains("<h2 id=\"substance-title\">What changed in substance</h2>"))
        let terminal = try run(["compare", "--format", "term", old, new])
        #expect(terminal.stdout.contains("What changed in substance\n"))
    }
}
