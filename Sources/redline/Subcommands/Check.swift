import ArgumentParser
import Foundation
import RedlineChecks
import RedlineModel
import RedlineReaders

/// `redline check FILE…`: lint-style checks on proposals and contracts, for people and for CI.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check proposals for numbering, reference, number, hygiene and markup mistakes.",
        discussion: """
            FILE may be a document in any format `redline parse` reads, or a folder: every document in it \
            and its subfolders is checked (hidden files and files that are not documents are skipped). \
            All FILEs are checked together, so a reference to an article that none of them holds is reported. \
            With --against, proposals that mark their changes (underline, strike-through) are compared with the \
            current contract. Configuration: --config FILE, or .redline.yml in the current directory. \
            Exit status: 0 no finding at or above --fail-on, 1 findings, 2 trouble.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    @Argument(help: "Documents or folders to check.")
    var files: [String] = []

    @Option(help: "The current contract: report changes a marked-up proposal does not mark, and marks on unchanged text.")
    var against: String?

    @Option(name: .shortAndLong, help: "Output format: text (file:line: severity: message [rule]), json, sarif (2.1.0) or github (workflow annotations).")
    var format: Format = .text

    @Option(help: "Configuration file (YAML). Default: .redline.yml in the current directory, when present.")
    var config: String?

    @Option(help: "Exit 1 when a finding is at or above this severity: error, warning or note (default: warning, or the configuration's fail-on).")
    var failOn: Severity?

    @Flag(help: "List the rules with their default severities and exit.")
    var listRules = false

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output (written atomically).")
    var output: String?

    @Flag(help: "With -o: replace the file even if it is read-only.")
    var force = false

    func validate() throws {
        if !listRules && files.isEmpty { throw ValidationError("give at least one FILE or folder to check") }
    }

    func run() throws {
        if listRules {
            for rule in RuleCatalog.all {
                print("\(rule.id.padding(toLength: 28, withPad: " ", startingAt: 0)) \(rule.defaultSeverity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.summary)")
            }
            return
        }
        let failed: Bool
        do {
            failed = try checkFiles()
        } catch let error as ConfigurationError {
            printError(error.description)
            throw ExitCode(2)
        }
        if failed { throw ExitCode(1) }
    }

    private func checkFiles() throws -> Bool {
        try withTroubleExit { () throws -> Bool in
            let configuration = try loadConfiguration()
            let inputs = try DocumentFiles.expand(files)
            let paths = inputs.map(\.path)
            let needsRejected = against != nil
            let readings = try parallelMap(inputs.count) { index -> CheckedDocument? in
                do {
                    return try Self.read(inputs[index].path, rejected: needsRejected)
                } catch let error as ReadError where inputs[index].fromFolder {
                    // A folder may hold files that are not contracts (a scanned form, notes); say so and go on.
                    printError("skipping " + error.description)
                    return nil
                }
            }
            let set = readings.compactMap { $0 }
            if set.isEmpty, let first = files.first {
                throw ReadError(file: first, reason: .unreadable("none of its files reads as a contract or proposal"))
            }
            let current = try against.map { try ContractReader(proposalMarkup: .accept).readInput($0) }
            let findings = Checker(configuration: configuration).check(set, against: current)
            let report: any FindingReport = format == .sarif ? SARIFReport(version: Redline.configuration.version) : reportFormat.report
            try OutputTarget(path: output, inputs: paths + (against.map { [$0] } ?? []), force: force).write(report.render(findings))
            return Checker.fails(findings, at: failOn ?? configuration.failOn ?? .warning)
        }
    }

    private var reportFormat: ReportFormat {
        switch format {
        case .text: .text
        case .json: .json
        case .sarif: .sarif
        case .github: .github
        }
    }

    /// The configuration from --config, or ./.redline.yml, or the defaults.
    private func loadConfiguration() throws -> Configuration {
        if let config {
            return try Configuration.load(contentsOf: URL(fileURLWithPath: config), displayName: config)
        }
        let local = ".redline.yml"
        if FileManager.default.fileExists(atPath: local) {
            return try Configuration.load(contentsOf: URL(fileURLWithPath: local), displayName: local)
        }
        return .standard
    }

    /// Reads a document with its markup kept; when it has markup, also what it proposes (accepted)
    /// and, for `--against`, what it says the current text is (rejected).
    static func read(_ path: String, rejected: Bool) throws -> CheckedDocument {
        let marked = try ContractReader(proposalMarkup: .keep).readInput(path)
        guard CheckedDocument.hasProposalMarkup(marked), path != "-" else {
            return CheckedDocument(name: path, document: marked)
        }
        let accepted = try ContractReader(proposalMarkup: .accept).readInput(path)
        let rejectedReading = rejected ? try ContractReader(proposalMarkup: .reject).readInput(path) : nil
        return CheckedDocument(name: path, document: accepted, marked: marked, rejected: rejectedReading)
    }
}

extension Severity: ExpressibleByArgument {}
