import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineRender

/// What `--ignore` can leave out of a comparison.
enum IgnoreOption: String, ExpressibleByArgument, CaseIterable {
    case `case`, whitespace, punctuation, numbering
}

/// Options shared by commands that compare two documents.
struct ComparisonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Differences to ignore (comma-separated or repeated).", valueName: "case,whitespace,punctuation,numbering"),
        transform: { value in
            try value.split(separator: ",").map { part in
                guard let option = IgnoreOption(rawValue: part.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(
                        "unknown --ignore value '\(part)'; use one of: "
                            + IgnoreOption.allCases.map(\.rawValue).joined(separator: ", "))
                }
                return option
            }
        })
    var ignore: [[IgnoreOption]] = []

    @Option(help: "Proposal markup (underline = added, strike-through = deleted): accept it (compare what the proposal proposes), reject it, or keep both.")
    var markup: ProposalMarkup = .accept

    @Option(help: "auto: when NEW holds a few articles and OLD a whole contract, compare only those articles; all: report every article.")
    var scope: ScopeChoice = .auto

    enum ScopeChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, all
    }

    var reader: ContractReader { ContractReader(proposalMarkup: markup) }

    /// Options for comparing `old` with `new`, with `--scope auto` decided from their sizes.
    func compareOptions(old: ContractDocument, new: ContractDocument) -> CompareOptions {
        let set = Set(ignore.joined())
        let proposalAgainstContract = new.articles.count <= 3 && old.articles.count >= 2 * max(1, new.articles.count)
        return CompareOptions(
            text: DiffOptions(
                ignoreCase: set.contains(.case), ignoreWhitespace: set.contains(.whitespace),
                ignorePunctuation: set.contains(.punctuation)),
            ignoreNumbering: set.contains(.numbering),
            scope: scope == .auto && proposalAgainstContract ? .newArticles : .all)
    }
}

extension ProposalMarkup: ExpressibleByArgument {}

/// `redline diff OLD NEW`: what changed, article by article.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of a contract or proposal, article by article.",
        discussion: """
            OLD and NEW are files in any format `redline parse` reads, or two folders (files are paired \
            by name, as diff -r does). Exit status: 0 no differences, 1 differences, 2 trouble.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The old version (file or folder; `-` for standard input).")
    var old: String

    @Argument(help: "The new version (file or folder).")
    var new: String

    @Option(name: .shortAndLong, help: "Output format: text (a per-article summary) or json (the full result).")
    var format: Format = .text

    @OptionGroup var comparison: ComparisonOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @Flag(help: "With -o: replace the file even if it is read-only.")
    var force = false

    func run() throws {
        let differs = try withTroubleExit { () throws -> Bool in
            let pairs = try FilePairs.resolve(old: old, new: new)
            let reader = comparison.reader
            let comparison = self.comparison
            let matched = pairs.matched
            let format = self.format
            // One pair: both sides read in parallel. Two folders: the pairs run in parallel, each read
            // and compared by one core, so only one pair's trees per core are alive at a time; text
            // output keeps only each pair's summary.
            let compare = { @Sendable (index: Int, oldDocument: ContractDocument, newDocument: ContractDocument) in
                DocumentComparer.compare(
                    old: oldDocument, new: newDocument, oldName: matched[index].old, newName: matched[index].new,
                    options: comparison.compareOptions(old: oldDocument, new: newDocument))
            }
            // What each change means in substance (only changed clauses are read).
            let analyse = { @Sendable (diff: DocumentDiff, oldDocument: ContractDocument, newDocument: ContractDocument) in
                (diff, DiffAnalyzer.findings(diff, old: oldDocument, new: newDocument))
            }
            let results: [(diff: AnalysedDiff?, summary: String, differs: Bool)]
            if matched.count == 1 {
                let documents = try parallelMap(2) { try reader.readInput($0 == 0 ? matched[0].old : matched[0].new) }
                let (diff, findings) = analyse(compare(0, documents[0], documents[1]), documents[0], documents[1])
                results = [(
                    AnalysedDiff(diff: diff, findings: findings),
                    format == .text ? DiffSummaryRenderer().render(diff, findings: findings) : "", !diff.isEmpty
                )]
            } else {
                results = try parallelMap(matched.count) { index in
                    let oldDocument = try reader.readInput(matched[index].old)
                    let newDocument = try reader.readInput(matched[index].new)
                    let (diff, findings) = analyse(compare(index, oldDocument, newDocument), oldDocument, newDocument)
                    return format == .text
                        ? (nil, DiffSummaryRenderer().render(diff, findings: findings), !diff.isEmpty)
                        : (AnalysedDiff(diff: diff, findings: findings), "", !diff.isEmpty)
                }
            }
            var text = ""
            if format == .text { text = results.map(\.summary).joined() }
            for only in pairs.onlyInOld { text += "Only in \(old): \(only)\n" }
            for only in pairs.onlyInNew { text += "Only in \(new): \(only)\n" }
            let target = OutputTarget(path: output, inputs: pairs.allInputs, force: force)
            switch format {
            case .text:
                try target.write(text)
            case .json:
                let encoder = ContractDocument.jsonEncoder()
                let analysed = results.compactMap(\.diff)
                var data = pairs.isFolder ? try encoder.encode(FolderDiff(pairs: analysed, onlyInOld: pairs.onlyInOld, onlyInNew: pairs.onlyInNew))
                    : try encoder.encode(analysed[0])
                data.append(0x0A)
                try target.write(data)
            }
            return results.contains { $0.differs } || !pairs.onlyInOld.isEmpty || !pairs.onlyInNew.isEmpty
        }
        if differs { throw ExitCode(1) }
    }
}

/// JSON for a folder comparison.
struct FolderDiff: Encodable {
    let pairs: [AnalysedDiff]
    let onlyInOld: [String]
    let onlyInNew: [String]
}

extension ContractReader {
    /// Reads a path given on the command line (`-` for standard input).
    func readInput(_ path: String) throws -> ContractDocument {
        path == "-" ? try readStandardInput() : try read(contentsOf: URL(fileURLWithPath: path), displayName: path)
    }
}
