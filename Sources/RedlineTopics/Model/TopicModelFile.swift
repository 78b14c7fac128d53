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
        // Split on bytes: splitting thousands of lines by Character costs milliseconds at start-up.
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            lineNumber += 1
            guard !line.isEmpty else { continue }
            if line.utf8.first == UInt8(ascii: "f"), line.utf8.dropFirst().first == UInt8(ascii: "\t") {
                guard let feature = FeatureLine(line) else {
                    throw FormatError(description: "line \(lineNumber): a feature line needs a hash, a name and topic:weight pairs")
                }
                guard feature.entries.allSatisfy({ $0.topic < topics.count }) else {
                    throw FormatError(description: "line \(lineNumber): a weight names a topic beyond the topics line")
                }
                weights.append((feature.hash, feature.name, feature.entries))
                continue
            }
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

/// One `f` line, parsed from its bytes without splitting into substrings (the model has
/// thousands of them and is read at start-up).
private struct FeatureLine {
    let hash: UInt64
    let name: String
    let entries: [(topic: Int, weight: Float)]

    init?(_ line: Substring) {
        var line = line
        let parsed: (UInt64, String, [(Int, Float)])? = line.withUTF8 { bytes in
            var index = 2  // after "f\t"
            var hash: UInt64 = 0
            var digits = 0
            while index < bytes.count, bytes[index] != 0x09 {
                guard let digit = Self.hexValue(bytes[index]), digits < 16 else { return nil }
                hash = hash << 4 | UInt64(digit)
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.count else { return nil }
            index += 1
            let nameStart = index
            while index < bytes.count, bytes[index] != 0x09 { index += 1 }
            guard index < bytes.count else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
            index += 1
            var entries: [(Int, Float)] = []
            while index < bytes.count {
                var topic = 0
                var topicDigits = 0
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    topic = topic * 10 + Int(bytes[index] - 0x30)
                    topicDigits += 1
                    index += 1
                }
                guard topicDigits > 0, index < bytes.count, bytes[index] == 0x3A else { return nil }
                index += 1
                guard let (weight, next) = Self.decimal(bytes, from: index) else { return nil }
                entries.append((topic, weight))
                index = next
                if index < bytes.count {
                    guard bytes[index] == 0x2C else { return nil }
                    index += 1
                }
            }
            return entries.isEmpty ? nil : (hash, name, entries)
        }
        guard let parsed else { return nil }
        (hash, name, entries) = (parsed.0, parsed.1, parsed.2.map { ($0.0, $0.1) })
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }

    /// A decimal such as `-0.123` or `2`, and the index after it.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Float, Int)? {
        var index = start
        var negative = false
        if index < bytes.count, bytes[index] == 0x2D {
            negative = true
            index += 1
        }
        var value: Double = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Double(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value += Double(bytes[index] - 0x30) * scale
                scale /= 10
                digits += 1
                index += 1
            }
        }
        guard digits > 0 else { return nil }
        return (Float(negative ? -value : value), index)
    }
}
