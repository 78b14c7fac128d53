import Foundation
import RedlineModel

/// One line of a label file (JSONL): a clause of a document and its topics, primary first.
///
/// `{"document":"corpora/contract/lsu-contract-2023-2026.plain.html","id":"art_16__sec_b","topics":["immigration"]}`
public struct LabelledClause: Sendable, Hashable, Codable {
    /// The document's path as written (relative to the repository root).
    public let document: String
    /// The clause's stable id.
    public let id: String
    /// Its topics, primary first.
    public let topics: [Topic]

    /// Creates a label.
    public init(document: String, id: String, topics: [Topic]) {
        self.document = document
        self.id = id
        self.topics = topics
    }

    /// True when the id names an article, appendix or side letter (no `__` in it).
    public var isArticle: Bool { !id.contains("__") }

    /// Why a label file could not be read.
    public struct ReadError: Error, CustomStringConvertible {
        /// The file, the line and what is wrong.
        public let description: String
    }

    /// Reads a JSONL label file, checking every topic id against the taxonomy.
    public static func read(jsonl text: String, name: String) throws -> [LabelledClause] {
        var result: [LabelledClause] = []
        let decoder = JSONDecoder()
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let label: LabelledClause
            do {
                label = try decoder.decode(LabelledClause.self, from: Data(trimmed.utf8))
            } catch {
                throw ReadError(
                    description: "\(name):\(offset + 1): not a label line (expected {\"document\",\"id\",\"topics\"})")
            }
            for topic in label.topics where Taxonomy.definition(of: topic.id) == nil {
                throw ReadError(description: "\(name):\(offset + 1): '\(topic.id)' is not a topic id (see docs/topics.md)")
            }
            guard !label.topics.isEmpty else {
                throw ReadError(description: "\(name):\(offset + 1): a label needs at least one topic")
            }
            result.append(label)
        }
        return result
    }
}

/// A document read for training or evaluation, with its labels by clause id.
public struct LabelledDocument: Sendable {
    /// The path as written in the label file.
    public let path: String
    /// The parsed document.
    public let document: ContractDocument
    /// Topics by clause id, primary first.
    public let labels: [String: [Topic]]

    /// Creates a labelled document.
    public init(path: String, document: ContractDocument, labels: [String: [Topic]]) {
        self.path = path
        self.document = document
        self.labels = labels
    }
}

/// The fixed split between training and held-out clauses: a clause is held out when the FNV-1a
/// hash of `document#id` falls in bucket 0 of `buckets` (one in five by default). The split depends
/// only on the document path and the clause id, so it is the same on every machine and every run.
public enum HeldOutSplit {
    /// True when the clause is held out of training.
    public static func isHeldOut(document: String, id: String, buckets: Int) -> Bool {
        bucket("\(document)#\(id)", buckets) == 0
    }

    /// The bucket of a key.
    static func bucket(_ key: String, _ buckets: Int) -> Int {
        Int(TopicTokenizer.fnv1a(Array(key.utf8)) % UInt64(max(buckets, 1)))
    }
}
