import Foundation
import RedlineTestSupport
import RedlineChecks
import RedlineModel
import RedlineReaders
import Testing

/// Reads snippets and corpus documents the way `redline check` does, and runs rules on them.
enum CheckHarness {
    /// Reads `text` (plain text or HTML) as a checked document: markup kept, accepted and rejected
    /// readings as the command line makes them.
    static func document(_ text: String, name: String = "snippet.txt") throws -> CheckedDocument {
        try document(bytes: bytes(text), name: name)
    }

    /// The text encoded as its markup declares (Word's HTML is often windows-1252), else UTF-8.
    static func bytes(_ text: String) -> [UInt8] {
        let head = text.prefix(3000).lowercased()
        if head.contains("charset=windows-1252"), let data = text.data(using: .windowsCP1252) { return Array(data) }
        return Array(text.utf8)
    }

    /// Reads bytes as a checked document named `name`.
    static func document(bytes: [UInt8], name: String) throws -> CheckedDocument {
        let marked = try ContractReader(proposalMarkup: .keep).read(bytes: bytes, name: name)
        guard CheckedDocument.hasProposalMarkup(marked) else { return CheckedDocument(name: name, document: marked) }
        return CheckedDocument(
            name: name, document: try ContractReader(proposalMarkup: .accept).read(bytes: bytes, name: name), marked: marked,
            rejected: try ContractReader(proposalMarkup: .reject).read(bytes: bytes, name: name))
    }

    /// A snippet's name: HTML snippets end in .html so findings read naturally.
    static func name(for snippet: String, index: Int) -> String {
        snippet.hasPrefix("<") ? "snippet-\(index).html" : "snippet-\(index).txt"
    }

    /// The findings of `rule` (alone) on `snippet`, checked with `companions` and against `current`.
    static func findings(
        _ rule: any CheckRule.Type, on snippet: String, companions: [String] = [], current: String? = nil,
        configuration: Configuration = .standard
    ) throws -> [Finding] {
        var set = [try document(snippet, name: name(for: snippet, index: 0))]
        for (index, companion) in companions.enumerated() {
            set.append(try document(companion, name: name(for: companion, index: index + 1)))
        }
        let currentDocument = try current.map {
            try ContractReader(proposalMarkup: .accept).read(bytes: bytes($0), name: "current.html")
        }
        let all = Checker(configuration: configuration, rules: [rule]).check(set, against: currentDocument)
        return all.filter { $0.file == set[0].name }
    }

    /// Checks every example of `rule`: each triggering snippet yields a finding of the rule, each clean one none.
    static func verifyExamples(_ rule: any CheckRule.Type) throws {
        #expect(!rule.examples.isEmpty, "\(rule.id) has no examples")
        for example in rule.examples {
            for snippet in example.triggering {
                let found = try findings(rule, on: snippet, companions: example.companions, current: example.current)
                #expect(found.contains { $0.ruleID == rule.id }, "\(rule.id) missed its triggering example:\n\(snippet)")
            }
            for snippet in example.clean {
                let found = try findings(rule, on: snippet, companions: example.companions, current: example.current)
                #expect(found.isEmpty, "\(rule.id) reported its clean example:\n\(snippet)\n\(found.map(\.message))")
            }
        }
    }

    /// The bytes of a corpus file.
    static func corpus(_ path: String) throws -> String {
        let data = try Data(contentsOf: Fixtures.corpora.appendingPathComponent(path))
        return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
    }

    /// The ids of the rules whose ids start with `prefix`.
    static func ids(_ prefix: String) -> [String] {
        rules(prefix).map { $0.id }
    }

    /// The rules whose ids start with `prefix`.
    static func rules(_ prefix: String) -> [any CheckRule.Type] {
        RuleCatalog.all.filter { $0.id.hasPrefix(prefix) }
    }
}

/// The current contract in two formats, and a proposal set, from `corpora/`.
enum Corpus {
    static let contractText = "contract/lsu-contract-2023-2026.txt"
    static let contractWord = "contract/lsu-contract-2023-2026.word.html"
}
