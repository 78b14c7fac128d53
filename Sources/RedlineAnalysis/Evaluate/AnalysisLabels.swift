import Foundation

/// One hand-labelled line of a file in `corpora/analysis/` (see its README). Which fields are set
/// says what it labels:
///
/// - a sentence: `text` and `statements` (["employer obligation", …]);
/// - quantities: `text` and `quantities` ([["duration", "10 working days"], …]);
/// - a change pair: `old`, `new` and `flags` (["obligation-weakened"], [] for a wording-only change),
///   with `oldArticle` / `newArticle` headings when the clause moved between articles.
public struct AnalysisLabel: Sendable, Codable, Hashable {
    /// The line's id, unique in its file.
    public let id: String
    /// A sentence.
    public let text: String?
    /// Its statements as "party modality", in order.
    public let statements: [String]?
    /// Its quantities as [kind, normalised value].
    public let quantities: [[String]]?
    /// The old clause of a pair ("" when the clause was added).
    public let old: String?
    /// The new clause ("" when removed).
    public let new: String?
    /// The substantive changes, as ``ChangeFinding/label`` values.
    public let flags: [String]?
    /// The article the clause was in, for a move.
    public let oldArticle: String?
    /// The article it moved to.
    public let newArticle: String?

    /// Reads a JSONL file: one label a line, blank lines skipped.
    ///
    /// - Throws: ``LabelError`` naming the file and line of the first line that is not a label.
    public static func read(_ url: URL) throws -> [AnalysisLabel] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LabelError(description: "\(url.path): cannot read the file")
        }
        var labels: [AnalysisLabel] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            do {
                labels.append(try decoder.decode(AnalysisLabel.self, from: Data(line)))
            } catch {
                throw LabelError(description: "\(url.path):\(number + 1): not a label line (expected a JSON object with an id)")
            }
        }
        return labels
    }

    /// True when this label is in the held-out fifth of `file`: the FNV-1a hash of `file#id` is 0
    /// modulo `buckets`, so the split depends only on the file name and the id.
    public func isHeldOut(file: String, buckets: Int = 5) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(file)#\(id)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash % UInt64(max(1, buckets)) == 0
    }
}

/// A label file that cannot be read.
public struct LabelError: Error, CustomStringConvertible, Sendable {
    /// What is wrong and where.
    public let description: String
}
