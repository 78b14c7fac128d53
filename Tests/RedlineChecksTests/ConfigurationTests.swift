import Foundation
import RedlineChecks
import RedlineModel
import Testing

/// `.redline.yml`: enabling, disabling and re-grading rules, allowed placeholders, fail-on, and errors.
@Suite struct ConfigurationTests {
    @Test func parsesRulesPlaceholdersAndFailOn() throws {
        let yaml = """
            # CI settings for the bargaining team
            rules:
              numbering/gap: error
              hygiene/unused-term: off
              numbering/mixed-scheme: warning
            placeholders:
              allow: ["___", "[TBD]"]
            fail-on: error
            """
        let configuration = try Configuration.parse(yaml: yaml, file: ".redline.yml")
        #expect(configuration.severity(of: NumberingGapRule.self) == .error)
        #expect(configuration.severity(of: UnusedTermRule.self) == nil)
        #expect(configuration.severity(of: NumberingMixedSchemeRule.self) == .warning)
        #expect(configuration.severity(of: PlaceholderRule.self) == PlaceholderRule.defaultSeverity)
        #expect(configuration.allows(placeholder: "[tbd]"))
        #expect(configuration.failOn == .error)
    }

    @Test func emptyFileIsTheDefault() throws {
        #expect(try Configuration.parse(yaml: "\n# nothing\n", file: "x.yml") == Configuration())
    }

    @Test(arguments: [
        ("rules:\n  numbering/gaps: error\n", "unknown rule 'numbering/gaps'"),
        ("rules:\n  gap: error\n", "did you mean 'numbering/gap'"),
        ("rules:\n  numbering/gap: fatal\n", "'fatal' is not one of off, note, warning, error"),
        ("fail-on: sometimes\n", "fail-on: 'sometimes'"),
        ("colour: red\n", "unknown key 'colour'"),
        ("placeholders:\n  deny: [x]\n", "placeholders: unknown key 'deny'"),
        ("rules: [oops\n", "not valid YAML"),
        ("rules: 3\n", "rules"),
    ])
    func badConfigurationsNameTheFile(_ yaml: String, _ expected: String) throws {
        do {
            _ = try Configuration.parse(yaml: yaml, file: "team/.redline.yml")
            Issue.record("accepted \(yaml)")
        } catch let error as ConfigurationError {
            #expect(error.description.hasPrefix("team/.redline.yml: "), "\(error)")
            #expect(error.description.contains(expected), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func checkerAppliesSettings() throws {
        let snippet = "ARTICLE 4\nLEAVES\n\nA. One.\n\nB. Two.\n\nD. Four.\n\nE. The stipend is [TBD].\n"
        let document = try CheckHarness.document(snippet)
        let defaults = Checker().check([document])
        #expect(defaults.contains { $0.ruleID == "numbering/gap" && $0.severity == .warning })
        #expect(defaults.contains { $0.ruleID == "hygiene/placeholder" })
        let configured = Checker(
            configuration: try Configuration.parse(
                yaml: "rules:\n  numbering/gap: error\nplaceholders:\n  allow: ['[TBD]']\n", file: "c.yml")
        ).check([document])
        #expect(configured.contains { $0.ruleID == "numbering/gap" && $0.severity == .error })
        #expect(!configured.contains { $0.ruleID == "hygiene/placeholder" })
        let off = Checker(configuration: try Configuration.parse(yaml: "rules:\n  numbering/gap: off\n", file: "c.yml")).check([document])
        #expect(!off.contains { $0.ruleID == "numbering/gap" })
    }

    @Test func findingsAreSortedByFileLineAndRule() throws {
        let first = try CheckHarness.document("ARTICLE 4\nLEAVES\n\nA. One.\n\nC. Three [TBD].\n", name: "b.txt")
        let second = try CheckHarness.document("ARTICLE 4\nLEAVES\n\nA. One.\n\nC. Three.\n", name: "a.txt")
        let findings = Checker().check([first, second])
        #expect(findings.map(\.file) == findings.map(\.file).sorted())
        let b = findings.filter { $0.file == "b.txt" }
        #expect(b.map(\.ruleID) == ["hygiene/placeholder", "numbering/gap"])
        #expect(Checker.fails(findings, at: .warning))
        #expect(!Checker.fails(findings.filter { $0.severity < .error }, at: .error))
    }

    @Test func everyRuleIsDocumented() {
        var ids: Set<String> = []
        for rule in RuleCatalog.all {
            #expect(ids.insert(rule.id).inserted, "duplicate id \(rule.id)")
            let prefix = rule.id.split(separator: "/").first.map(String.init) ?? ""
            #expect(["numbering", "reference", "numbers", "hygiene", "markup"].contains(prefix), "\(rule.id)")
            #expect(!rule.summary.isEmpty && !rule.help.isEmpty, "\(rule.id)")
        }
    }
}
