import Foundation
import RedlineChecks
import RedlineModel
import RedlineTestSupport
import Testing

/// Output formats: text lines, JSON, SARIF 2.1.0 (validated against the OASIS schema), GitHub annotations.
@Suite struct ReportTests {
    static let findings = [
        Finding(
            ruleID: "numbering/gap", severity: .warning, message: "D. follows B.: C. is missing; renumber or add it",
            file: "proposals/12 grievance.html", line: 14, path: "/html/body/p[3]", clauseID: "art_12__sec_d"),
        Finding(
            ruleID: "hygiene/placeholder", severity: .error, message: "placeholder “XX%” left in 100% of cases,\nreally: fill it in",
            file: "a,b:c.txt", line: 0, clauseID: nil),
        Finding(ruleID: "hygiene/unused-term", severity: .note, message: "“Course Load” is defined but never used", file: "x.md", line: 3),
    ]

    @Test func textIsOneLinePerFinding() {
        let text = TextReport().render(Self.findings)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "proposals/12 grievance.html:14: warning: D. follows B.: C. is missing; renumber or add it (at /html/body/p[3]) [numbering/gap]")
        #expect(text.contains("a,b:c.txt: error: placeholder"))
    }

    @Test func archivePartsHaveAPathAndNoLine() {
        // A DOCX clause's line is a line of word/document.xml, not of the .docx.
        let docx = ClauseNode(kind: .section, id: "art_15__sec_b", location: SourceLocation(line: 2, path: "word/document.xml:/w:body/w:p[10]"))
        let finding = Finding(ruleID: "numbering/gap", severity: .warning, message: "m", file: "ta.docx", node: docx)
        #expect(finding.line == 0)
        #expect(TextReport().render([finding]) == "ta.docx: warning: m (at word/document.xml:/w:body/w:p[10]) [numbering/gap]\n")
        let xml = ClauseNode(kind: .section, id: "sec_1", location: SourceLocation(line: 31, path: "/resolution/main/section[1]"))
        #expect(Finding(ruleID: "numbering/gap", severity: .warning, message: "m", file: "bill.xml", node: xml).line == 31)
    }

    @Test func jsonRoundTrips() throws {
        let json = JSONReport().render(Self.findings)
        let decoded = try JSONDecoder().decode([Finding].self, from: Data(json.utf8))
        #expect(decoded == Self.findings)
        #expect(json.contains("\"rule\" : \"numbering/gap\""))
        #expect(json.contains("\"clause\" : \"art_12__sec_d\""))
    }

    @Test func githubAnnotationsEscapeDataAndProperties() {
        let output = GitHubReport().render(Self.findings)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "::warning file=proposals/12 grievance.html,line=14,title=numbering/gap::D. follows B.: C. is missing; renumber or add it")
        // Property values escape %, CR, LF, ':' and ','; the message escapes %, CR and LF.
        #expect(lines[1] == "::error file=a%2Cb%3Ac.txt,title=hygiene/placeholder::placeholder “XX%25” left in 100%25 of cases,%0Areally: fill it in")
        #expect(lines[2].hasPrefix("::notice file=x.md,line=3,"))
        #expect(GitHubReport.escapeProperty("a:b,c%d\r\n") == "a%3Ab%2Cc%25d%0D%0A")
        #expect(GitHubReport.escapeData("a:b,c%d\r\n") == "a:b,c%25d%0D%0A")
    }

    @Test func sarifHasRulesAndResults() throws {
        let sarif = SARIFReport(version: "9.9").render(Self.findings)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        #expect(results[0]["ruleId"] as? String == "numbering/gap")
        #expect(results[1]["level"] as? String == "error")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [[String: Any]])?.count == RuleCatalog.all.count)
        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "proposals/12%20grievance.html")
    }

    /// The OASIS SARIF 2.1.0 schema stored beside the tests (see Fixtures/README.md).
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sarif-schema-2.1.0.json")

    /// The first python3 (on PATH, then the usual places) that can import jsonschema.
    static let python: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            + ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].map { URL(fileURLWithPath: $0) }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            let process = Process()
            process.executableURL = candidate
            process.arguments = ["-c", "import jsonschema"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    /// True when the schema is present and a python3 with jsonschema is available.
    static var canValidate: Bool { FileManager.default.fileExists(atPath: schema.path) && python != nil }

    @Test(.enabled(if: canValidate, "python3 with jsonschema, or the schema file, is not available"))
    func sarifValidatesAgainstTheSchema() throws {
        // Findings from a real check of a planted defect, plus the edge cases above.
        let document = try CheckHarness.document("ARTICLE 4\nLEAVES\n\nA. One.\n\nC. Within ten (11) days [TBD].\n", name: "dir/with space.txt")
        let findings = Checker().check([document]) + Self.findings
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("check.sarif")
        try Data(SARIFReport().render(findings).utf8).write(to: log)
        for (name, content) in [("empty.sarif", SARIFReport().render([]))] {
            try Data(content.utf8).write(to: folder.appendingPathComponent(name))
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            for path in sys.argv[2:]:
                jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(open(path)))
            print("ok")
            """
        let process = Process()
        process.executableURL = Self.python
        process.arguments = ["-c", script, Self.schema.path, log.path, folder.appendingPathComponent("empty.sarif").path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stdout.contains("ok"))
    }
}
