import Foundation

extension ContractDocument {
    /// The document as deterministic JSON: keys sorted, no escaped slashes, pretty-printed
    /// unless `compact`. The schema is documented in `docs/clause-tree.md`.
    public func jsonData(compact: Bool = false) throws -> Data {
        try Self.jsonEncoder(compact: compact).encode(self)
    }

    /// Decodes a document from ``jsonData(compact:)`` output.
    public static func fromJSON(_ data: Data) throws -> ContractDocument {
        try JSONDecoder().decode(ContractDocument.self, from: data)
    }

    /// The encoder Redline uses for all JSON output.
    public static func jsonEncoder(compact: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        var formatting: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if !compact { formatting.insert(.prettyPrinted) }
        encoder.outputFormatting = formatting
        return encoder
    }
}
