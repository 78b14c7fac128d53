import ArgumentParser
import Foundation
import RedlineModel
import RedlineReaders
import RedlineTopics

/// `redline classify FILE`: tags articles and clauses with topics, with confidence and evidence.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag articles and clauses with topics (immigration, grievance and arbitration, …), with evidence.",
        discussion: """
            Prints each article's topics with a confidence and the evidence that decided: the heading, \
            phrase rules and the words the model weighs. With --level clause, every clause too. \
            Topic ids are listed in docs/topics.md. FILE may be a folder: every document in it and its \
            subfolders is classified (files that are not contracts are skipped with a message); with \
            several documents, text output gives each a `== FILE` header and JSON is an array of \
            {file, topics}.

            --evaluate LABELS.jsonl prints per-topic precision, recall and F1, and macro and micro F1, \
            on labelled clauses the model was not trained on.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Documents or folders to classify (`-` for standard input).")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Classify articles only, or articles and every clause (article, clause).")
    var level: TopicClassifier.Level = .article

    @Option(parsing: .upToNextOption, help: "Evaluate on label files (JSONL) instead of classifying a document.")
    var evaluate: [String] = []

    @Flag(help: "With --evaluate: also list every label the classifier did not reproduce.")
    var showErrors = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Train a model on these label files.", visibility: .hidden))
    var train: [String] = []

    @Option(help: ArgumentHelp("With --train: write the model here (.swift for the bundled model).", visibility: .hidden))
    var writeModel: String?

    @Option(help: ArgumentHelp("Use this model file instead of the bundled one (`untrained`: rules only).", visibility: .hidden))
    var model: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @Flag(help: "With -o: replace the file even if it is read-only.")
    var force = false

    func validate() throws {
        let modes = (files.isEmpty ? 0 : 1) + (evaluate.isEmpty ? 0 : 1) + (train.isEmpty ? 0 : 1)
        guard modes == 1 else {
            throw ValidationError("Give documents or folders to classify, or --evaluate LABELS.jsonl.")
        }
        if !train.isEmpty, writeModel == nil { throw ValidationError("--train needs --write-model PATH.") }
    }

    func run() throws {
        try withTroubleExit {
            if !train.isEmpty { return try runTraining() }
            let classifier = TopicClassifier(model: try loadModel())
            let target = OutputTarget(path: output, inputs: files + evaluate, force: force)
            if !evaluate.isEmpty {
                let documents = try LabelledDocuments.read(evaluate)
                try target.write(TopicEvaluation(documents: documents, classifier: classifier).report(disagreements: showErrors))
                return
            }
            let inputs = try DocumentFiles.expand(files)
            let level = self.level
            let results = try parallelMap(inputs.count) { index -> (String, DocumentTopics)? in
                let input = inputs[index]
                do {
                    let document = try ContractReader().readInput(input.path)
                    return (input.path, classifier.classify(document, level: level))
                } catch let error as ReadError where input.fromFolder {
                    // A folder may hold files that are not contracts; say so and go on.
                    printError("skipping " + error.description)
                    return nil
                }
            }.compactMap { $0 }
            // One document named on its own gives its topics; several (or a folder) give one entry each.
            let single = inputs.count == 1 && !inputs[0].fromFolder
            switch format {
            case .text:
                try target.write(
                    results.map { path, topics in (single ? "" : "== \(path)\n") + TopicReport.text(topics) }
                        .joined(separator: single ? "" : "\n"))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                var data =
                    single
                    ? try encoder.encode(results[0].1)
                    : try encoder.encode(results.map { FileTopics(file: $0.0, topics: $0.1) })
                data.append(0x0A)
                try target.write(data)
            }
        }
    }

    private func loadModel() throws -> LinearTopicModel {
        guard let model else { return .bundled }
        if model == "untrained" { return .untrained }
        guard let text = try? String(contentsOfFile: model, encoding: .utf8) else {
            throw Trouble(description: "\(model): cannot read the model file")
        }
        do {
            return try TopicModelFile.read(text)
        } catch {
            throw Trouble(description: "\(model): \(error)")
        }
    }

    private func runTraining() throws {
        guard let writeModel else { return }
        let documents = try LabelledDocuments.read(train)
        let model = TopicTrainer().train(documents)
        var text = TopicModelFile.write(model)
        if writeModel.hasSuffix(".swift") {
            text =
                "// Generated by `redline classify --train` from the label files in corpora/labels; do not edit by hand.\n"
                + "// Retrain: see ARCHITECTURE.md (Topics).\n"
                + "let bundledTopicModelWeights = #\"\"\"\n" + text + "\"\"\"#\n"
        }
        try OutputTarget(path: writeModel, inputs: train, force: force).write(text)
        printError("trained on \(documents.count) documents; \(model.featureCount) features")
    }
}

extension TopicClassifier.Level: ExpressibleByArgument {}

/// One document's topics in the JSON of several documents.
struct FileTopics: Encodable {
    let file: String
    let topics: DocumentTopics
}

/// Reads label files and the documents they name.
enum LabelledDocuments {
    static func read(_ paths: [String]) throws -> [LabelledDocument] {
        var byDocument: [String: [LabelledClause]] = [:]
        var order: [String] = []
        var locations: [String: URL] = [:]
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Trouble(description: "\(path): cannot read the label file")
            }
            let labels: [LabelledClause]
            do {
                labels = try LabelledClause.read(jsonl: text, name: path)
            } catch {
                throw Trouble(description: "\(error)")
            }
            for label in labels {
                if byDocument[label.document] == nil {
                    order.append(label.document)
                    guard let url = resolve(label.document, labelFile: path) else {
                        throw Trouble(description: "\(path): cannot find the labelled document \(label.document)")
                    }
                    locations[label.document] = url
                }
                byDocument[label.document, default: []].append(label)
            }
        }
        let documents = order
        let urls = locations
        let grouped = byDocument
        return try parallelMap(documents.count) { index in
            let path = documents[index]
            let document = try ContractReader().read(contentsOf: urls[path]!, displayName: path)
            var labels: [String: [Topic]] = [:]
            for label in grouped[path] ?? [] { labels[label.id] = label.topics }
            return LabelledDocument(path: path, document: document, labels: labels)
        }
    }

    /// A labelled document's path is relative to the repository root: try the current directory,
    /// then the folders above the label file.
    private static func resolve(_ document: String, labelFile: String) -> URL? {
        let manager = FileManager.default
        if manager.fileExists(atPath: document) { return URL(fileURLWithPath: document) }
        var folder = URL(fileURLWithPath: labelFile).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(document).standardizedFileURL
            if manager.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
