import Foundation
import RedlineTestSupport
import Testing

/// `redline check`: exit 0 clean, 1 findings at or above --fail-on, 2 trouble; formats; configuration;
/// folders; inputs untouched.
extension CommandLineTests {
    /// A temporary folder with a clean proposal, one with a gap (warning) and one with a placeholder (error).
    func checkFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("proposals"), withIntermediateDirectories: true)
        let files = [
            "proposals/clean.txt": "ARTICLE 4 – LEAVES\n\nA. General\nLeave is granted within ten (10) days.\n\nB. Sick leave\nText.\n",
            "proposals/gap.txt": "ARTICLE 5 – WAGES\n\nA. General\nText.\n\nC. Increases\nText.\n",
            "proposals/notes.json": "{\"not\": \"a document\"}",
            "placeholder.txt": "ARTICLE 6 – HOURS\n\nA. General\nThe stipend is [TBD].\n",
        ]
        for (path, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(path)) }
        return folder
    }

    @Test func checkExitStatuses() throws {
        let folder = try checkFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try run(["check", "proposals/clean.txt"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty && clean.stderr.isEmpty)
        let gap = try run(["check", "proposals/gap.txt"], in: folder)
        #expect(gap.status == 1)
        #expect(gap.stdout == "proposals/gap.txt:6: warning: C. follows A.: B. is missing; renumber or add it [numbering/gap]\n")
        #expect(try run(["check", "proposals/gap.txt", "--fail-on", "error"], in: folder).status == 0)
        #expect(try run(["check", "placeholder.txt", "--fail-on", "error"], in: folder).status == 1)
        let missing = try run(["check", "nowhere.txt"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("redline: nowhere.txt"))
        #expect(!missing.stderr.contains("Fatal") && missing.stderr.split(separator: "\n").count == 1)
        #expect(try run(["check", "--fail-on", "never", "proposals/gap.txt"], in: folder).status == 64)
    }

    @Test func checkAFolderAndTheConfiguration() throws {
        let folder = try checkFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder: every document in it (the JSON file is not a document).
        let all = try run(["check", "proposals"], in: folder)
        #expect(all.status == 1)
        #expect(all.stdout.contains("proposals/gap.txt:6:"))
        #expect(!all.stdout.contains("notes.json"))
        // .redline.yml in the current directory re-grades and disables rules.
        try Data("rules:\n  numbering/gap: note\nfail-on: warning\n".utf8).write(to: folder.appendingPathComponent(".redline.yml"))
        let configured = try run(["check", "proposals"], in: folder)
        #expect(configured.status == 0)
        #expect(configured.stdout.contains(": note: C. follows A."))
        // --config wins over .redline.yml; a bad one is trouble, with the file named.
        try Data("rules:\n  numbering/gaps: off\n".utf8).write(to: folder.appendingPathComponent("bad.yml"))
        let bad = try run(["check", "--config", "bad.yml", "proposals"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr == "redline: bad.yml: unknown rule 'numbering/gaps'; did you mean 'numbering/gap'?\n")
        // A folder whose only document does not read as a contract is trouble, not a clean pass.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("forms"), withIntermediateDirectories: true)
        try Data("Employee signature: ________\n".utf8).write(to: folder.appendingPathComponent("forms/form.txt"))
        let forms = try run(["check", "forms"], in: folder)
        #expect(forms.status == 2, "\(forms.stdout)\(forms.stderr)")
        #expect(forms.stderr.contains("skipping forms/form.txt"))
        let missingConfig = try run(["check", "--config", "absent.yml", "proposals"], in: folder)
        #expect(missingConfig.status == 2)
        #expect(missingConfig.stderr.contains("absent.yml"))
    }

    @Test func checkFormatsAndOutput() throws {
        let folder = try checkFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("proposals/gap.txt")
        let before = try Data(contentsOf: input)
        let github = try run(["check", "--format", "github", "proposals/gap.txt"], in: folder)
        #expect(github.stdout == "::warning file=proposals/gap.txt,line=6,title=numbering/gap::C. follows A.: B. is missing; renumber or add it\n")
        let json = try run(["check", "-f", "json", "proposals/gap.txt"], in: folder)
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.first?["rule"] as? String == "numbering/gap")
        #expect(array?.first?["clause"] as? String == "art_5__sec_c")
        let sarif = try run(["check", "-f", "sarif", "-o", "report.sarif", "proposals"], in: folder)
        #expect(sarif.status == 1)
        #expect(sarif.stdout.isEmpty)
        let log = try String(contentsOf: folder.appendingPathComponent("report.sarif"), encoding: .utf8)
        #expect(log.contains("\"version\" : \"2.1.0\""))
        let refused = try run(["check", "proposals/gap.txt", "-o", "proposals/gap.txt"], in: folder)
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: input) == before)
        let rules = try run(["check", "--list-rules"], in: folder)
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("markup/unmarked-change"))
    }

    @Test func checkAgainstTheCurrentContract() throws {
        let proposal = Self.initial
        let against = try run(["check", proposal, "--against", Self.contract])
        #expect(against.status == 0, "\(against.stdout)\(against.stderr)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-against-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(proposal), encoding: .utf8)
        let planted = original.replacingOccurrences(
            of: "elimination of one or more accepted ASE appointments", with: "elimination of one or more ASE appointments")
        try #require(planted != original)
        let path = folder.appendingPathComponent("planted.html").path
        try Data(planted.utf8).write(to: URL(fileURLWithPath: path))
        let result = try run(["check", path, "--against", Self.contract])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: changed from the current contract without underline or strike-through"))
        #expect(result.stdout.contains("[markup/unmarked-change]"))
    }
}
