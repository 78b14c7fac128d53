import Foundation
import Testing
import RedlineModel
import RedlineReaders
import RedlineTestSupport
@testable import RedlineTopics

/// Reads label files and their documents for the topic tests.
enum TopicFixtures {
    static let labelFolder = Fixtures.corpora.appendingPathComponent("labels")

    /// The label files of our own corpora (everything but the real UC–UAW labels).
    static var corpusLabelFiles: [URL] {
        Fixtures.files(in: labelFolder, suffix: ".jsonl").filter { !$0.lastPathComponent.hasPrefix("uc-uaw") }
    }

    /// Loads labelled documents from label files; `../shared/real/` paths follow `Fixtures.sharedReal`.
    static func load(_ files: [URL]) throws -> [LabelledDocument] {
        var byDocument: [String: [String: [Topic]]] = [:]
        var order: [String] = []
        for file in files {
            for label in try LabelledClause.read(jsonl: Fixtures.text(file), name: file.lastPathComponent) {
                if byDocument[label.document] == nil { order.append(label.document) }
                byDocument[label.document, default: [:]][label.id] = label.topics
            }
        }
        return try order.map { path in
            let document = try ContractReader().read(contentsOf: url(of: path), displayName: path)
            return LabelledDocument(path: path, document: document, labels: byDocument[path] ?? [:])
        }
    }

    /// The file a label path names.
    static func url(of path: String) -> URL {
        if path.hasPrefix("../shared/real/"), let real = Fixtures.sharedReal {
            return real.appendingPathComponent(String(path.dropFirst("../shared/real/".count)))
        }
        return Fixtures.packageRoot.appendingPathComponent(path)
    }

    /// Reads a corpus document.
    static func read(_ url: URL) throws -> ContractDocument {
        try ContractReader().read(contentsOf: url, displayName: url.lastPathComponent)
    }

    /// A one-article document parsed from plain text.
    static func document(_ text: String) throws -> ContractDocument {
        try ContractReader().read(bytes: Array(text.utf8), name: "test.txt")
    }
}

extension Tag {
    /// Tests that read `../shared/real`.
    @Tag static var real: Self
}
