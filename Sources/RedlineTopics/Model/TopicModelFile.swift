import Foundation

/// The model's weights as a line-based text file, readable in a diff:
///
/// ```
/// redline-topic-model 1
/// topics	recognition	definitions	…
/// documents	corpora/contract/…	…
/// held-out-buckets	5
/// bias	-3.1	-2.7	…
/// article-combiner	…
/// clause-combiner	…
/// thresholds	0.5	0.45	0.4
/// f	9c1e0a…	sick leave	17:1.234,3:-0.210
/// ```
///
/// Each `f` line is one feature: its hash (hex), its name, and `topic:weight` pairs.
public enum TopicModelFile {
    /// Why a model file could not be read.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong, with the line number.
        public let description: String
    }

    /// Writes a model.
    public static func write(_ model: LinearTopicModel) -> String {
        var lines: [String] = ["redline-topic-model 1"]
        lines.append((["topics"] + model.topicIDs).joined(separator: "\t"))
        lines.append((["documents"] + model.trainingDocuments).joined(separator: "\t"))
        lines.append("held-out-buckets\t\(model.heldOutBuckets)")
        lines.append((["bias"] + model.bias.map { format($0) }).joined(separator: "\t"))
        lines.append((["article-combiner"] + model.articleCombiner.map { format($0) }).joined(separator: "\t"))
        lines.append((["clause-combiner"] + model.clauseCombiner.map { format($0) }).joined(separator: "\t"))
        lines.append(
            "thresholds\t\(format(model.articleThreshold))\t\(format(model.clauseThreshold))\t\(format(model.clauseShareThreshold))")
        let features = model.rows.sorted { (model.names[$0.key] ?? "", $0.key) < (model.names[$1.key] ?? "", $1.key) }
        for (hash, row) in features {
            var entries: [String] = []
            for entry in Int(model.rowStart[Int(row)])..<Int(model.rowStart[Int(row) + 1]) {
                entries.append("\(model.entryTopic[entry]):\(format(Double(model.entryWeight[entry]), places: 3))")
            }
            lines.append("f\t\(String(hash, radix: 16))\t\(model.names[hash] ?? "")\t\(entries.joined(separator: ","))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a model written by ``write(_:)``.
    public static func read(_ text: String) throws -> LinearTopicModel {
        var topics: [String] = []
        var documents: [String] = []
        var buckets = 5
        var bias: [Double] = []
        var article: [Double] = []
        var clause: [Double] = []
        var thresholds: [Double] = [0.5, 0.5]
        var weights: [(hash: UInt64, name: String, entries: [(topic: Int, weight: Float)])] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func numbers() throws -> [Double] {
                try fields.dropFirst().map { field in
                    guard let value = Double(field) else {
                        throw FormatError(description: "line \(lineNumber): '\(field)' is not a number")
                    }
                    return value
                }
            }
            switch fields[0] {
            case "redline-topic-model 1": continue
            case "topics": topics = Array(fields.dropFirst())
            case "documents": documents = Array(fields.dropFirst())
            case "held-out-buckets": buckets = Int(try numbers().first ?? 5)
            case "bias": bias = try numbers()
            case "article-combiner": article = try numbers()
            case "clause-combiner": clause = try numbers()
            case "thresholds": thresholds = try numbers()
            case "f":
                guard fields.count == 4, let hash = UInt64(fields[1], radix: 16) else {
                    throw FormatError(description: "line \(lineNumber): a feature line needs a hash, a name and weights")
                }
                var entries: [(Int, Float)] = []
                for pair in fields[3].split(separator: ",") {
                    let parts = pair.split(separator: ":")
                    guard parts.count == 2, let topic = Int(parts[0]), topic < max(topics.count, 1),
                        let weight = Float(parts[1])
                    else { throw FormatError(description: "line \(lineNumber): bad weight '\(pair)'") }
                    entries.append((topic, weight))
                }
                weights.append((hash, fields[2], entries))
            default:
                throw FormatError(description: "line \(lineNumber): unknown entry '\(fields[0])'")
            }
        }
        guard !topics.isEmpty, bias.count == topics.count, article.count == 4, clause.count == 6, (2...3).contains(thresholds.count)
        else { throw FormatError(description: "the model file is incomplete (topics, bias, combiners or thresholds)") }
        return LinearTopicModel(
            topicIDs: topics, trainingDocuments: documents, heldOutBuckets: buckets, bias: bias, weights: weights,
            articleCombiner: article, clauseCombiner: clause, articleThreshold: thresholds[0],
            clauseThreshold: thresholds[1], clauseShareThreshold: thresholds.count > 2 ? thresholds[2] : 1.01)
    }

    private static func format(_ value: Double, places: Int = 4) -> String {
        let scale = places == 3 ? 1000.0 : 10000.0
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
