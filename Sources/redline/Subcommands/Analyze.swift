import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineModel
import RedlineReaders

/// `redline analyze FILE`: the deontic statements and quantities of one document, per clause.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List who must, may, must not or is entitled to do what, and every time limit, amount and date.",
        discussion: """
            For each clause: its deontic statements (party — employer, department, union, employee, both, \
            arbitrator, committee — and modality — obligation, recommendation, permission, prohibition, \
            entitlement), its quantities (durations, percentages, money, FTE, hours, counts, dates, \
            normalised) and its discretion and grievability phrases; then statements per party and modality.

            --evaluate LABELS.jsonl… measures the analysis on hand-labelled files (corpora/analysis/): \
            precision, recall and F1 per label and macro-F1 against modal verbs alone, on the held-out \
            fifth (--all: every line). Exit status: 0, or 2 on trouble.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The document to analyse (`-` for standard input).")
    var file: String?

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @Option(parsing: .upToNextOption, help: "Evaluate on label files (JSONL) instead of analysing a document.")
    var evaluate: [String] = []

    @Flag(help: "With --evaluate: every labelled line, not only the held-out fifth.")
    var all = false

    @Flag(help: "With --evaluate: also list every line the analysis did not reproduce.")
    var disagreements = false

    func validate() throws {
        if evaluate.isEmpty && file == nil { throw ValidationError("give a FILE to analyse, or --evaluate LABELS.jsonl") }
        if !evaluate.isEmpty && file != nil { throw ValidationError("give either a FILE or --evaluate, not both") }
    }

    func run() throws {
        try withTroubleExit {
            if !evaluate.isEmpty {
                var report = ""
                for path in evaluate {
                    let labels: [AnalysisLabel]
                    do {
                        labels = try AnalysisLabel.read(URL(fileURLWithPath: path))
                    } catch let error as LabelError {
                        throw OutputError(description: error.description)
                    }
                    let evaluation = AnalysisEvaluation(
                        labels: labels, file: URL(fileURLWithPath: path).lastPathComponent, heldOutOnly: !all)
                    report += evaluation.report(disagreements: disagreements) + "\n"
                }
                try OutputTarget(path: output, inputs: evaluate).write(report)
                return
            }
            let file = self.file ?? "-"
            let document = try ContractReader().readInput(file)
            let analysis = DocumentAnalysis(document, name: file)
            let target = OutputTarget(path: output, inputs: [file])
            switch format {
            case .text:
                try target.write(analysis.report())
            case .json:
                var data = try ContractDocument.jsonEncoder().encode(analysis)
                data.append(0x0A)
                try target.write(data)
            }
        }
    }
}
